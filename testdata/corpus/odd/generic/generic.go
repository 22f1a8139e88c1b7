// Package generic has generic wrappers of the status APIs.
package generic

import (
	"encoding/json"
	"net/http"
)

// Writer is any response writer.
type Writer interface {
	http.ResponseWriter
	Flush()
}

// Reply writes v as JSON with code; code reaches WriteHeader unchanged.
func Reply[W Writer, T any](w W, code int, v T) {
	w.Header().Set("Content-Type", "application/json")
	w.WriteHeader(code)
	_ = json.NewEncoder(w).Encode(v)
	w.Flush()
}

// Page is a generic payload.
type Page[T any] struct {
	Items []T `json:"items"`
	Next  string
}

type flusher struct{ http.ResponseWriter }

func (flusher) Flush() {}

// List replies through the generic wrapper.
func List(w http.ResponseWriter, r *http.Request) {
	Reply(flusher{w}, http.StatusOK, Page[string]{Items: []string{"a"}})
	Reply[flusher, Page[int]](flusher{w}, 1000, Page[int]{})
}
