package a

import (
	"net/http"

	"b"
)

type code int

var top = http.StatusText(200) // want `site http.StatusText at package level`

func handler(w http.ResponseWriter, r *http.Request) {
	b.Handle(w)                      // want `site b.Handle in handler`
	f := w.WriteHeader               // a method value, assigned once
	f(int(code(204)))                // want `site \(http.ResponseWriter\).WriteHeader in handler` `unresolved` `unresolved`
	_ = len(top)                     // want `unresolved`
	func() { http.NotFound(w, r) }() // want `site http.NotFound in func literal` `unresolved`
}
