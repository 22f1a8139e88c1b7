// want package:`headers\(sets= configs=\[x-trace-id\]\)`
package corsconf

import "github.com/rs/cors"

// New builds the service's CORS middleware.
func New() *cors.Cors {
	return cors.New(cors.Options{
		AllowedOrigins:   []string{"https://app.example.com"},
		ExposedHeaders:   []string{"X-Trace-Id"},
		AllowCredentials: true,
	})
}
