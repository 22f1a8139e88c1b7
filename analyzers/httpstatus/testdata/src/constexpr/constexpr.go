package constexpr

import "net/http"

type Status int

const (
	created        = 201
	typed   Status = 99
	bogus          = http.StatusOK + 99
	hex            = 0x1F4
)

func handler(w http.ResponseWriter) {
	w.WriteHeader(int(typed)) // want `invalid HTTP status code 99`
	w.WriteHeader(-1)         // want `invalid HTTP status code -1`
	w.WriteHeader(created)    // ok: named constant, registered
	w.WriteHeader(bogus)      // want `unregistered HTTP status code 299`
	w.WriteHeader(2 * 100)    // ok: not a literal
	w.WriteHeader(hex)        // ok: constant 500
	w.WriteHeader(0x1F4)      // want `numeric status code 500; use http.StatusInternalServerError`
	w.WriteHeader(5_03)       // want `numeric status code 503; use http.StatusServiceUnavailable`
}
