// Package callsite indexes the calls of a package once for all of protolint's
// analyzers: each call resolved to its callee and placed in its syntactic context
// (enclosing function and file), and the set of packages the package reaches through
// its imports. The analyzers require Analyzer and read its *Index, so that a package
// is traversed and its calls are resolved once rather than once per analyzer.
package callsite

import (
	"go/ast"
	"go/types"
	"iter"
	"reflect"
	"slices"
	"sync"

	"golang.org/x/tools/go/analysis"
	"golang.org/x/tools/go/analysis/passes/inspect"
	"golang.org/x/tools/go/ast/inspector"

	"github.com/protolint/protolint/internal/match"
)

// Analyzer computes the *Index of a package. It reports nothing; the index is built
// lazily, on the first question an analyzer asks, so that a package every analyzer
// skips costs nothing.
var Analyzer = &analysis.Analyzer{
	Name:       "protolintcallsites",
	Doc:        "index the calls of a package for protolint's analyzers",
	URL:        "https://pkg.go.dev/github.com/protolint/protolint",
	Requires:   []*analysis.Analyzer{inspect.Analyzer},
	ResultType: reflect.TypeFor[*Index](),
	// The analyzers that require it decide for themselves whether to run on a
	// package with errors; without this, they would fail as missing a prerequisite.
	RunDespiteErrors: true,
	Run: func(pass *analysis.Pass) (any, error) {
		in := pass.ResultOf[inspect.Analyzer].(*inspector.Inspector)
		return &Index{pass: pass, in: in, res: match.NewResolver(pass.TypesInfo, in)}, nil
	},
}

// A Site is a resolved call with its context.
type Site struct {
	Cur  inspector.Cursor
	Call *match.Call
	Fn   inspector.Cursor // innermost enclosing *ast.FuncDecl or *ast.FuncLit; invalid at package level
	File *ast.File
}

// An Index answers questions about the calls and imports of one package. It is safe
// for concurrent use by the analyzers of a pass; what it returns must not be
// modified.
type Index struct {
	pass *analysis.Pass
	in   *inspector.Inspector
	res  *match.Resolver

	callsOnce  sync.Once
	sites      []*Site
	unresolved []inspector.Cursor
	calls      map[*ast.CallExpr]*match.Call // nil for calls that do not resolve

	importsMu sync.Mutex
	imports   map[string]*types.Package // unvendored path -> package, for the packages walked so far
	seen      map[*types.Package]bool
	queue     []*types.Package
}

// Of returns the index of pass, whose analyzer requires Analyzer.
func Of(pass *analysis.Pass) *Index { return pass.ResultOf[Analyzer].(*Index) }

// Inspector returns the package's inspector.
func (x *Index) Inspector() *inspector.Inspector { return x.in }

func (x *Index) collect() {
	x.callsOnce.Do(func() {
		x.calls = make(map[*ast.CallExpr]*match.Call)
		for _, f := range x.pass.Files {
			fcur, ok := x.in.Root().FindNode(f)
			if !ok {
				continue
			}
			for cur := range fcur.Preorder((*ast.CallExpr)(nil)) {
				call := cur.Node().(*ast.CallExpr)
				rc, ok := x.res.Resolve(call)
				if !ok {
					x.calls[call] = nil
					x.unresolved = append(x.unresolved, cur)
					continue
				}
				x.calls[call] = rc
				fn, _ := EnclosingFunc(cur)
				x.sites = append(x.sites, &Site{Cur: cur, Call: rc, Fn: fn, File: f})
			}
		}
	})
}

// Sites returns the package's calls that resolve to a function or method (see
// match.Resolver), in source order.
func (x *Index) Sites() []*Site {
	x.collect()
	return x.sites
}

// Unresolved returns the package's calls that do not resolve (conversions, builtins,
// calls of func values that cannot be traced), in source order.
func (x *Index) Unresolved() []inspector.Cursor {
	x.collect()
	return x.unresolved
}

// Resolve resolves a call of the package; it implements match.Calls.
func (x *Index) Resolve(call *ast.CallExpr) (*match.Call, bool) {
	x.collect()
	if c, ok := x.calls[call]; ok {
		return c, c != nil
	}
	return x.res.Resolve(call) // not in the package's syntax
}

// Import returns the package with the (unvendored) path among the transitive
// imports of the package, or nil. A package that imports only net/http/httptest can
// still call methods declared in net/http, so fast paths must look transitively.
func (x *Index) Import(path string) *types.Package {
	x.importsMu.Lock()
	defer x.importsMu.Unlock()
	if p := x.imports[path]; p != nil {
		return p
	}
	for p, up := range x.walk() {
		if up == path {
			return p
		}
	}
	return nil
}

// ImportsAny reports whether the package imports, directly or indirectly, a package
// with one of the (unvendored) paths.
func (x *Index) ImportsAny(paths ...string) bool {
	x.importsMu.Lock()
	defer x.importsMu.Unlock()
	for _, path := range paths {
		if x.imports[path] != nil {
			return true
		}
	}
	for _, up := range x.walk() {
		if slices.Contains(paths, up) {
			return true
		}
	}
	return false
}

// ImportsWhere reports whether one of the package's transitive imports satisfies
// pred. The analyzers use it with their own package facts: a package whose calls
// reach a library only through a dependency's wrapper function must not be skipped,
// and under go vet that dependency's import list (from export data) may not show
// the library at all.
func (x *Index) ImportsWhere(pred func(*types.Package) bool) bool {
	x.importsMu.Lock()
	defer x.importsMu.Unlock()
	for _, p := range x.imports {
		if pred(p) {
			return true
		}
	}
	for p := range x.walk() {
		if pred(p) {
			return true
		}
	}
	return false
}

// walk continues the breadth-first walk of the package's transitive imports where
// the previous question left it, recording each package it visits. Answers found
// early (net/http is usually close) stop it early; a path that is not there walks
// the whole graph, once. x.importsMu must be held.
func (x *Index) walk() iter.Seq2[*types.Package, string] {
	return func(yield func(*types.Package, string) bool) {
		if x.imports == nil {
			x.imports = make(map[string]*types.Package)
			x.seen = map[*types.Package]bool{x.pass.Pkg: true}
			x.queue = slices.Clone(x.pass.Pkg.Imports())
		}
		for len(x.queue) > 0 {
			p := x.queue[0]
			x.queue = x.queue[1:]
			if x.seen[p] {
				continue
			}
			x.seen[p] = true
			x.queue = append(x.queue, p.Imports()...)
			up := match.Unvendor(p.Path())
			if x.imports[up] == nil {
				x.imports[up] = p // the nearest, if vendoring repeats a path
			}
			if !yield(p, up) {
				return
			}
		}
	}
}

// Reaches reports whether the package is one of the (unvendored) paths or imports
// one, directly or indirectly.
func (x *Index) Reaches(paths ...string) bool {
	return slices.Contains(paths, match.Unvendor(x.pass.Pkg.Path())) || x.ImportsAny(paths...)
}

// EnclosingFunc returns the innermost function declaration or literal around cur.
func EnclosingFunc(cur inspector.Cursor) (inspector.Cursor, bool) {
	for fc := range cur.Enclosing((*ast.FuncDecl)(nil), (*ast.FuncLit)(nil)) {
		return fc, true
	}
	return inspector.Cursor{}, false
}
