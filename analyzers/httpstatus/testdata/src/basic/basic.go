package basic // want package:`wrapperPackage\(1\)`

import (
	"errors"
	"net/http"
)

const teapotish = 299

func handler(w http.ResponseWriter, r *http.Request) {
	w.WriteHeader(42)                        // want `invalid HTTP status code 42: net/http panics with "invalid WriteHeader code 42"`
	w.WriteHeader(1000)                      // want `invalid HTTP status code 1000`
	w.WriteHeader(teapotish)                 // want `unregistered HTTP status code 299: it is not in the IANA registry, so clients treat it as a plain 200`
	w.WriteHeader(499)                       // want `unregistered HTTP status code 499`
	w.WriteHeader(600)                       // want `unregistered HTTP status code 600: HTTP defines only the classes 1xx to 5xx`
	w.WriteHeader(418)                       // want `numeric status code 418; use http.StatusTeapot`
	w.WriteHeader(104)                       // ok: registered (temporary), and net/http has no constant
	w.WriteHeader(http.StatusOK)             // ok: the constant
	w.WriteHeader(404)                       // want `numeric status code 404; use http.StatusNotFound`
	w.WriteHeader((201))                     // want `numeric status code 201; use http.StatusCreated`
	http.Error(w, "gone", 200)               // want `http.Error with non-error status 200: the client sees a success, not a failure; use a 4xx or 5xx code`
	http.Error(w, "moved", http.StatusFound) // want `http.Error with non-error status 302: the client sees a redirect`
	http.Error(w, "", 400)                   // want `numeric status code 400` `http.Error with empty message for status 400`
	http.Error(w, "", http.StatusBadRequest) // want `http.Error with empty message for status 400`
	http.Error(w, "", http.StatusBadGateway) // ok: 5xx may hide the details
	http.Error(w, "bad id", http.StatusBadRequest)
	http.Redirect(w, r, "/", 200) // want `http.Redirect with non-redirect status 200: clients do not follow the Location header of a 200 response`
	http.Redirect(w, r, "/", 304) // want `http.Redirect with non-redirect status 304`
	http.Redirect(w, r, "/", http.StatusSeeOther)
	http.Redirect(w, r, "/", 307)      // want `numeric status code 307; use http.StatusTemporaryRedirect`
	_ = http.RedirectHandler("/", 404) // want `http.RedirectHandler with non-redirect status 404`
	_ = http.StatusText(299)           // want `unregistered HTTP status code 299`
	_ = http.StatusText(0)             // want `invalid HTTP status code 0: http.StatusText has no text for it`
	_ = http.StatusText(500)           // want `numeric status code 500; use http.StatusInternalServerError`
	_ = errors.New("x")
}

// Comparisons and ranges are not status sinks.
func compare(resp *http.Response) bool {
	if resp.StatusCode == 404 || resp.StatusCode >= 500 {
		return true
	}
	switch resp.StatusCode {
	case 200, 204:
		return false
	}
	return resp.StatusCode/100 == 2
}

// A non-constant code is not evaluated.
func dynamic(w http.ResponseWriter, code int) { // want dynamic:`statusParam`
	w.WriteHeader(code)
	http.Error(w, "x", code)
}

// Calls outside any function: package-level initializers.
var text = http.StatusText(299) // want `unregistered HTTP status code 299`

var handlerVar = http.RedirectHandler("/", 200) // want `http.RedirectHandler with non-redirect status 200`
