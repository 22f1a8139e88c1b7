package main

import (
	"bytes"
	"os"
	"path/filepath"
	"testing"

	"github.com/protolint/protolint/analyzers"
	"github.com/protolint/protolint/cmd/protolint/internal/rules"
)

// TestRulesMarkdownUpToDate fails when docs/rules.md differs from what the analyzers'
// Doc and flags generate.
func TestRulesMarkdownUpToDate(t *testing.T) {
	want, err := rules.Markdown(analyzers.All)
	if err != nil {
		t.Fatal(err)
	}
	file := filepath.Join("..", "..", "..", "..", "docs", "rules.md")
	got, err := os.ReadFile(file)
	if err != nil {
		t.Fatalf("%v; run go generate ./cmd/protolint", err)
	}
	if !bytes.Equal(got, want) {
		gl, wl := bytes.Split(got, []byte("\n")), bytes.Split(want, []byte("\n"))
		i := 0
		for i < len(gl) && i < len(wl) && bytes.Equal(gl[i], wl[i]) {
			i++
		}
		var g, w []byte
		if i < len(gl) {
			g = gl[i]
		}
		if i < len(wl) {
			w = wl[i]
		}
		t.Errorf("docs/rules.md is out of date with the analyzers' Doc; run go generate ./cmd/protolint\nfirst difference, line %d:\n\thave: %s\n\twant: %s", i+1, g, w)
	}
}
