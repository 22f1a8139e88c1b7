package corswild_test

import (
	"testing"

	"golang.org/x/tools/go/analysis/analysistest"

	"github.com/protolint/protolint/analyzers/corswild"
)

func TestConfigs(t *testing.T) {
	analysistest.Run(t, analysistest.TestData(), corswild.NewAnalyzer(),
		"rscors", "chicors", "gincors", "echocors", "fibercors", "gorillacors", "manual", "wsorigin")
}
