// want package:`headers\(sets=X-Total-Count,X-Request-Id,X-Page,Request-Id configs=\)`
package handlers

import "net/http"

// Orders lists orders; the front end reads the total from a header.
func Orders(w http.ResponseWriter, r *http.Request) {
	w.Header().Set("X-Total-Count", "42")
	w.Header().Set("X-Request-Id", "abc")
	w.Header()["X-Page"] = []string{"1"}
	w.Header().Set("Content-Type", "application/json") // ok: safelisted
	w.Header().Set("ETag", `"v1"`)                     // ok: standard
	w.Header().Set("X-Frame-Options", "DENY")          // ok: consumed by the browser
	w.Header().Set("Request-Id", "abc")                // want `custom header "Request-Id" lacks the "X-" prefix of the naming policy; name it "X-Request-Id", or set -customheader.prefix= to follow RFC 6648 instead`
	r.Header.Set("X-Forwarded-User", "bob")            // ok: a request header
	w.WriteHeader(http.StatusOK)
}
