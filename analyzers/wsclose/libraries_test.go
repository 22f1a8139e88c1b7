package wsclose

import (
	"slices"
	"testing"

	"github.com/protolint/protolint/internal/callsite"
)

// TestLibrariesInIndex checks that the WebSocket libraries whose use makes a package
// worth analyzing are among the libraries whose reach the shared index records as
// facts (so that the fast path holds under go vet, where import lists are partial).
func TestLibrariesInIndex(t *testing.T) {
	for _, p := range slices.Concat(libPaths, gorillaPaths, melodyPaths) {
		if !slices.Contains(callsite.Libraries, p) {
			t.Errorf("%s is not in callsite.Libraries", p)
		}
	}
}
