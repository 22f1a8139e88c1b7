package flow

import (
	"go/ast"
	"go/parser"
	"go/token"
	"testing"

	"golang.org/x/tools/go/cfg"
)

// calls parses src (a function body) and returns its graph and its calls by name.
func calls(t *testing.T, src string) (*cfg.CFG, map[string]*ast.CallExpr) {
	t.Helper()
	f, err := parser.ParseFile(token.NewFileSet(), "x.go", "package p\nfunc f(c bool) {\n"+src+"\n}", 0)
	if err != nil {
		t.Fatal(err)
	}
	body := f.Decls[0].(*ast.FuncDecl).Body
	m := map[string]*ast.CallExpr{}
	ast.Inspect(body, func(n ast.Node) bool {
		if c, ok := n.(*ast.CallExpr); ok {
			m[c.Fun.(*ast.Ident).Name] = c
		}
		return true
	})
	return cfg.New(body, func(*ast.CallExpr) bool { return true }), m
}

func TestDominatesAndReaches(t *testing.T) {
	for _, tc := range []struct {
		src                string
		dominates, reaches bool
	}{
		{"a(); b()", true, true},
		{"b(); a()", false, false},
		{"if c { a() }; b()", false, true},
		{"if c { a(); return }; b()", false, false},
		{"a(); if c { b() }", true, true},
		{"for c { b(); a() }", false, true}, // b runs again after a, but not on the first iteration
		{"if c { a() } else { a2() }; b()", false, true},
	} {
		g, m := calls(t, tc.src)
		if got := Dominates(g, m["a"], m["b"]); got != tc.dominates {
			t.Errorf("%s: Dominates(a, b) = %v, want %v", tc.src, got, tc.dominates)
		}
		if got := Reaches(g, m["a"], m["b"]); got != tc.reaches {
			t.Errorf("%s: Reaches(a, b) = %v, want %v", tc.src, got, tc.reaches)
		}
	}
}
