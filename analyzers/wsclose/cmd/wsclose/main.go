// Command wsclose runs the wsclose analyzer alone.
package main

import (
	"golang.org/x/tools/go/analysis/singlechecker"

	"github.com/protolint/protolint/analyzers/wsclose"
)

func main() { singlechecker.Main(wsclose.Analyzer) }
