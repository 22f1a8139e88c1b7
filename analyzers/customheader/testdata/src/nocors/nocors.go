// want package:`headers\(sets=X-Total-Count,Trace-Token,Expire configs=\)`
package nocors

import "net/http"

func handler(w http.ResponseWriter, r *http.Request) {
	w.Header().Set("X-Total-Count", "1") // ok: no CORS in this program
	w.Header().Set("Trace-Token", "1")   // want `custom header "Trace-Token" lacks the "X-" prefix`
}

func typo(w http.ResponseWriter, r *http.Request) {
	w.Header().Set("Expire", "0") // want `header "Expire" is not a standard header and lacks the "X-" prefix of the naming policy; did you mean the standard "Expires"\?`
}
