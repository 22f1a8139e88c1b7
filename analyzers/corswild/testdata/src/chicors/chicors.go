package chicors

import (
	"net/http"

	"github.com/go-chi/cors"
)

func middleware() {
	cors.Handler(cors.Options{
		AllowOriginFunc:  func(r *http.Request, origin string) bool { return true }, // want `the origin callback allows every origin, and go-chi/cors reflects`
		AllowCredentials: true,
	})
	cors.Handler(cors.Options{
		AllowedOrigins:   []string{"https://app.example.com"},
		AllowedHeaders:   []string{"*"}, // ok: go-chi reflects the requested headers
		AllowCredentials: true,
	})
	cors.Handler(cors.Options{
		AllowOriginFunc:  allowAll, // want `the origin callback allows every origin`
		AllowCredentials: true,
	})
}

func allowAll(r *http.Request, origin string) bool { return true }
