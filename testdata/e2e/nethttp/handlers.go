// Package nethttp is the plain net/http front end of the orders service.
package nethttp

import (
	"encoding/json"
	"fmt"
	"io"
	"net/http"
	"strings"
)

// Code is a typed status code used by the legacy routing table.
type Code int

const (
	statusClientClosed      = 499 // nginx convention, not an IANA code
	statusTeapot            = http.StatusTeapot
	codeGone           Code = 410
	codeTooBig         Code = 1000
)

type order struct {
	ID     string `json:"id"`
	Amount int    `json:"amount"`
}

// GetOrder returns one order as JSON.
func GetOrder(w http.ResponseWriter, r *http.Request) {
	id := r.URL.Query().Get("id")
	if id == "" {
		w.WriteHeader(400) // want `numeric status code 400; use http\.StatusBadRequest`
		return
	}
	if id == "missing" {
		w.WriteHeader((404)) // want `numeric status code 404; use http\.StatusNotFound`
		return
	}
	w.Header().Set("Content-Type", "application/json")
	w.WriteHeader(http.StatusOK) // ok: net/http constant
	_ = json.NewEncoder(w).Encode(order{ID: id})
}

// CancelOrder is called by the proxy when the client went away.
func CancelOrder(w http.ResponseWriter, r *http.Request) {
	if r.Context().Err() != nil {
		w.WriteHeader(statusClientClosed) // want "unregistered HTTP status code 499"
		return
	}
	w.WriteHeader(http.StatusOK + 1) // ok: 201, arithmetic on a constant is not a literal
}

// Legacy serves the old routing table.
func Legacy(w http.ResponseWriter, r *http.Request) {
	switch r.URL.Path {
	case "/legacy/partial":
		w.WriteHeader(http.StatusOK + 99) // want "unregistered HTTP status code 299"
	case "/legacy/gone":
		w.WriteHeader(int(codeGone)) // ok: 410 through a typed named constant
	case "/legacy/huge":
		w.WriteHeader(int(codeTooBig)) // want "invalid HTTP status code 1000:"
	case "/legacy/zero":
		w.WriteHeader(0) // want "invalid HTTP status code 0:"
	case "/legacy/teapot":
		w.WriteHeader(statusTeapot) // ok: named constant, registered
	case "/legacy/upload":
		w.WriteHeader(104) // ok: registered (temporary) and net/http has no constant for it
	default:
		http.NotFound(w, r)
	}
}

// Login redirects browsers to the login form.
func Login(w http.ResponseWriter, r *http.Request) {
	if r.Method != http.MethodPost {
		http.Redirect(w, r, "/login", http.StatusOK) // want `http\.Redirect with non-redirect status 200`
		return
	}
	http.Redirect(w, r, "/account", http.StatusSeeOther) // ok: 303
}

// Catalog answers conditional requests.
func Catalog(w http.ResponseWriter, r *http.Request) {
	if r.Header.Get("If-None-Match") == `"v1"` {
		http.Redirect(w, r, r.URL.Path, http.StatusNotModified) // want `http\.Redirect with non-redirect status 304`
		return
	}
	http.Redirect(w, r, "/catalog/v2", http.StatusPermanentRedirect) // ok: 308
}

var (
	oldHome = http.RedirectHandler("/home", http.StatusMovedPermanently) // ok: 301
	oldDocs = http.RedirectHandler("/docs", http.StatusOK)               // want `RedirectHandler with non-redirect status 200`
)

// Pay validates a payment form.
func Pay(w http.ResponseWriter, r *http.Request) {
	if err := r.ParseForm(); err != nil {
		http.Error(w, "", http.StatusBadRequest) // want "empty message for status 400"
		return
	}
	if r.Form.Get("amount") == "" {
		http.Error(w, "amount required", http.StatusOK) // want `http\.Error with non-error status 200`
		return
	}
	if r.Form.Get("card") == "" {
		http.Error(w, "", http.StatusInternalServerError) // ok: empty message is only reported for 4xx
		return
	}
	if strings.HasPrefix(r.Form.Get("card"), "0") {
		http.Error(w, "card declined", http.StatusPaymentRequired) // ok
		return
	}
	http.Error(w, "payment service unavailable", 503) // want `numeric status code 503; use http\.StatusServiceUnavailable`
}

// DeleteOrder answers 204 and then (wrongly) writes a body.
func DeleteOrder(w http.ResponseWriter, r *http.Request) {
	w.WriteHeader(http.StatusNoContent)
	fmt.Fprintln(w, "deleted") // want `body written after WriteHeader\(204\)`
}

// Revalidate answers 304 and then (wrongly) encodes a body.
func Revalidate(w http.ResponseWriter, r *http.Request) {
	w.Header().Set("ETag", `"v1"`)
	w.WriteHeader(http.StatusNotModified)
	_ = json.NewEncoder(w).Encode(map[string]string{"etag": "v1"}) // want `body written after WriteHeader\(304\)`
}

// Purge only writes a body on the path that did not send 204.
func Purge(w http.ResponseWriter, r *http.Request) {
	if r.URL.Query().Has("quiet") {
		w.WriteHeader(http.StatusNoContent)
		return
	}
	_, _ = io.WriteString(w, "purged\n") // ok: the 204 branch returned before this write
}

// Later writes from a callback, not from the handler body itself.
func Later(w http.ResponseWriter, r *http.Request) func(string) {
	w.WriteHeader(http.StatusNoContent)
	return func(msg string) {
		fmt.Fprint(w, msg) // ok: inside a different func literal
	}
}

// Tee sends 204 to the audit writer and a body to the client.
func Tee(w, audit http.ResponseWriter) {
	audit.WriteHeader(http.StatusNoContent)
	_, _ = w.Write([]byte("ok")) // ok: a different ResponseWriter
}

func writeError(w http.ResponseWriter, code int, msg string) {
	http.Error(w, msg, code)
}

// Refund uses the local writeError wrapper.
func Refund(w http.ResponseWriter, r *http.Request) {
	if r.URL.Query().Has("async") {
		writeError(w, http.StatusOK, "refund queued") // want "writeError with non-error status 200"
		return
	}
	writeError(w, http.StatusConflict, "already refunded") // ok
}

// Mux wires the handlers.
func Mux() *http.ServeMux {
	mux := http.NewServeMux()
	mux.HandleFunc("/orders", GetOrder)
	mux.HandleFunc("/orders/cancel", CancelOrder)
	mux.HandleFunc("/legacy/", Legacy)
	mux.HandleFunc("/login", Login)
	mux.HandleFunc("/catalog", Catalog)
	mux.HandleFunc("/pay", Pay)
	mux.HandleFunc("/orders/delete", DeleteOrder)
	mux.HandleFunc("/revalidate", Revalidate)
	mux.HandleFunc("/purge", Purge)
	mux.HandleFunc("/refund", Refund)
	mux.HandleFunc("/maintenance", Maintenance)
	mux.Handle("/home", oldHome)
	mux.Handle("/docs", oldDocs)
	return mux
}
