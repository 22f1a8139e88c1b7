package customheader

import (
	"net/http"
	"strings"
	"testing"
)

// TestHeaderTables checks the header tables against what the standard library and
// the Fetch Standard say: no duplicates, the CORS-safelisted headers and the CORS
// headers themselves are registered, and nothing is both registered and well-known.
func TestHeaderTables(t *testing.T) {
	seen := map[string]bool{}
	for _, n := range append(append([]string{}, registeredNames...), wellKnownNames...) {
		k := http.CanonicalHeaderKey(n)
		if seen[k] {
			t.Errorf("%s is listed twice", n)
		}
		seen[k] = true
	}
	for n := range safelisted {
		if !registered[n] {
			t.Errorf("safelisted header %s is not in the registry table", n)
		}
	}
	for _, n := range []string{"Access-Control-Allow-Origin", "Access-Control-Expose-Headers", "Content-Type", "ETag", "Location", "Link", "Set-Cookie", "Retry-After", "WWW-Authenticate"} {
		if isCustom(n) {
			t.Errorf("%s is registered with IANA but isCustom says custom", n)
		}
	}
	for _, n := range []string{"X-Request-Id", "X-Total-Count", "Request-Id", "X-RateLimit-Remaining"} {
		if !isCustom(n) {
			t.Errorf("%s is custom but isCustom says standard", n)
		}
	}
	if !isCustom("Trailer:X-Checksum") == isCustom(http.TrailerPrefix+"X") {
		t.Error("trailer-prefixed names must not be custom")
	}
}

func TestNearStandard(t *testing.T) {
	for name, want := range map[string]string{
		"Expire":           "Expires",
		"Content-Lenght":   "Content-Length",
		"X-Frame-Option":   "X-Frame-Options",
		"Cache-Controll":   "Cache-Control",
		"X-Request-Id":     "",
		"X-Total-Count":    "",
		"Trace-Token":      "",
		"Vary":             "", // too short to guess
		"Strict-Transport": "",
	} {
		if got := nearStandard(name); !strings.EqualFold(got, want) {
			t.Errorf("nearStandard(%q) = %q, want %q", name, got, want)
		}
	}
}

func TestTrailerPrefix(t *testing.T) {
	if trailerPrefix != http.TrailerPrefix {
		t.Errorf("trailerPrefix = %q, net/http's TrailerPrefix is %q", trailerPrefix, http.TrailerPrefix)
	}
}
