// Package broken does not type-check: protolint must exit 1 on it.
package broken

import "net/http"

// Handler assigns a string to an int.
func Handler(w http.ResponseWriter, r *http.Request) {
	var code int = "not a number"
	w.WriteHeader(code)
}
