// Command protolint reports protocol mistakes in Go HTTP and WebSocket code: status
// codes that net/http rejects or clients misread, and more (see protolint help).
//
// Usage:
//
//	protolint [flags] packages...                  # standalone; exit 3 on findings
//	go vet -vettool=$(command -v protolint) ./...  # as a vet tool
//	protolint help [analyzer]
//
// Reports for CI (see docs/ci.md):
//
//	protolint -format=sarif ./... > protolint.sarif   # SARIF 2.1.0 on stdout (also: -sarif)
//	protolint -format=github ./...                    # GitHub workflow annotations on stdout
//	protolint -baseline=FILE ./...                    # report only findings not recorded in FILE
//	protolint -write-baseline=FILE ./...              # record the current findings in FILE
//	protolint -srcroot=DIR ...                        # paths relative to DIR (default: .)
//
// Without these flags protolint is exactly the go/analysis multichecker: plain text
// on stderr, -json, -fix, -diff, help, and the go vet protocol. With them it loads
// the packages the same way (tests included unless -test=false), runs the same
// analyzers with the same flags, and writes the report. Exit status in those modes:
// 0 when there are no findings (no new findings with -baseline; always after
// -write-baseline), 3 when there are, 1 when packages fail to load or type-check, an
// analyzer fails, or a file cannot be read or written, 2 on bad flags.
package main

//go:generate go run ./internal/docgen -o ../../docs/rules.md

import (
	"os"

	"golang.org/x/tools/go/analysis/multichecker"

	"github.com/protolint/protolint/analyzers"
)

func main() {
	if isReportMode(os.Args[1:], analyzers.All) {
		os.Exit(runReport(os.Args[1:], analyzers.All, os.Stdout, os.Stderr))
	}
	multichecker.Main(analyzers.All...)
}
