package wsclose_test

import (
	"testing"

	"golang.org/x/tools/go/analysis/analysistest"

	"github.com/protolint/protolint/analyzers/wsclose"
)

func TestGorilla(t *testing.T) {
	analysistest.RunWithSuggestedFixes(t, analysistest.TestData(), wsclose.NewAnalyzer(), "gorillaapp", "gorillacodes", "coderapp")
}
