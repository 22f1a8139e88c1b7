package golangci_test

import (
	"flag"
	"strings"
	"testing"

	"github.com/golangci/plugin-module-register/register"
	"golang.org/x/tools/go/analysis"

	"github.com/protolint/protolint/analyzers"
	"github.com/protolint/protolint/analyzers/httpstatus"
	"github.com/protolint/protolint/analyzers/wsclose"
	"github.com/protolint/protolint/plugin/golangci"
)

// resetAll puts every analyzer's flags back to their defaults: the plugin configures
// the shared Analyzer values, and other tests of this process must not see that.
func resetAll(t *testing.T) {
	t.Helper()
	for _, a := range analyzers.All {
		if _, err := golangci.New(a, nil); err != nil {
			t.Fatal(err)
		}
	}
}

func flagValue(a *analysis.Analyzer, name string) string { return a.Flags.Lookup(name).Value.String() }

func TestEveryAnalyzerIsRegistered(t *testing.T) {
	defer resetAll(t)
	for _, a := range analyzers.All {
		ctor, err := register.GetPlugin(a.Name)
		if err != nil {
			t.Errorf("%s: %v", a.Name, err)
			continue
		}
		p, err := ctor(nil)
		if err != nil {
			t.Errorf("%s: constructor without settings: %v", a.Name, err)
			continue
		}
		as, err := p.BuildAnalyzers()
		if err != nil || len(as) != 1 || as[0] != a {
			t.Errorf("%s: BuildAnalyzers() = %v, %v; want exactly the package-level analyzer", a.Name, as, err)
		}
		if m := p.GetLoadMode(); m != register.LoadModeTypesInfo {
			t.Errorf("%s: load mode %q, want %q", a.Name, m, register.LoadModeTypesInfo)
		}
	}
	// All plugins together still pass the validation golangci-lint runs: the shared
	// analyzers register each fact type once.
	var all []*analysis.Analyzer
	for _, a := range analyzers.All {
		ctor, _ := register.GetPlugin(a.Name)
		p, err := ctor(map[string]any{})
		if err != nil {
			t.Fatal(err)
		}
		as, _ := p.BuildAnalyzers()
		all = append(all, as...)
	}
	if err := analysis.Validate(all); err != nil {
		t.Errorf("analysis.Validate over the analyzers of all plugins: %v", err)
	}
}

func TestSettings(t *testing.T) {
	defer resetAll(t)
	// Values as viper decodes .golangci.yml: lower-cased keys, ints, bools, lists.
	_, err := golangci.New(httpstatus.Analyzer, map[string]any{"allow": []any{499, "520"}, "literal": false})
	if err != nil {
		t.Fatal(err)
	}
	if got := flagValue(httpstatus.Analyzer, "allow"); got != "499,520" {
		t.Errorf("allow = %q, want 499,520", got)
	}
	if got := flagValue(httpstatus.Analyzer, "literal"); got != "false" {
		t.Errorf("literal = %q, want false", got)
	}

	// A later construction depends on its own settings only: unset flags go back to
	// their defaults.
	if _, err := golangci.New(httpstatus.Analyzer, map[string]any{"allow": 499.0}); err != nil {
		t.Fatal(err)
	}
	if got := flagValue(httpstatus.Analyzer, "allow"); got != "499" {
		t.Errorf("allow = %q, want 499 (a JSON number)", got)
	}
	if got := flagValue(httpstatus.Analyzer, "literal"); got != "true" {
		t.Errorf("literal = %q after reconfiguration without it, want the default true", got)
	}

	// Strings for booleans, mixed case keys.
	if _, err := golangci.New(wsclose.Analyzer, map[any]any{"NoCode": "true", "literal": "false"}); err != nil {
		t.Fatal(err)
	}
	if flagValue(wsclose.Analyzer, "nocode") != "true" || flagValue(wsclose.Analyzer, "literal") != "false" {
		t.Errorf("wsclose flags = nocode %s, literal %s; want true, false", flagValue(wsclose.Analyzer, "nocode"), flagValue(wsclose.Analyzer, "literal"))
	}
}

func TestSettingErrors(t *testing.T) {
	defer resetAll(t)
	for _, tc := range []struct {
		conf any
		want []string
	}{
		{map[string]any{"nosuch": true}, []string{`httpstatus: unknown setting "nosuch"`, "valid settings: allow, literal"}},
		{map[string]any{"allow": "42"}, []string{`httpstatus: setting "allow"`, "invalid status code"}},
		{map[string]any{"literal": "maybe"}, []string{`httpstatus: setting "literal"`}},
		{map[string]any{"allow": map[string]any{"a": 1}}, []string{`setting "allow"`, "unsupported value"}},
		{map[string]any{"allow": []any{[]any{1}}}, []string{"nested lists"}},
		{"allow=499", []string{"settings must be a map", "valid settings: allow, literal"}},
		{map[string]any{"Allow": "499", "allow": "520"}, []string{`setting "allow" given twice`}},
	} {
		_, err := golangci.New(httpstatus.Analyzer, tc.conf)
		if err == nil {
			t.Errorf("New(httpstatus, %#v): no error", tc.conf)
			continue
		}
		for _, w := range tc.want {
			if !strings.Contains(err.Error(), w) {
				t.Errorf("New(httpstatus, %#v): error %q does not contain %q", tc.conf, err, w)
			}
		}
	}
}

// TestFlagsAreLowerCase keeps the settings reachable: golangci-lint lower-cases
// configuration keys, and the plugin matches them case-insensitively, so two flags
// of one analyzer must not differ in case only.
func TestFlagsAreLowerCase(t *testing.T) {
	for _, a := range analyzers.All {
		seen := make(map[string]string)
		a.Flags.VisitAll(func(f *flag.Flag) {
			l := strings.ToLower(f.Name)
			if prev, ok := seen[l]; ok {
				t.Errorf("%s: flags %q and %q differ in case only; golangci-lint settings cannot tell them apart", a.Name, prev, f.Name)
			}
			seen[l] = f.Name
		})
	}
}
