package customheader_test

import (
	"testing"

	"golang.org/x/tools/go/analysis/analysistest"

	"github.com/protolint/protolint/analyzers/customheader"
)

func TestCustomHeader(t *testing.T) {
	analysistest.Run(t, analysistest.TestData(), customheader.NewAnalyzer(),
		"handlers", "server", "corsconf", "api", "samepkg", "star", "nocors", "late")
}

func TestExposeFlag(t *testing.T) {
	a := customheader.NewAnalyzer()
	if err := a.Flags.Set("expose", "ETag, location"); err != nil {
		t.Fatal(err)
	}
	if err := a.Flags.Set("prefix", ""); err != nil {
		t.Fatal(err)
	}
	analysistest.Run(t, analysistest.TestData(), a, "exposeflag")
}
