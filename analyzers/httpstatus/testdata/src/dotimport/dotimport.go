package dotimport

import . "net/http"

func handler(w ResponseWriter, r *Request) {
	Error(w, "x", 42)             // want `invalid HTTP status code 42`
	w.WriteHeader(503)            // want `numeric status code 503; use http.StatusServiceUnavailable`
	Redirect(w, r, "/", StatusOK) // want `http.Redirect with non-redirect status 200`
}
