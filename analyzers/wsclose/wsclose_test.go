package wsclose_test

import (
	"testing"

	"golang.org/x/tools/go/analysis/analysistest"

	"github.com/protolint/protolint/analyzers/wsclose"
)

func TestGorilla(t *testing.T) {
	analysistest.RunWithSuggestedFixes(t, analysistest.TestData(), wsclose.NewAnalyzer(), "gorillaapp", "gorillacodes", "coderapp", "ginws", "echows", "fasthttpws", "wrapws", "wrapwsapp", "nhooyrapp", "xnetapp", "gobwasapp", "fiberws", "melodyapp", "melodycustom", "fiberwsv2")
}

func TestNoCode(t *testing.T) {
	a := wsclose.NewAnalyzer()
	if err := a.Flags.Set("nocode", "true"); err != nil {
		t.Fatal(err)
	}
	analysistest.Run(t, analysistest.TestData(), a, "nocode")
}
