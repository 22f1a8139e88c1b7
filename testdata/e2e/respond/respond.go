// Package respond holds small response helpers shared by the handlers.
// Error, Redirect, JSON and (*Responder).Redirect pass their code straight to a
// status sink, so the analyzer treats them as sinks too (exported as facts).
package respond

import (
	"encoding/json"
	"net/http"
)

// Error writes msg as a plain-text error.
func Error(w http.ResponseWriter, code int, msg string) {
	http.Error(w, msg, code)
}

// Redirect sends the client to url.
func Redirect(w http.ResponseWriter, r *http.Request, url string, code int) {
	http.Redirect(w, r, url, code)
}

// JSON writes v as a JSON document.
func JSON(w http.ResponseWriter, code int, v any) {
	w.Header().Set("Content-Type", "application/json")
	w.WriteHeader(code)
	_ = json.NewEncoder(w).Encode(v)
}

// Problem writes a bare status when there is no detail and a text error
// otherwise. It reaches both a plain sink and an error helper, so the error
// class does not carry over to its callers.
func Problem(w http.ResponseWriter, code int, detail string) {
	if detail == "" {
		w.WriteHeader(code)
		return
	}
	http.Error(w, detail, code)
}

// Status writes code, defaulting to 200. Because code is reassigned it is not
// a pass-through wrapper.
func Status(w http.ResponseWriter, code int) {
	if code == 0 {
		code = http.StatusOK
	}
	w.WriteHeader(code)
}

// Responder redirects relative to a base path.
type Responder struct {
	Base string
}

// Redirect sends the client to Base+path.
func (rs *Responder) Redirect(w http.ResponseWriter, r *http.Request, path string, code int) {
	http.Redirect(w, r, rs.Base+path, code)
}
