// Package typeerr does not type-check: protolint must report a load error for
// it, not an analyzer error, and go on with the other packages.
package typeerr

import "net/http"

func Handler(w http.ResponseWriter, r *http.Request) {
	var code int = "teapot"
	w.WriteHeader(code)
	http.Error(w, undefinedMessage, http.StatusOK)
}
