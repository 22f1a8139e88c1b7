package renamed

import nethttp "net/http"

func handler(w nethttp.ResponseWriter, r *nethttp.Request) {
	w.WriteHeader(404)                // want `numeric status code 404; use http.StatusNotFound`
	nethttp.Error(w, "oops", 200)     // want `http.Error with non-error status 200`
	nethttp.Redirect(w, r, "/x", 301) // want `numeric status code 301; use http.StatusMovedPermanently`
}
