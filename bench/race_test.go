package bench_test

import (
	"fmt"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"golang.org/x/tools/go/analysis/checker"
	"golang.org/x/tools/go/packages"

	"github.com/protolint/protolint/analyzers"
)

// analyzeTwice loads patterns and runs all of protolint's analyzers on them
// with x/tools' checker, in parallel (the checker runs independent actions
// concurrently) and then sequentially, with the checker's sanity check of the
// fact encoding on. Under go test -race this is the race test of the analyzers:
// the same Analyzer values run on many packages at once. The two runs must
// report the same diagnostics in the same order.
func analyzeTwice(t *testing.T, cfg *packages.Config, patterns ...string) {
	t.Helper()
	cfg.Mode = packages.LoadAllSyntax | packages.NeedModule
	cfg.Tests = true
	pkgs, err := packages.Load(cfg, patterns...)
	if err != nil {
		t.Fatal(err)
	}
	if n := packages.PrintErrors(pkgs); n > 0 {
		t.Fatalf("%d errors loading %s", n, strings.Join(patterns, " "))
	}
	var outputs []string
	for _, sequential := range []bool{false, true} {
		graph, err := checker.Analyze(analyzers.All, pkgs, &checker.Options{Sequential: sequential, SanityCheck: true})
		if err != nil {
			t.Fatal(err)
		}
		var b strings.Builder
		actions := 0
		for act := range graph.All() {
			actions++
			if act.Err != nil {
				t.Errorf("%s: %v", act, act.Err)
			}
		}
		roots := slices.Clone(graph.Roots)
		slices.SortFunc(roots, func(a, b *checker.Action) int { return strings.Compare(a.String(), b.String()) })
		n := 0
		for _, act := range roots {
			for _, d := range act.Diagnostics {
				fmt.Fprintf(&b, "%s: %s: %s: %s\n", act, act.Package.Fset.Position(d.Pos), d.Category, d.Message)
				n++
			}
		}
		t.Logf("sequential=%v: %d actions on %d root packages, %d diagnostics", sequential, actions, len(pkgs), n)
		outputs = append(outputs, b.String())
	}
	if outputs[0] != outputs[1] {
		t.Errorf("parallel and sequential runs differ:\n%s", firstDiff([]byte(outputs[0]), []byte(outputs[1])))
	}
}

// TestParallelTestdata analyzes every analyzer's analysistest tree (GOPATH
// mode, offline) with all four analyzers at once.
func TestParallelTestdata(t *testing.T) {
	for _, a := range analyzers.All {
		t.Run(a.Name, func(t *testing.T) {
			gopath, err := filepath.Abs(filepath.Join("..", "analyzers", a.Name, "testdata"))
			if err != nil {
				t.Fatal(err)
			}
			entries, err := os.ReadDir(filepath.Join(gopath, "src"))
			if err != nil {
				t.Fatal(err)
			}
			var cases []string
			for _, e := range entries {
				if !e.IsDir() || strings.Contains(e.Name(), ".") {
					continue // a stub of a third-party module, github.com/...
				}
				if gofiles, _ := filepath.Glob(filepath.Join(gopath, "src", e.Name(), "*.go")); len(gofiles) > 0 {
					cases = append(cases, e.Name())
				}
			}
			cfg := &packages.Config{
				Dir: filepath.Join(gopath, "src"),
				Env: append(os.Environ(), "GOPATH="+gopath, "GO111MODULE=off", "GOFLAGS=", "GOWORK=off"),
			}
			analyzeTwice(t, cfg, cases...)
		})
	}
}

// TestParallelE2E analyzes the end-to-end module, which imports the real
// framework modules, so the analyzers also run (for facts) on gin, echo,
// fiber, fasthttp, chi and the WebSocket and CORS libraries, in parallel.
func TestParallelE2E(t *testing.T) {
	if testing.Short() {
		t.Skip("needs the e2e module's dependencies from the module proxy: skipped with -short")
	}
	cfg := &packages.Config{
		Dir: filepath.Join(repoRoot, "testdata", "e2e"),
		Env: append(os.Environ(), "GOWORK=off", "GOFLAGS="+os.Getenv("GOFLAGS")+" -mod=readonly"),
	}
	analyzeTwice(t, cfg, "./...")
}
