// want package:`headers\(sets=X-Trace-Id,X-Rate-Limit,X-Rate-Limit configs=\)`
package api

import (
	"net/http"

	"corsconf"
)

var middleware = corsconf.New()

func Handler(w http.ResponseWriter, r *http.Request) {
	w.Header().Set("X-Trace-Id", "t1")    // ok: exposed
	w.Header().Set("X-Rate-Limit", "100") // want `custom response header "X-Rate-Limit" is not exposed by the CORS configuration at corsconf/corsconf.go:8: browsers hide it from cross-origin scripts`
	w.Header().Set("X-Rate-Limit", "99")  // ok: reported once per name
}
