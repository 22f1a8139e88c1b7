package methodexpr

import "net/http"

func handler(w http.ResponseWriter, r *http.Request) {
	http.ResponseWriter.WriteHeader(w, 42) // want `invalid HTTP status code 42`
	f := w.WriteHeader
	f(1001) // want `invalid HTTP status code 1001`
	g := http.Error
	g(w, "x", 201) // want `http.Error with non-error status 201`
	var h func(int)
	h = w.WriteHeader
	h = func(int) {}
	h(42) // ok: h is assigned twice, not traced
}
