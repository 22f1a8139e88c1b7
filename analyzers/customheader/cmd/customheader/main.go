// Command customheader runs the customheader analyzer alone.
package main

import (
	"golang.org/x/tools/go/analysis/singlechecker"

	"github.com/protolint/protolint/analyzers/customheader"
)

func main() { singlechecker.Main(customheader.Analyzer) }
