// Package analyzers lists protolint's analyzers.
package analyzers

import (
	"golang.org/x/tools/go/analysis"

	"github.com/protolint/protolint/analyzers/corswild"
	"github.com/protolint/protolint/analyzers/customheader"
	"github.com/protolint/protolint/analyzers/httpstatus"
	"github.com/protolint/protolint/analyzers/wsclose"
)

// All is the suite: the one list that cmd/protolint, the golangci-lint plugin and the
// suite tests use.
var All = []*analysis.Analyzer{
	httpstatus.Analyzer,
	wsclose.Analyzer,
	corswild.Analyzer,
	customheader.Analyzer,
}
