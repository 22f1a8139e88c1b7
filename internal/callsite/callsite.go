// Package callsite collects the calls of a package in one inspector traversal,
// resolved to their callees and placed in their syntactic context (enclosing
// function and file), so that an analyzer's checks can run over a slice instead of
// walking the syntax again.
package callsite

import (
	"go/ast"

	"golang.org/x/tools/go/analysis"
	"golang.org/x/tools/go/ast/inspector"

	"github.com/protolint/protolint/internal/match"
)

// A Site is a resolved call with its context.
type Site struct {
	Cur  inspector.Cursor
	Call *match.Call
	Fn   inspector.Cursor // innermost enclosing *ast.FuncDecl or *ast.FuncLit; invalid at package level
	File *ast.File
}

// Collect returns the calls of pass that res resolves, in source order. Nodes of the
// extra types, and calls that do not resolve (conversions, calls of unknown func
// values), are passed to other, if it is not nil.
func Collect(pass *analysis.Pass, in *inspector.Inspector, res *match.Resolver, other func(inspector.Cursor), extra ...ast.Node) []*Site {
	var sites []*Site
	types := append([]ast.Node{(*ast.CallExpr)(nil)}, extra...)
	for _, f := range pass.Files {
		fcur, ok := in.Root().FindNode(f)
		if !ok {
			continue
		}
		for cur := range fcur.Preorder(types...) {
			call, isCall := cur.Node().(*ast.CallExpr)
			if !isCall {
				if other != nil {
					other(cur)
				}
				continue
			}
			rc, ok := res.Resolve(call)
			if !ok {
				if other != nil {
					other(cur)
				}
				continue
			}
			fn, _ := EnclosingFunc(cur)
			sites = append(sites, &Site{Cur: cur, Call: rc, Fn: fn, File: f})
		}
	}
	return sites
}

// EnclosingFunc returns the innermost function declaration or literal around cur.
func EnclosingFunc(cur inspector.Cursor) (inspector.Cursor, bool) {
	for fc := range cur.Enclosing((*ast.FuncDecl)(nil), (*ast.FuncLit)(nil)) {
		return fc, true
	}
	return inspector.Cursor{}, false
}
