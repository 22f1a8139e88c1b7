// Command floor is the baseline that protolint's benchmarks compare against: a
// go/analysis multichecker with one analyzer that does nothing, but loads what
// protolint loads.
//
// Its analyzer declares a fact type, as three of protolint's four do, so the
// standalone driver loads every dependency from source (packages.LoadAllSyntax)
// and go vet runs the tool on every dependency to produce facts; and it requires
// inspect.Analyzer, which builds the inspector for every package. Whatever
// protolint costs beyond this floor is the cost of its analyzers. See
// bench/README.md.
package main

import (
	"golang.org/x/tools/go/analysis"
	"golang.org/x/tools/go/analysis/multichecker"
	"golang.org/x/tools/go/analysis/passes/inspect"
)

// Analyzer is the no-op analyzer.
var Analyzer = &analysis.Analyzer{
	Name:      "floor",
	Doc:       "do nothing, with protolint's loading needs\n\nThe benchmark floor: it declares a fact type and requires inspect.",
	Requires:  []*analysis.Analyzer{inspect.Analyzer},
	FactTypes: []analysis.Fact{new(noFact)},
	Run: func(pass *analysis.Pass) (any, error) {
		_ = pass.ResultOf[inspect.Analyzer]
		return nil, nil
	},
}

// noFact is never exported; declaring it is what changes how drivers load.
type noFact struct{}

func (*noFact) AFact() {}

func main() { multichecker.Main(Analyzer) }
