package shadowed

import (
	"net/http"
	"net/http/httptest"
)

func handler(w http.ResponseWriter) {
	http := "shadows the package"
	_ = http
	w.WriteHeader(404) // want `numeric status code 404; use http.StatusNotFound`
}

// onlyRecorder imports net/http only through httptest in another file: no fix.
func onlyRecorder() {
	rec := httptest.NewRecorder()
	rec.WriteHeader(202) // want `numeric status code 202; use http.StatusAccepted`
}
