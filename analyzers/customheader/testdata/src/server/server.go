// want package:`headers\(sets= configs=\[x-total-count\]\)`
package server

import (
	"net/http"

	"github.com/rs/cors"

	"handlers"
)

func Start() {
	mux := http.NewServeMux()
	mux.HandleFunc("/orders", handlers.Orders)
	c := cors.New(cors.Options{ // want `custom response header "Request-Id" \(set at handlers/handlers.go:14\) is not exposed by this CORS configuration: browsers hide it from cross-origin scripts; add it to the exposed headers` `custom response header "X-Page" \(set at handlers/handlers.go:10\) is not exposed` `custom response header "X-Request-Id" \(set at handlers/handlers.go:9\) is not exposed`
		AllowedOrigins: []string{"https://app.example.com"},
		ExposedHeaders: []string{"x-total-count"},
	})
	http.ListenAndServe(":8080", c.Handler(mux))
}
