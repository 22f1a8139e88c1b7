// Package match recognises APIs through go/types: by object, package path and name,
// never by the identifiers spelled in the source. Renamed and dot imports, method
// values and expressions, promoted and interface methods, generic instantiations and
// GOPATH-style vendored paths all resolve to the same answer.
package match

import (
	"go/ast"
	"go/token"
	"go/types"
	"strings"
	"sync"

	"golang.org/x/tools/go/ast/inspector"
	"golang.org/x/tools/go/types/typeutil"
)

// Unvendor strips a GOPATH-style vendor prefix:
// "example.com/app/vendor/github.com/gorilla/websocket" becomes
// "github.com/gorilla/websocket". Module-mode paths are returned unchanged.
func Unvendor(path string) string {
	if i := strings.LastIndex(path, "/vendor/"); i >= 0 {
		return path[i+len("/vendor/"):]
	}
	return strings.TrimPrefix(path, "vendor/") // the standard library's own vendored packages
}

// PkgPath returns the unvendored import path of obj's package, or "" for objects
// without a package (builtins, the universe scope).
func PkgPath(obj types.Object) string {
	if obj == nil || obj.Pkg() == nil {
		return ""
	}
	return Unvendor(obj.Pkg().Path())
}

// RecvNamed returns the named type of fn's receiver, looking through one pointer and
// aliases, and through instantiation to the generic origin. It returns nil for
// package-level functions and for methods of unnamed interfaces.
func RecvNamed(fn *types.Func) *types.Named {
	recv := fn.Signature().Recv()
	if recv == nil {
		return nil
	}
	t := types.Unalias(recv.Type())
	if p, ok := t.(*types.Pointer); ok {
		t = types.Unalias(p.Elem())
	}
	if named, ok := t.(*types.Named); ok {
		return named.Origin()
	}
	return nil
}

// RecvName returns the name of fn's receiver type ("Context" for both
// (*gin.Context).JSON and (echo.Context).JSON), or "" for package-level functions.
func RecvName(fn *types.Func) string {
	if named := RecvNamed(fn); named != nil {
		return named.Obj().Name()
	}
	return ""
}

// Func reports whether obj is the package-level function pkgPath.name.
func Func(obj types.Object, pkgPath, name string) bool {
	fn, ok := obj.(*types.Func)
	return ok && fn.Name() == name && fn.Signature().Recv() == nil && PkgPath(fn) == pkgPath
}

// Method reports whether obj is the method name declared on the named type
// pkgPath.typeName, with a value or a pointer receiver. Interface methods match too.
func Method(obj types.Object, pkgPath, typeName, name string) bool {
	fn, ok := obj.(*types.Func)
	if !ok || fn.Name() != name {
		return false
	}
	named := RecvNamed(fn)
	return named != nil && named.Obj().Name() == typeName && PkgPath(named.Obj()) == pkgPath
}

// Type reports whether t (or the type it points to) is the named type pkgPath.name,
// looking through aliases.
func Type(t types.Type, pkgPath, name string) bool {
	if t == nil {
		return false
	}
	if p, ok := types.Unalias(t).(*types.Pointer); ok {
		t = p.Elem()
	}
	named, ok := types.Unalias(t).(*types.Named)
	return ok && named.Obj().Name() == name && PkgPath(named.Obj()) == pkgPath
}

// FindImport returns the package with the (unvendored) path pkgPath among the
// transitive imports of pkg, or nil. A package that imports only net/http/httptest can
// still call methods declared in net/http, so fast paths must look transitively.
func FindImport(pkg *types.Package, pkgPath string) *types.Package {
	var found *types.Package
	WalkImports(pkg, func(p *types.Package) bool {
		if Unvendor(p.Path()) == pkgPath {
			found = p
			return false
		}
		return true
	})
	return found
}

// WalkImports calls visit for each transitive import of pkg, breadth first, until
// visit returns false.
func WalkImports(pkg *types.Package, visit func(*types.Package) bool) {
	seen := map[*types.Package]bool{pkg: true}
	queue := append([]*types.Package(nil), pkg.Imports()...)
	for len(queue) > 0 {
		p := queue[0]
		queue = queue[1:]
		if seen[p] {
			continue
		}
		seen[p] = true
		if !visit(p) {
			return
		}
		queue = append(queue, p.Imports()...)
	}
}

// LookupInterface returns the interface type pkg.name, or nil.
func LookupInterface(pkg *types.Package, name string) *types.Interface {
	if pkg == nil {
		return nil
	}
	tn, _ := pkg.Scope().Lookup(name).(*types.TypeName)
	if tn == nil {
		return nil
	}
	it, _ := tn.Type().Underlying().(*types.Interface)
	return it
}

// Implements reports whether fn is a method whose receiver type implements iface, so
// that a call to it is a call through iface in disguise:
// (*httptest.ResponseRecorder).WriteHeader implements (http.ResponseWriter).WriteHeader.
func Implements(fn *types.Func, iface *types.Interface) bool {
	recv := fn.Signature().Recv()
	if recv == nil || iface == nil {
		return false
	}
	t := recv.Type()
	if types.Implements(t, iface) {
		return true
	}
	if _, isPtr := types.Unalias(t).(*types.Pointer); !isPtr && !types.IsInterface(t) {
		return types.Implements(types.NewPointer(t), iface)
	}
	return false
}

// A Call is a call expression resolved to its callee, with the receiver separated
// from the arguments, so that x.M(a), T.M(x, a) (a method expression) and, through a
// single-assignment local, f := x.M; f(a) (a method value) look alike.
type Call struct {
	Expr *ast.CallExpr
	Fn   *types.Func
	Recv ast.Expr   // the receiver expression of a method call, or nil
	Args []ast.Expr // the arguments, without a method expression's receiver

	spread bool // the only argument is a multi-valued call: f(g())
}

// Arg returns the expression passed for parameter i of c.Fn, or nil if there is none:
// a missing optional variadic argument, a call spread from a multi-valued call
// (f(g())), or a variadic slice passed with "...".
func (c *Call) Arg(i int) ast.Expr {
	sig := c.Fn.Signature()
	if i < 0 || i >= len(c.Args) {
		return nil
	}
	if c.spread {
		return nil // f(g()) with a multi-valued g
	}
	if c.Expr.Ellipsis.IsValid() && sig.Variadic() && i >= sig.Params().Len()-1 {
		return nil
	}
	return c.Args[i]
}

// Calls resolves call expressions to their callees: a *Resolver, or an index that
// remembers a Resolver's answers for a whole package.
type Calls interface {
	Resolve(call *ast.CallExpr) (*Call, bool)
}

// Resolver resolves calls within one analysis pass. It is safe for concurrent use;
// the Calls it returns must not be modified.
type Resolver struct {
	info *types.Info
	in   *inspector.Inspector

	once     sync.Once
	funcVals map[*types.Var]ast.Expr // single-assignment locals of function type, built lazily
}

// NewResolver returns a Resolver for the types of one pass, whose syntax in
// traverses.
func NewResolver(info *types.Info, in *inspector.Inspector) *Resolver {
	return &Resolver{info: info, in: in}
}

// Resolve resolves call to a static function or method, or an interface method.
// It returns false for calls of func-typed values it cannot trace, builtins and
// conversions.
func (r *Resolver) Resolve(call *ast.CallExpr) (*Call, bool) {
	c, ok := r.resolve(call, call.Fun, call.Args)
	if ok && len(call.Args) == 1 {
		_, c.spread = r.info.TypeOf(call.Args[0]).(*types.Tuple)
	}
	return c, ok
}

func (r *Resolver) resolve(call *ast.CallExpr, fun ast.Expr, args []ast.Expr) (*Call, bool) {
	fun = ast.Unparen(fun)
	switch obj := typeutil.Callee(r.info, call).(type) {
	case *types.Func:
		c := &Call{Expr: call, Fn: obj, Args: args}
		if sel, ok := fun.(*ast.SelectorExpr); ok {
			if s := r.info.Selections[sel]; s != nil {
				switch s.Kind() {
				case types.MethodVal:
					c.Recv = sel.X
				case types.MethodExpr:
					if len(args) == 0 {
						return nil, false
					}
					c.Recv, c.Args = args[0], args[1:]
				}
			}
		}
		return c, true
	case *types.Var:
		// A method value or function stored in a local that is assigned once:
		// f := w.WriteHeader; f(200).
		if v := r.funcValue(obj); v != nil {
			if sel, ok := ast.Unparen(v).(*ast.SelectorExpr); ok {
				if s := r.info.Selections[sel]; s != nil && s.Kind() == types.MethodVal {
					fn, ok := s.Obj().(*types.Func)
					if !ok {
						return nil, false
					}
					return &Call{Expr: call, Fn: fn, Recv: sel.X, Args: args}, true
				}
			}
			if fn, ok := typeutil.Callee(r.info, &ast.CallExpr{Fun: v}).(*types.Func); ok && fn.Signature().Recv() == nil {
				return &Call{Expr: call, Fn: fn, Args: args}, true
			}
		}
	}
	return nil, false
}

// funcValue returns the only value ever assigned to the local function variable v,
// or nil.
func (r *Resolver) funcValue(v *types.Var) ast.Expr {
	if v.IsField() || v.Pkg() == nil || v.Parent() == v.Pkg().Scope() {
		return nil // fields and package-level variables can be assigned anywhere
	}
	if _, ok := v.Type().Underlying().(*types.Signature); !ok {
		return nil
	}
	r.once.Do(func() { r.funcVals = r.singleAssignments() })
	return r.funcVals[v]
}

// singleAssignments maps each local variable of function type that is assigned
// exactly once (by its definition) and never has its address taken to its value.
func (r *Resolver) singleAssignments() map[*types.Var]ast.Expr {
	vals := make(map[*types.Var]ast.Expr)
	count := make(map[*types.Var]int)
	note := func(id *ast.Ident, val ast.Expr) {
		v, ok := r.info.ObjectOf(id).(*types.Var)
		if !ok {
			return
		}
		if _, ok := v.Type().Underlying().(*types.Signature); !ok {
			return
		}
		count[v]++
		vals[v] = val
	}
	for cur := range r.in.Root().Preorder((*ast.AssignStmt)(nil), (*ast.ValueSpec)(nil), (*ast.UnaryExpr)(nil)) {
		switch n := cur.Node().(type) {
		case *ast.AssignStmt, *ast.ValueSpec:
			lhs, rhs := Sides(n)
			for i, l := range lhs {
				id, ok := ast.Unparen(l).(*ast.Ident)
				if !ok {
					continue
				}
				var val ast.Expr
				if len(lhs) == len(rhs) {
					val = rhs[i]
				}
				note(id, val)
			}
		case *ast.UnaryExpr:
			if id, ok := ast.Unparen(n.X).(*ast.Ident); ok && n.Op == token.AND {
				note(id, nil)
				note(id, nil)
			}
		}
	}
	for v, n := range count {
		if n != 1 || vals[v] == nil {
			delete(vals, v)
		}
	}
	return vals
}

// Sides returns the left and right sides of an assignment (x, y = a, b) or a value
// specification (var x, y = a, b), or nil for other nodes. The sides have the same
// length only where each name gets its own value.
func Sides(n ast.Node) (lhs, rhs []ast.Expr) {
	switch n := n.(type) {
	case *ast.AssignStmt:
		return n.Lhs, n.Rhs
	case *ast.ValueSpec:
		lhs = make([]ast.Expr, len(n.Names))
		for i, id := range n.Names {
			lhs[i] = id
		}
		return lhs, n.Values
	}
	return nil, nil
}

// SameRef reports whether a and b denote the same variable or field path:
// w and w, c.Writer and c.Writer, with the same objects (not the same spelling).
func SameRef(info *types.Info, a, b ast.Expr) bool {
	a, b = ast.Unparen(a), ast.Unparen(b)
	switch a := a.(type) {
	case *ast.Ident:
		b, ok := b.(*ast.Ident)
		if !ok {
			return false
		}
		oa := info.ObjectOf(a)
		_, isVar := oa.(*types.Var)
		return isVar && oa == info.ObjectOf(b)
	case *ast.SelectorExpr:
		b, ok := b.(*ast.SelectorExpr)
		if !ok {
			return false
		}
		oa := info.ObjectOf(a.Sel)
		_, isVar := oa.(*types.Var)
		return isVar && oa == info.ObjectOf(b.Sel) && SameRef(info, a.X, b.X)
	case *ast.StarExpr:
		b, ok := b.(*ast.StarExpr)
		return ok && SameRef(info, a.X, b.X)
	}
	return false
}

// DisplayName names fn the way its documentation does: http.Error,
// (*gin.Context).JSON, (echo.Context).Redirect, or writeError within from, its own
// package.
func DisplayName(fn *types.Func, from *types.Package) string {
	qual := func(p *types.Package) string {
		if p == from {
			return ""
		}
		return p.Name()
	}
	sig := fn.Signature()
	if sig.Recv() == nil {
		if q := qual(fn.Pkg()); q != "" {
			return q + "." + fn.Name()
		}
		return fn.Name()
	}
	recv := types.TypeString(sig.Recv().Type(), qual)
	if i := strings.IndexByte(recv, '['); i >= 0 {
		recv = recv[:i] // generic receiver: (*Box).M rather than (*Box[T]).M
	}
	return "(" + recv + ")." + fn.Name()
}
