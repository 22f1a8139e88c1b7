package bench

import (
	"os/exec"
	"slices"
	"strings"
	"testing"
)

// TestStaticBinary keeps net (and with it cgo's resolver) out of protolint. Linking
// net makes the binary dynamically linked, and go vet starts the tool once per
// package: the dynamic loader then costs about 1 ms of CPU per package, several
// percent of a go vet run (bench/README.md).
func TestStaticBinary(t *testing.T) {
	out, err := exec.Command("go", "list", "-deps", "github.com/protolint/protolint/cmd/protolint").Output()
	if err != nil {
		t.Fatalf("go list: %v", err)
	}
	deps := strings.Fields(string(out))
	for _, p := range []string{"net", "runtime/cgo", "net/http"} {
		if slices.Contains(deps, p) {
			t.Errorf("cmd/protolint depends on %s; keep it out (spell out the constants it is needed for)", p)
		}
	}
}
