package implementer

import (
	"net/http"
	"net/http/httptest"
)

// loggingWriter embeds the interface: its WriteHeader is the promoted interface method.
type loggingWriter struct{ http.ResponseWriter }

// statusWriter declares its own WriteHeader and implements http.ResponseWriter.
type statusWriter struct {
	http.ResponseWriter
	status int
}

func (s *statusWriter) WriteHeader(code int) { s.status = code; s.ResponseWriter.WriteHeader(code) }

// notAWriter has a WriteHeader method but is no http.ResponseWriter.
type notAWriter struct{}

func (notAWriter) WriteHeader(code int) {}

// RW is an alias of the interface.
type RW = http.ResponseWriter

func handler(w http.ResponseWriter, rw RW) {
	loggingWriter{w}.WriteHeader(42)                  // want `invalid HTTP status code 42`
	(&statusWriter{ResponseWriter: w}).WriteHeader(7) // want `invalid HTTP status code 7`
	httptest.NewRecorder().WriteHeader(1234)          // want `invalid HTTP status code 1234`
	notAWriter{}.WriteHeader(42)                      // ok: not a ResponseWriter
	rw.WriteHeader(0)                                 // want `invalid HTTP status code 0`
}
