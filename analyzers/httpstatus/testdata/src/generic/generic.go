package generic // want package:`wrapperPackage\(2\)`

import "net/http"

// Box is a generic ResponseWriter wrapper.
type Box[T any] struct {
	http.ResponseWriter
	v T
}

func (b *Box[T]) WriteHeader(code int) { b.ResponseWriter.WriteHeader(code) } // want WriteHeader:`statusParam`

// Send is a generic wrapper function: its code parameter reaches WriteHeader.
func Send[T any](w http.ResponseWriter, code int, v T) { // want Send:`statusParam\(code=1 msg=-1 body=-1 kind=0 via=net/http.ResponseWriter.WriteHeader\)`
	w.WriteHeader(code)
}

func handler(w http.ResponseWriter) {
	b := &Box[string]{ResponseWriter: w}
	b.WriteHeader(42)  // want `invalid HTTP status code 42`
	Send(w, 299, "x")  // want `unregistered HTTP status code 299`
	Send[int](w, 1, 2) // want `invalid HTTP status code 1`
}
