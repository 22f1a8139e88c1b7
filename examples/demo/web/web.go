// Package web holds the response helpers shared by the demo's handlers.
package web

import (
	"encoding/json"
	"log"
	"net/http"
)

// WriteJSON writes v as a JSON document with the given status.
func WriteJSON(w http.ResponseWriter, code int, v any) {
	w.Header().Set("Content-Type", "application/json")
	w.WriteHeader(code)
	if err := json.NewEncoder(w).Encode(v); err != nil {
		log.Printf("web: encoding response: %v", err)
	}
}

// WriteError writes msg as a plain-text error with the given status.
func WriteError(w http.ResponseWriter, code int, msg string) {
	http.Error(w, msg, code)
}
