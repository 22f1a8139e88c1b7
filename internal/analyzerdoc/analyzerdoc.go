// Package analyzerdoc extracts an analyzer's Doc string from its doc.go, so that the
// package comment stays the single source of an analyzer's documentation: go doc and
// pkg.go.dev render the whole comment, and `protolint help NAME` prints one section of it.
package analyzerdoc

import (
	"fmt"
	"go/parser"
	"go/token"
	"strings"
)

// Extract returns the section of the package comment in src (the text of a doc.go
// file) headed "# Analyzer NAME", without its "NAME: " prefix. It panics if there is no
// such section: that is a bug in doc.go, caught by every test of the analyzer.
func Extract(src, name string) string {
	f, err := parser.ParseFile(token.NewFileSet(), "doc.go", src, parser.ParseComments|parser.PackageClauseOnly)
	if err != nil || f.Doc == nil {
		panic(fmt.Sprintf("analyzerdoc: no package comment for %s", name))
	}
	for section := range strings.SplitSeq(f.Doc.Text(), "\n# ") {
		if body, ok := strings.CutPrefix(section, "Analyzer "+name+"\n"); ok {
			if doc, ok := strings.CutPrefix(strings.TrimSpace(body), name+": "); ok {
				return doc
			}
		}
	}
	panic(fmt.Sprintf("analyzerdoc: doc.go lacks a %q section", "# Analyzer "+name))
}
