// Command httpstatus runs the httpstatus analyzer alone.
package main

import (
	"golang.org/x/tools/go/analysis/singlechecker"

	"github.com/protolint/protolint/analyzers/httpstatus"
)

func main() { singlechecker.Main(httpstatus.Analyzer) }
