// Command corswild runs the corswild analyzer alone.
package main

import (
	"golang.org/x/tools/go/analysis/singlechecker"

	"github.com/protolint/protolint/analyzers/corswild"
)

func main() { singlechecker.Main(corswild.Analyzer) }
