// Package cgoapp uses cgo: go/packages analyzes the cgo-processed files, whose
// positions map back to this file.
package cgoapp

/*
static int status(void) { return 299; }
*/
import "C"

import "net/http"

// Handler writes a status computed in C (not a constant: not reported) and one
// that is.
func Handler(w http.ResponseWriter, r *http.Request) {
	if r.URL.Query().Has("c") {
		w.WriteHeader(int(C.status()))
		return
	}
	http.Error(w, "not here", http.StatusOK)
}
