package httpstatus_test

import (
	"testing"

	"golang.org/x/tools/go/analysis/analysistest"

	"github.com/protolint/protolint/analyzers/httpstatus"
)

func TestNetHTTP(t *testing.T) {
	analysistest.RunWithSuggestedFixes(t, analysistest.TestData(), httpstatus.NewAnalyzer(),
		"basic", "renamed", "dotimport", "shadowed", "implementer", "methodexpr", "constexpr",
		"spread", "generic", "bodyless", "errorok", "directive", "wrapperlib", "wrapperapp", "generated", "nonhttp", "superfluous")
}

func TestFlags(t *testing.T) {
	a := httpstatus.NewAnalyzer() // a fresh instance: never reconfigure httpstatus.Analyzer
	for flag, value := range map[string]string{"allow": "499, 520", "literal": "false"} {
		if err := a.Flags.Set(flag, value); err != nil {
			t.Fatal(err)
		}
	}
	analysistest.Run(t, analysistest.TestData(), a, "allow")
}

func TestAllowRejectsBadCodes(t *testing.T) {
	for _, bad := range []string{"abc", "42", "1000", "499,x"} {
		if err := httpstatus.NewAnalyzer().Flags.Set("allow", bad); err == nil {
			t.Errorf("-allow=%s: no error", bad)
		}
	}
}

func TestFrameworks(t *testing.T) {
	analysistest.RunWithSuggestedFixes(t, analysistest.TestData(), httpstatus.NewAnalyzer(),
		"ginapp", "echoapp", "echov3app", "echov5app", "fiberapp", "fiberv3app", "fasthttpapp", "chiapp", "vendored")
}
