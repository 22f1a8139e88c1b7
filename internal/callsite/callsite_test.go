package callsite_test

import (
	"fmt"
	"go/ast"
	"sync"
	"testing"

	"golang.org/x/tools/go/analysis"
	"golang.org/x/tools/go/analysis/analysistest"

	"github.com/protolint/protolint/internal/callsite"
	"github.com/protolint/protolint/internal/match"
)

// probe reports what the index of a package says: each site with its callee and
// enclosing function, each unresolved call, and, once per package, its imports.
// Several goroutines ask at once, as the analyzers of a pass do, so that
// go test -race checks the index's lazy construction.
var probe = &analysis.Analyzer{
	Name:     "probe",
	Doc:      "report the call sites the index finds",
	Requires: []*analysis.Analyzer{callsite.Analyzer},
	Run: func(pass *analysis.Pass) (any, error) {
		x := callsite.Of(pass)
		var wg sync.WaitGroup
		for range 4 {
			wg.Go(func() {
				for _, s := range x.Sites() {
					if c, ok := x.Resolve(s.Call.Expr); !ok || c != s.Call {
						panic("Resolve disagrees with Sites")
					}
				}
				_ = x.Unresolved()
				_ = x.Import("net/http")
			})
		}
		wg.Wait()
		for _, s := range x.Sites() {
			where := "at package level"
			if s.Fn.Valid() {
				switch fn := s.Fn.Node().(type) {
				case *ast.FuncDecl:
					where = "in " + fn.Name.Name
				case *ast.FuncLit:
					where = "in func literal"
				}
			}
			if s.File == nil {
				panic("site without file")
			}
			pass.Reportf(s.Call.Expr.Pos(), "site %s %s", match.DisplayName(s.Call.Fn, pass.Pkg), where)
		}
		for _, cur := range x.Unresolved() {
			if _, ok := x.Resolve(cur.Node().(*ast.CallExpr)); ok {
				panic("Resolve resolves an unresolved call")
			}
			pass.Reportf(cur.Node().Pos(), "unresolved")
		}
		if pass.Pkg.Path() == "a" {
			// a imports b and net/http directly, and reaches io through them; it
			// does not reach itself.
			for _, q := range []struct {
				path string
				want bool
			}{{"b", true}, {"net/http", true}, {"io", true}, {"a", false}, {"encoding/xml", false}} {
				if got := x.Import(q.path) != nil; got != q.want {
					return nil, fmt.Errorf("Import(%q) found = %v, want %v", q.path, got, q.want)
				}
			}
			if !x.Reaches("a") || x.ImportsAny("a") || !x.ImportsAny("encoding/xml", "io") {
				return nil, fmt.Errorf("Reaches/ImportsAny disagree with Import")
			}
		}
		return nil, nil
	},
}

func TestIndex(t *testing.T) {
	analysistest.Run(t, analysistest.TestData(), probe, "a")
}
