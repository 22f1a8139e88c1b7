package analyzers_test

import (
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"golang.org/x/tools/go/analysis"

	"github.com/protolint/protolint/analyzers"
	"github.com/protolint/protolint/internal/directive"
)

// TestSuite checks the invariants every analyzer of the suite keeps: drivers validate
// the list, help prints the title in a table, nogo and golangci-lint find each analyzer
// under its name, and suppression directives know every name.
func TestSuite(t *testing.T) {
	if err := analysis.Validate(analyzers.All); err != nil {
		t.Fatal(err)
	}
	for _, a := range analyzers.All {
		title, _, _ := strings.Cut(a.Doc, "\n\n")
		if title == "" || strings.HasSuffix(title, ".") || strings.ToLower(title[:1]) != title[:1] || len(title) > 60 {
			t.Errorf("%s: Doc title %q must be lowercase, without a final period, at most 60 bytes", a.Name, title)
		}
		if want := "https://pkg.go.dev/github.com/protolint/protolint/analyzers/" + a.Name; a.URL != want {
			t.Errorf("%s: URL = %q, want %q", a.Name, a.URL, want)
		}
		if _, err := os.Stat(filepath.Join(a.Name, "doc.go")); err != nil {
			t.Errorf("%s: no analyzers/%s/doc.go: the directory must be named after the analyzer", a.Name, a.Name)
		}
		if _, err := os.Stat(filepath.Join(a.Name, "cmd", a.Name, "main.go")); err != nil {
			t.Errorf("%s: no singlechecker command at analyzers/%s/cmd/%s", a.Name, a.Name, a.Name)
		}
		if !slices.Contains(directive.Known, a.Name) {
			t.Errorf("%s: not in directive.Known, so //protolint:ignore %s would be reported as unknown", a.Name, a.Name)
		}
		if !strings.Contains(a.Doc, "//protolint:ignore "+a.Name) {
			t.Errorf("%s: Doc does not say how to suppress a finding", a.Name)
		}
	}
}
