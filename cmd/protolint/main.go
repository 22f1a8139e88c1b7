// Command protolint reports protocol mistakes in Go HTTP and WebSocket code: status
// codes that net/http rejects or clients misread, and more (see protolint help).
//
// Usage:
//
//	protolint [flags] packages...                  # standalone; exit 3 on findings
//	go vet -vettool=$(command -v protolint) ./...  # as a vet tool
//	protolint help [analyzer]
package main

import (
	"golang.org/x/tools/go/analysis/multichecker"

	"github.com/protolint/protolint/analyzers"
)

func main() { multichecker.Main(analyzers.All...) }
