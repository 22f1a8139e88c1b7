package typeerr

import "net/http"

// Fine is well typed, but its package is not.
func Fine(w http.ResponseWriter) { w.WriteHeader(http.StatusTeapot) }
