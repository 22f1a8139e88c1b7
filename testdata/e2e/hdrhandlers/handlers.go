// Package hdrhandlers serves the orders API; CORS is configured by the server that
// mounts it (hdrserver).
package hdrhandlers

import (
	"encoding/json"
	"net/http"
	"strconv"
)

// Orders lists orders; the front end reads the total and the request id.
func Orders(w http.ResponseWriter, r *http.Request) {
	orders := []string{"a", "b"}
	w.Header().Set("Content-Type", "application/json") // ok: safelisted
	w.Header().Set("X-Total-Count", strconv.Itoa(len(orders)))
	w.Header().Set("X-Request-Id", r.Header.Get("X-Request-Id"))
	w.Header().Set("ETag", `"v1"`)            // ok: a standard header
	w.Header().Set("X-Frame-Options", "DENY") // ok: consumed by the browser
	json.NewEncoder(w).Encode(orders)
}

// Trace tags responses for the tracing proxy.
func Trace(w http.ResponseWriter, r *http.Request) {
	w.Header().Set("Trace-Token", "t-1") // want `^custom header "Trace-Token" lacks the "X-" prefix of the naming policy; name it "X-Trace-Token", or set -customheader.prefix= to follow RFC 6648 instead$`
	w.WriteHeader(http.StatusNoContent)
}
