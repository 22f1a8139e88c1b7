// Command docgen writes docs/rules.md from the Doc and flags of the analyzers in
// analyzers.All. Run it through go generate:
//
//	go generate ./cmd/protolint
//
// or directly: go run ./cmd/protolint/internal/docgen -o docs/rules.md. Without -o it
// writes to stdout. TestRulesMarkdownUpToDate fails when docs/rules.md is stale.
package main

import (
	"flag"
	"fmt"
	"os"

	"github.com/protolint/protolint/analyzers"
	"github.com/protolint/protolint/cmd/protolint/internal/rules"
)

func main() {
	out := flag.String("o", "", "output file (default stdout)")
	flag.Parse()
	md, err := rules.Markdown(analyzers.All)
	if err != nil {
		fmt.Fprintf(os.Stderr, "docgen: %v\n", err)
		os.Exit(1)
	}
	if *out == "" {
		_, err = os.Stdout.Write(md)
	} else {
		err = os.WriteFile(*out, md, 0o644)
	}
	if err != nil {
		fmt.Fprintf(os.Stderr, "docgen: %v\n", err)
		os.Exit(1)
	}
}
