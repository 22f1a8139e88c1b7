package rules_test

import (
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"golang.org/x/tools/go/analysis"
	"golang.org/x/tools/go/analysis/analysistest"

	"github.com/protolint/protolint/analyzers"
	"github.com/protolint/protolint/analyzers/httpstatus"
	"github.com/protolint/protolint/analyzers/wsclose"
	"github.com/protolint/protolint/cmd/protolint/internal/rules"
)

func TestEveryAnalyzerDocumentsItsCategories(t *testing.T) {
	for _, a := range analyzers.All {
		rs, err := rules.For(a)
		if err != nil {
			t.Error(err)
			continue
		}
		if len(rs) < 2 {
			t.Errorf("%s: only %d rules", a.Name, len(rs))
		}
		seen := make(map[string]bool)
		for _, r := range rs {
			if seen[r.ID] || r.ID != a.Name+"/"+r.Category {
				t.Errorf("%s: bad or duplicate rule id %q", a.Name, r.ID)
			}
			seen[r.ID] = true
			if r.Summary == "" || len(r.Blocks) == 0 || strings.TrimSpace(r.Description()) == "" {
				t.Errorf("%s: empty documentation", r.ID)
			}
			if strings.Contains(r.Description(), "protolint:ignore "+a.Name+" ") && r.Category != rules.DirectiveCategory {
				t.Errorf("%s: the suppression paragraph leaked into the rule:\n%s", r.ID, r.Description())
			}
		}
		if !seen[a.Name+"/"+rules.DirectiveCategory] {
			t.Errorf("%s: no directive rule", a.Name)
		}
	}
}

func find(t *testing.T, a *analysis.Analyzer, cat string) *rules.Rule {
	t.Helper()
	rs, err := rules.For(a)
	if err != nil {
		t.Fatal(err)
	}
	for _, r := range rs {
		if r.Category == cat {
			return r
		}
	}
	t.Fatalf("%s has no rule %s", a.Name, cat)
	return nil
}

func TestDefaultsAndFlags(t *testing.T) {
	for _, tc := range []struct {
		a        *analysis.Analyzer
		cat      string
		on       bool
		toggle   string
		flags    []string
		defaults string
	}{
		{wsclose.Analyzer, "nocode", false, "nocode", []string{"nocode"}, "off (on with -wsclose.nocode)"},
		{wsclose.Analyzer, "literal", true, "literal", []string{"literal"}, "on (off with -wsclose.literal=false)"},
		{httpstatus.Analyzer, "literal", true, "literal", []string{"literal"}, "on (off with -httpstatus.literal=false)"},
		{httpstatus.Analyzer, "unknown", true, "", []string{"allow"}, "on"},
		{httpstatus.Analyzer, "invalid", true, "", nil, "on"},
	} {
		r := find(t, tc.a, tc.cat)
		var flags []string
		for _, f := range r.Flags {
			flags = append(flags, f.Name)
		}
		toggle := ""
		if r.Toggle != nil {
			toggle = r.Toggle.Name
		}
		if r.Default != tc.on || toggle != tc.toggle || !slices.Equal(flags, tc.flags) || r.DefaultText() != tc.defaults {
			t.Errorf("%s: default %v, toggle %q, flags %v, %q; want %v, %q, %v, %q", r.ID, r.Default, toggle, flags, r.DefaultText(), tc.on, tc.toggle, tc.flags, tc.defaults)
		}
	}
}

func TestParse(t *testing.T) {
	a := &analysis.Analyzer{Name: "demo", Doc: `check demo things

Intro paragraph.

Each finding has a category:

alpha: the first kind. It has
two lines.

	demo.Call(1) // the example

More about alpha, e.g. this.

beta (off by default; -demo.beta): the second
kind.

Wrappers: not a category.

gamma: after the label, so not a category either.

A finding is suppressed by a directive with a reason:

	//protolint:ignore demo why`}
	a.Flags.Bool("beta", false, "report beta")
	rs, err := rules.For(a)
	if err != nil {
		t.Fatal(err)
	}
	var got []string
	for _, r := range rs {
		got = append(got, fmt.Sprintf("%s|%s|%s|%v|%d", r.ID, r.Note, r.Summary, r.Default, len(r.Blocks)))
	}
	want := []string{
		"demo/alpha||the first kind|true|3",
		"demo/beta|off by default; -demo.beta|the second kind|false|1",
		"demo/directive||a //protolint:ignore directive that names no analyzer or an unknown one, gives no reason, or suppresses nothing|true|2",
	}
	if !slices.Equal(got, want) {
		t.Errorf("rules:\n\t%s\nwant:\n\t%s", strings.Join(got, "\n\t"), strings.Join(want, "\n\t"))
	}
	if d := rs[0].Description(); d != "the first kind. It has\ntwo lines.\n\n\tdemo.Call(1) // the example\n\nMore about alpha, e.g. this." {
		t.Errorf("description:\n%s", d)
	}

	if _, err := rules.For(&analysis.Analyzer{Name: "none", Doc: "title\n\nNo categories here."}); err == nil {
		t.Error("a Doc without categories: no error")
	}
}

func TestSentence(t *testing.T) {
	for in, want := range map[string]string{
		"a code outside 100-999": "A code outside 100-999.",
		"done.":                  "Done.",
		"see below:":             "See below.",
		"":                       "",
	} {
		if got := rules.Sentence(in); got != want {
			t.Errorf("Sentence(%q) = %q, want %q", in, got, want)
		}
	}
}

// loadOnlyT passes on analysistest's complaints about loading the testdata and
// discards the rest: the test collects categories, and the want comments are checked
// by each analyzer's own tests (with their own flags).
type loadOnlyT struct{ t *testing.T }

func (l loadOnlyT) Errorf(format string, args ...any) {
	if msg := fmt.Sprintf(format, args...); strings.HasPrefix(msg, "loading ") || strings.Contains(msg, "failed") {
		l.t.Errorf("%s", msg)
	}
}

// TestReportedCategoriesHaveRules runs every analyzer on its own testdata, with its
// default flags and with every boolean flag that is off by default turned on, and
// checks that every category it reports has a documented rule.
func TestReportedCategoriesHaveRules(t *testing.T) {
	if testing.Short() {
		t.Skip("runs every analyzer on its testdata: skipped with -short")
	}
	for _, a := range analyzers.All {
		t.Run(a.Name, func(t *testing.T) {
			rs, err := rules.For(a)
			if err != nil {
				t.Fatal(err)
			}
			documented := make(map[string]bool)
			for _, r := range rs {
				documented[r.Category] = true
			}
			testdata, err := filepath.Abs(filepath.Join("..", "..", "..", "..", "analyzers", a.Name, "testdata"))
			if err != nil {
				t.Fatal(err)
			}
			patterns := casePackages(t, filepath.Join(testdata, "src"))
			if len(patterns) == 0 {
				t.Skipf("no testdata packages in %s", testdata)
			}
			reported := make(map[string]int)
			collect := func() {
				for _, res := range analysistest.Run(loadOnlyT{t}, testdata, a, patterns...) {
					for _, d := range res.Diagnostics {
						reported[d.Category]++
					}
				}
			}
			collect()
			// Everything on: the opt-in rules report too.
			var flipped []*flag.Flag
			a.Flags.VisitAll(func(f *flag.Flag) {
				if b, ok := f.Value.(interface{ IsBoolFlag() bool }); ok && b.IsBoolFlag() && f.DefValue == "false" {
					flipped = append(flipped, f)
				}
			})
			if len(flipped) > 0 {
				for _, f := range flipped {
					if err := f.Value.Set("true"); err != nil {
						t.Fatal(err)
					}
				}
				defer func() {
					for _, f := range flipped {
						_ = f.Value.Set(f.DefValue)
					}
				}()
				collect()
			}
			if len(reported) == 0 {
				t.Fatalf("%s reports nothing on its testdata", a.Name)
			}
			for cat, n := range reported {
				if !documented[cat] {
					t.Errorf("%s reports %d findings of category %q, which its Doc does not document (so SARIF would give them a generic rule)", a.Name, n, cat)
				}
			}
			var never []string
			for _, r := range rs {
				if reported[r.Category] == 0 {
					never = append(never, r.Category)
				}
			}
			if len(never) > 0 {
				t.Logf("%s: documented categories that the testdata does not produce: %v", a.Name, never)
			}
		})
	}
}

// casePackages returns the testdata packages of an analyzer: the directories under
// src that hold Go files and whose name has no dot (those with one are the roots of
// stubs of third-party packages, such as github.com/...).
func casePackages(t *testing.T, src string) []string {
	entries, err := os.ReadDir(src)
	if err != nil {
		t.Fatal(err)
	}
	var pkgs []string
	for _, e := range entries {
		if !e.IsDir() || strings.Contains(e.Name(), ".") {
			continue
		}
		if gos, _ := filepath.Glob(filepath.Join(src, e.Name(), "*.go")); len(gos) > 0 {
			pkgs = append(pkgs, e.Name())
		}
	}
	return pkgs
}
