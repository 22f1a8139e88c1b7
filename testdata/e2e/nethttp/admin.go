package nethttp

import nethttp "net/http"

// Maintenance is served while the database is migrated. This file imports
// net/http under another name, so the suggested fix must use that name.
func Maintenance(w nethttp.ResponseWriter, r *nethttp.Request) {
	w.Header().Set("Retry-After", "120")
	w.WriteHeader(503) // want `numeric status code 503; use (nethttp|http)\.StatusServiceUnavailable`
}

// Ready reports readiness.
func Ready(w nethttp.ResponseWriter, r *nethttp.Request) {
	w.WriteHeader(nethttp.StatusOK) // ok: constant through the renamed import
}
