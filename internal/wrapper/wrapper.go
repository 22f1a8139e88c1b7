// Package wrapper finds the parameters that a function passes on, unchanged, to an
// API that an analyzer checks, so that the function can be checked like that API at
// its own call sites (through facts, in other packages too).
//
// A parameter is passed on unchanged when it is the argument itself (not an
// expression of it), is never assigned, and every use of it in the function is as a
// call argument: a function that compares or adjusts the value may never pass the
// caller's value through, and checking its callers would report false findings.
package wrapper

import (
	"go/ast"
	"go/types"
	"slices"

	"golang.org/x/tools/go/analysis"
	"golang.org/x/tools/go/ast/edge"
	"golang.org/x/tools/go/ast/inspector"

	"github.com/protolint/protolint/internal/callsite"
)

// Params maps fd's parameters to their indexes (the receiver is not counted).
func Params(info *types.Info, fd *ast.FuncDecl) map[*types.Var]int {
	m := make(map[*types.Var]int)
	i := 0
	for _, field := range fd.Type.Params.List {
		if len(field.Names) == 0 {
			i++
			continue
		}
		for _, name := range field.Names {
			if v, ok := info.Defs[name].(*types.Var); ok {
				m[v] = i
			}
			i++
		}
	}
	return m
}

// ParamArg returns the parameter that arg is, unchanged, and its index, if any.
func ParamArg(info *types.Info, params map[*types.Var]int, arg ast.Expr) (*types.Var, int) {
	if arg == nil {
		return nil, 0
	}
	id, ok := ast.Unparen(arg).(*ast.Ident)
	if !ok {
		return nil, 0
	}
	v, ok := info.Uses[id].(*types.Var)
	if !ok {
		return nil, 0
	}
	i, ok := params[v]
	if !ok {
		return nil, 0
	}
	return v, i
}

// OnlyPassedOn reports whether every use of param in the function at fn is as a
// call argument, so that it is never assigned, compared or adjusted.
func OnlyPassedOn(info *types.Info, fn inspector.Cursor, param *types.Var) bool {
	for idc := range fn.Preorder((*ast.Ident)(nil)) {
		if info.Uses[idc.Node().(*ast.Ident)] == param && idc.ParentEdgeKind() != edge.CallExpr_Args {
			return false
		}
	}
	return true
}

// IsInteger reports whether t's underlying type is an integer type.
func IsInteger(t types.Type) bool {
	b, ok := t.Underlying().(*types.Basic)
	return ok && b.Info()&types.IsInteger != 0
}

// Export exports, for each function declared in the pass, the object fact that factOf
// returns for the calls directly in its body (nil for none). It repeats until no new
// fact appears, so that wrappers of wrappers in the same package are found: factOf
// sees the facts exported so far through pass.ImportObjectFact.
//
// It returns the number of functions with a fact. An analyzer that finds some
// exports a package fact that says so: a package can call a wrapper while the
// library the wrapper calls is not among the imports that its driver shows (go vet's
// export data lists only what a package's API and inlinable code refer to), and the
// analyzer's fast path must not skip it; see Reached.
func Export(pass *analysis.Pass, sites []*callsite.Site, factOf func(fd *ast.FuncDecl, sites []*callsite.Site) analysis.Fact) int {
	byFunc := make(map[*ast.FuncDecl][]*callsite.Site)
	var order []*ast.FuncDecl
	for _, s := range sites {
		if !s.Fn.Valid() {
			continue // a call in a package-level initializer
		}
		fd, ok := s.Fn.Node().(*ast.FuncDecl)
		if !ok {
			continue // only the direct body of a declared function
		}
		if _, seen := byFunc[fd]; !seen {
			order = append(order, fd)
		}
		byFunc[fd] = append(byFunc[fd], s)
	}
	// A function's fact can only change when a function it calls gains one, so after
	// the first round only the callers of the functions of the previous round are
	// looked at again.
	done := make(map[*ast.FuncDecl]bool)
	var gained map[*types.Func]bool // nil in the first round
	for {
		next := make(map[*types.Func]bool)
		for _, fd := range order {
			if done[fd] || gained != nil && !slices.ContainsFunc(byFunc[fd], func(s *callsite.Site) bool { return gained[s.Call.Fn.Origin()] }) {
				continue
			}
			fn, ok := pass.TypesInfo.Defs[fd.Name].(*types.Func)
			if !ok {
				continue
			}
			if f := factOf(fd, byFunc[fd]); f != nil {
				pass.ExportObjectFact(fn, f)
				done[fd] = true
				next[fn] = true
			}
		}
		if len(next) == 0 {
			break
		}
		gained = next
	}
	return len(done)
}

// Reached reports whether a transitive import of the package of x has a package fact
// of pkgFact's type, which the analyzer of pass exports for packages that declare
// wrappers: a package that reaches no library may still call a wrapper of one.
func Reached(pass *analysis.Pass, x *callsite.Index, pkgFact analysis.Fact) bool {
	return x.ImportsWhere(func(p *types.Package) bool { return pass.ImportPackageFact(p, pkgFact) })
}
