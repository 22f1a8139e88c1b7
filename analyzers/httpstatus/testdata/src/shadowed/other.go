package shadowed

import "net/http/httptest"

func recorderOnly() {
	rec := httptest.NewRecorder()
	rec.WriteHeader(409) // want `numeric status code 409; use http.StatusConflict`
}
