package corswild

import (
	"slices"
	"testing"

	"github.com/protolint/protolint/internal/callsite"
)

// TestLibrariesInIndex checks that the WebSocket libraries corswild looks for are
// among the libraries whose reach the shared index records as facts.
func TestLibrariesInIndex(t *testing.T) {
	for _, p := range wsPaths {
		if !slices.Contains(callsite.Libraries, p) {
			t.Errorf("%s is not in callsite.Libraries", p)
		}
	}
}
