package httpstatus

import (
	"go/constant"
	"go/types"
	"strings"
	"testing"

	"golang.org/x/tools/go/packages"
)

// TestRegistryMatchesNetHTTP keeps the goName column of the registry in sync with
// the Status* constants of the net/http package of the toolchain under test: every
// constant is in the registry under its own name, and every name is a constant.
func TestRegistryMatchesNetHTTP(t *testing.T) {
	pkgs, err := packages.Load(&packages.Config{Mode: packages.NeedTypes}, "net/http")
	if err != nil || len(pkgs) != 1 || pkgs[0].Types == nil {
		t.Fatalf("loading net/http: %v", err)
	}
	scope := pkgs[0].Types.Scope()
	want := make(map[int64]string)
	for _, name := range scope.Names() {
		c, ok := scope.Lookup(name).(*types.Const)
		if !ok || !strings.HasPrefix(name, "Status") || c.Val().Kind() != constant.Int {
			continue
		}
		code, _ := constant.Int64Val(c.Val())
		want[code] = name
	}
	if len(want) < 60 {
		t.Fatalf("found only %d Status constants in net/http", len(want))
	}
	for code, name := range want {
		got, ok := registered[code]
		if !ok {
			t.Errorf("net/http declares %s = %d, which the registry table lacks", name, code)
		} else if got != name {
			t.Errorf("registry[%d] names %q, net/http declares %s", code, got, name)
		}
	}
	for _, c := range registry {
		if c.goName != "" && want[c.code] != c.goName {
			t.Errorf("registry[%d] names %s, which net/http does not declare with that value", c.code, c.goName)
		}
	}
}

// TestRegistryShape checks the registry against the structure of the IANA table:
// codes sorted and unique, within the classes 1xx-5xx, and the unassigned ranges
// that the IANA table lists left out.
func TestRegistryShape(t *testing.T) {
	for i, c := range registry {
		if c.code < 100 || c.code > 599 {
			t.Errorf("registry entry %d outside 1xx-5xx", c.code)
		}
		if i > 0 && registry[i-1].code >= c.code {
			t.Errorf("registry not sorted or has duplicates at %d", c.code)
		}
	}
	for _, unassigned := range []int64{105, 199, 209, 225, 227, 299, 309, 399, 419, 420, 427, 430, 432, 450, 452, 499, 509, 512, 599} {
		if _, ok := registered[unassigned]; ok {
			t.Errorf("%d is unassigned in the IANA registry", unassigned)
		}
	}
	if got := len(registry); got != 64 {
		t.Errorf("registry has %d codes; the IANA table of 2025-09-15 has 64", got)
	}
}
