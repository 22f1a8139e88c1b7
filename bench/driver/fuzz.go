package driver

import (
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"golang.org/x/tools/go/analysis"
)

// LoadTestdata loads an analyzer's analysistest tree (a GOPATH directory, such
// as analyzers/httpstatus/testdata) in GOPATH mode, as analysistest does, and
// computes the facts of its packages with analyzers. It returns the universe and
// the sources of the test cases: the files of the packages whose import path has
// no dot in its first element (stubs of third-party modules live at their real
// import paths, github.com/...).
func LoadTestdata(gopath string, analyzers ...*analysis.Analyzer) (*Universe, map[string][]byte, error) {
	gopath, err := filepath.Abs(gopath)
	if err != nil {
		return nil, nil, err
	}
	src := filepath.Join(gopath, "src")
	var patterns []string
	seeds := make(map[string][]byte)
	err = filepath.WalkDir(src, func(path string, d fs.DirEntry, err error) error {
		if err != nil {
			return err
		}
		if d.IsDir() {
			if d.Name() == "vendor" {
				return filepath.SkipDir // loaded through the package that vendors it
			}
			return nil
		}
		if !strings.HasSuffix(path, ".go") || strings.HasSuffix(path, "_test.go") {
			return nil
		}
		rel, _ := filepath.Rel(src, filepath.Dir(path))
		pkg := filepath.ToSlash(rel)
		if !slices.Contains(patterns, pkg) {
			patterns = append(patterns, pkg)
		}
		if !strings.Contains(strings.Split(pkg, "/")[0], ".") {
			data, err := os.ReadFile(path)
			if err != nil {
				return err
			}
			seeds[filepath.ToSlash(filepath.Join(pkg, filepath.Base(path)))] = data
		}
		return nil
	})
	if err != nil {
		return nil, nil, err
	}
	env := append(os.Environ(), "GOPATH="+gopath, "GO111MODULE=off", "GOFLAGS=", "GOWORK=off")
	u, _, err := Load(src, env, patterns...)
	if err != nil {
		return nil, nil, err
	}
	if err := u.Precompute(analyzers); err != nil {
		return nil, nil, err
	}
	return u, seeds, nil
}

// CheckSource is the body of a fuzz target: it type-checks src as a one-file
// package against u and, if it is well typed, runs a on it twice. It fails t if
// the analyzer panics, returns an error, reports a diagnostic or fix outside the
// file, or reports different diagnostics the second time. Sources that do not
// parse or type-check are skipped: protolint's analyzers never see them.
func CheckSource(t testing.TB, u *Universe, a *analysis.Analyzer, src []byte) {
	t.Helper()
	pkg, err := u.Check("fuzzcase", map[string][]byte{"fuzzcase.go": src})
	if err != nil {
		return
	}
	first, err := Run(a, pkg, NewFacts(u.Facts))
	if err != nil {
		t.Fatalf("%v\n--- source:\n%s", err, src)
	}
	second, err := Run(a, pkg, NewFacts(u.Facts))
	if err != nil {
		t.Fatalf("second run: %v\n--- source:\n%s", err, src)
	}
	if a, b := Format(pkg, first), Format(pkg, second); a != b {
		t.Fatalf("diagnostics differ between two runs:\n%s\n--- second run:\n%s\n--- source:\n%s", a, b, src)
	}
}

// Format prints diagnostics one a line, as file:line:col: [category] message.
func Format(pkg *Package, diags []analysis.Diagnostic) string {
	var b strings.Builder
	for _, d := range diags {
		fmt.Fprintf(&b, "%s: [%s] %s\n", pkg.Fset.Position(d.Pos), d.Category, d.Message)
	}
	return b.String()
}
