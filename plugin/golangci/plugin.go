// Package golangci is protolint's golangci-lint v2 module plugin. Importing it
// registers every analyzer of analyzers.All as a linter of its own name
// (httpstatus, wsclose, ...), so that each one is enabled, disabled, configured and
// suppressed (//nolint:wsclose) separately, and is its own rule id in golangci-lint's
// SARIF and JSON output.
//
// Build a golangci-lint that contains the plugin with `golangci-lint custom` and the
// .custom-gcl.yml at the root of this repository, or offline with
//
//	go run github.com/protolint/protolint/plugin/golangci/cmd/build-custom-gcl -o ./custom-gcl
//
// (see docs/ci.md), then enable the linters in .golangci.yml as in
// .golangci.example.yml:
//
//	version: "2"
//	linters:
//	  enable: [httpstatus, wsclose, corswild, customheader]
//	  settings:
//	    custom:
//	      httpstatus:
//	        type: module
//	        description: check HTTP status codes given to net/http and frameworks
//	        settings:
//	          allow: [499, 520]
//
// # Settings
//
// The settings of a linter are the flags of its analyzer, by the flag's name (the
// names are matched without regard to case, since golangci-lint lower-cases
// configuration keys): httpstatus's -allow and -literal, wsclose's -literal and
// -nocode, and so on (see protolint help NAME). A value may be a string, a boolean, a
// number or a list; a list is joined with commas, so allow: [499, 520] is
// -httpstatus.allow=499,520. An unknown setting, a nested map or a value the flag
// rejects is an error that names the linter, the setting and the valid settings.
//
// # The analyzer instances
//
// The plugin configures and returns the package-level Analyzer values of analyzers.All
// themselves, not fresh instances from NewAnalyzer. Analyzers that use facts cannot be
// duplicated (analysis.Validate rejects a fact type registered by two analyzers, so a
// second instance would break any run that also loads the first), and golangci-lint
// builds each plugin once per process, so the one instance is configured once. To
// keep that configuration exact, each constructor call first resets every flag of its
// analyzer to its default and then applies the settings: the result depends on the
// settings alone, never on an earlier call. golangci-lint never sets Analyzer.Flags
// itself; the settings are the only way in.
package golangci

import (
	"flag"
	"fmt"
	"maps"
	"slices"
	"strconv"
	"strings"
	"sync"

	"github.com/golangci/plugin-module-register/register"
	"golang.org/x/tools/go/analysis"

	"github.com/protolint/protolint/analyzers"
)

func init() {
	for _, a := range analyzers.All {
		register.Plugin(a.Name, func(conf any) (register.LinterPlugin, error) { return New(a, conf) })
	}
}

// mu serialises the configuration of the shared analyzer values.
var mu sync.Mutex

// Plugin is the golangci-lint plugin of one analyzer.
type Plugin struct {
	analyzer *analysis.Analyzer
}

// New configures a from golangci-lint settings (conf is the value of
// linters.settings.custom.<name>.settings, nil when there are none) and returns its
// plugin. a's flags are reset to their defaults first.
func New(a *analysis.Analyzer, conf any) (*Plugin, error) {
	settings, err := Flags(a, conf)
	if err != nil {
		return nil, err
	}
	mu.Lock()
	defer mu.Unlock()
	var resetErr error
	a.Flags.VisitAll(func(f *flag.Flag) {
		if err := f.Value.Set(f.DefValue); err != nil && resetErr == nil {
			resetErr = fmt.Errorf("%s: resetting setting %q to its default %q: %v", a.Name, f.Name, f.DefValue, err)
		}
	})
	if resetErr != nil {
		return nil, resetErr
	}
	for _, name := range slices.Sorted(maps.Keys(settings)) {
		if err := a.Flags.Set(name, settings[name]); err != nil {
			return nil, fmt.Errorf("%s: setting %q: %v", a.Name, name, err)
		}
	}
	return &Plugin{analyzer: a}, nil
}

// BuildAnalyzers returns the plugin's one analyzer.
func (p *Plugin) BuildAnalyzers() ([]*analysis.Analyzer, error) {
	return []*analysis.Analyzer{p.analyzer}, nil
}

// GetLoadMode returns typesinfo: the analyzers resolve APIs through type information
// and use facts.
func (p *Plugin) GetLoadMode() string { return register.LoadModeTypesInfo }

// Flags maps golangci-lint settings onto a's flags: it returns flag name -> value as
// the flag's Set method takes it. It does not modify a.
func Flags(a *analysis.Analyzer, conf any) (map[string]string, error) {
	out := make(map[string]string)
	if conf == nil {
		return out, nil
	}
	m, ok := settingsMap(conf)
	if !ok {
		return nil, fmt.Errorf("%s: settings must be a map of setting names to values, got %T; %s", a.Name, conf, validSettings(a))
	}
	byName := make(map[string]*flag.Flag)
	a.Flags.VisitAll(func(f *flag.Flag) { byName[strings.ToLower(f.Name)] = f })
	for _, key := range slices.Sorted(maps.Keys(m)) {
		f, ok := byName[strings.ToLower(key)]
		if !ok {
			return nil, fmt.Errorf("%s: unknown setting %q; %s", a.Name, key, validSettings(a))
		}
		v, err := settingString(m[key])
		if err != nil {
			return nil, fmt.Errorf("%s: setting %q: %v", a.Name, key, err)
		}
		if _, dup := out[f.Name]; dup {
			return nil, fmt.Errorf("%s: setting %q given twice", a.Name, f.Name)
		}
		out[f.Name] = v
	}
	return out, nil
}

// settingsMap returns conf as a map with string keys: golangci-lint passes the
// settings as decoded by viper, map[string]any; YAML decoders may give map[any]any.
func settingsMap(conf any) (map[string]any, bool) {
	switch c := conf.(type) {
	case map[string]any:
		return c, true
	case map[any]any:
		m := make(map[string]any, len(c))
		for k, v := range c {
			s, ok := k.(string)
			if !ok {
				return nil, false
			}
			m[s] = v
		}
		return m, true
	}
	return nil, false
}

func validSettings(a *analysis.Analyzer) string {
	var names []string
	a.Flags.VisitAll(func(f *flag.Flag) { names = append(names, f.Name) })
	if len(names) == 0 {
		return a.Name + " has no settings"
	}
	return "valid settings: " + strings.Join(names, ", ")
}

// settingString renders a decoded YAML or JSON value as flag text.
func settingString(v any) (string, error) {
	switch v := v.(type) {
	case nil:
		return "", nil
	case string:
		return v, nil
	case bool:
		return strconv.FormatBool(v), nil
	case int:
		return strconv.Itoa(v), nil
	case int8, int16, int32, int64, uint, uint8, uint16, uint32, uint64:
		return fmt.Sprint(v), nil
	case float32:
		return formatFloat(float64(v)), nil
	case float64:
		return formatFloat(v), nil
	case []any:
		parts := make([]string, len(v))
		for i, e := range v {
			if _, nested := e.([]any); nested {
				return "", fmt.Errorf("nested lists are not supported")
			}
			s, err := settingString(e)
			if err != nil {
				return "", err
			}
			parts[i] = s
		}
		return strings.Join(parts, ","), nil
	case []string:
		return strings.Join(v, ","), nil
	default:
		return "", fmt.Errorf("unsupported value %v of type %T: want a string, boolean, number or list", v, v)
	}
}

// formatFloat prints integral values without a fraction or exponent (JSON decodes
// every number as float64: 499 must stay "499").
func formatFloat(f float64) string {
	return strconv.FormatFloat(f, 'f', -1, 64)
}
