// Package hdrserver mounts the handlers behind CORS.
package hdrserver

import (
	"net/http"

	"github.com/rs/cors"

	"example.com/e2e/hdrhandlers"
)

// Handler returns the CORS-wrapped API.
func Handler() http.Handler {
	mux := http.NewServeMux()
	mux.HandleFunc("/orders", hdrhandlers.Orders)
	mux.HandleFunc("/trace", hdrhandlers.Trace)
	c := cors.New(cors.Options{ // want `^custom response header "Trace-Token" \(set at hdrhandlers/handlers.go:24\) is not exposed by this CORS configuration: browsers hide it from cross-origin scripts; add it to the exposed headers$` `^custom response header "X-Request-Id" \(set at hdrhandlers/handlers.go:16\) is not exposed by this CORS configuration`
		AllowedOrigins:   []string{"https://shop.example.com"},
		ExposedHeaders:   []string{"X-Total-Count"},
		AllowCredentials: true,
	})
	return c.Handler(mux)
}
