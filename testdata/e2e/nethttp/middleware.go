package nethttp

import (
	"net/http"
	"net/http/httptest"
)

// statusWriter is a user ResponseWriter wrapper that records the status.
type statusWriter struct {
	http.ResponseWriter
	status int
}

func (s *statusWriter) WriteHeader(code int) {
	s.status = code
	s.ResponseWriter.WriteHeader(code)
}

// Logged records the status written by next.
func Logged(next http.Handler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		sw := &statusWriter{ResponseWriter: w, status: http.StatusOK}
		if r.URL.Path == "/debug/fail" {
			sw.WriteHeader(42) // want "invalid HTTP status code 42:"
			return
		}
		if r.URL.Path == "/debug/accepted" {
			sw.WriteHeader(http.StatusAccepted) // ok
			return
		}
		next.ServeHTTP(sw, r)
		if sw.status >= 500 { // ok: range check, not a sink
			sw.status = http.StatusBadGateway
		}
	})
}

// Preview renders h into a recorder so the caller can inspect the response.
func Preview(h http.Handler, r *http.Request) *httptest.ResponseRecorder {
	rec := httptest.NewRecorder()
	h.ServeHTTP(rec, r)
	if rec.Code == 0 { // ok: comparison
		rec.WriteHeader(520) // want "unregistered HTTP status code 520"
	}
	if rec.Code == 404 { // ok: comparison with a literal
		rec.WriteHeader(http.StatusGone) // ok
	}
	return rec
}
