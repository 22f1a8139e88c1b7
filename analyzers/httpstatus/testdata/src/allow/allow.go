package allow

import "net/http"

func handler(w http.ResponseWriter) {
	w.WriteHeader(499) // ok: allowed by the flag
	w.WriteHeader(520) // ok: allowed by the flag
	w.WriteHeader(521) // want `unregistered HTTP status code 521`
	w.WriteHeader(404) // ok: literal rule off
}
