// want package:`wrapperPackage\(5\)`

// Package wrapperlib declares status helpers that pass their code on.
package wrapperlib

import (
	"encoding/json"
	"net/http"
)

// Error wraps http.Error: its code parameter carries the error class.
func Error(w http.ResponseWriter, code int, msg string) { // want Error:`statusParam\(code=1 msg=2 body=-1 kind=1 via=net/http.Error\)`
	http.Error(w, msg, code)
}

// Redirect wraps http.Redirect.
func Redirect(w http.ResponseWriter, r *http.Request, to string, code int) { // want Redirect:`statusParam\(code=3 msg=-1 body=-1 kind=2 via=net/http.Redirect\)`
	http.Redirect(w, r, to, code)
}

// JSON writes any status with a JSON body.
func JSON(w http.ResponseWriter, code int, v any) { // want JSON:`statusParam\(code=1 msg=-1 body=2 kind=0`
	w.Header().Set("Content-Type", "application/json")
	w.WriteHeader(code)
	json.NewEncoder(w).Encode(v)
}

// Fail wraps Error: a wrapper of a wrapper in the same package.
func Fail(w http.ResponseWriter, status int) { // want Fail:`statusParam\(code=1 msg=-1 body=-1 kind=1 via=net/http.Error\)`
	Error(w, status, "failed")
}

// Respond branches on the code, so it is not a plain pass-through.
func Respond(w http.ResponseWriter, code int, msg string) {
	if code >= 400 {
		http.Error(w, msg, code)
		return
	}
	w.WriteHeader(code)
}

// Either reaches an error helper and a plain write: no error class.
func Either(w http.ResponseWriter, code int, msg string, plain bool) { // want Either:`statusParam\(code=1 msg=2 body=-1 kind=0`
	w.WriteHeader(code)
	http.Error(w, msg, code)
}

// Defaulted reassigns the code: not a pass-through.
func Defaulted(w http.ResponseWriter, code int) {
	code = http.StatusOK
	w.WriteHeader(code)
}

// local uses the wrapper within its own package.
func local(w http.ResponseWriter) {
	Error(w, 200, "ok") // want `Error with non-error status 200: it passes the code to http.Error`
}
