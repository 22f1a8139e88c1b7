// Package superfluous: once a response has been written to (or hijacked), net/http
// ignores WriteHeader without checking the code, so an invalid code there does not
// panic (net/http's own tests rely on it, issue 23010).
package superfluous

import (
	"io"
	"net/http"
)

func afterOutput(w http.ResponseWriter, r *http.Request) {
	io.WriteString(w, "foo")
	w.WriteHeader(0) // ok: "superfluous response.WriteHeader call", the code is not checked
}

func afterStatus(w http.ResponseWriter, r *http.Request) {
	w.WriteHeader(http.StatusAccepted)
	http.Error(w, "late", 0) // ok: ignored for the same reason
}

func afterHijack(w http.ResponseWriter, r *http.Request) {
	conn, _, _ := w.(http.Hijacker).Hijack()
	defer conn.Close()
	w.WriteHeader(0) // ok: "response.WriteHeader on hijacked connection"
}

func sometimesWritten(w http.ResponseWriter, r *http.Request, early bool) {
	if early {
		io.WriteString(w, "foo")
	}
	w.WriteHeader(0) // want `invalid HTTP status code 0: net/http panics`
}

func otherWriter(w, w2 http.ResponseWriter, r *http.Request) {
	io.WriteString(w2, "foo")
	w.WriteHeader(0) // want `invalid HTTP status code 0: net/http panics`
}

func deferred(w http.ResponseWriter, r *http.Request) {
	defer func() {
		w.WriteHeader(http.StatusServiceUnavailable) // runs after the panic below
	}()
	w.WriteHeader(0) // want `invalid HTTP status code 0: net/http panics`
}

func afterPanickingCall(w http.ResponseWriter, r *http.Request) {
	w.WriteHeader(42)   // want `invalid HTTP status code 42: net/http panics`
	w.WriteHeader(1000) // want `invalid HTTP status code 1000: net/http panics`
}
