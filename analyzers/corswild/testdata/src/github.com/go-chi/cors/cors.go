// Package cors is a test stub of github.com/go-chi/cors@v1.2.2. It declares
// only the API that protolint resolves; bodies are dummies.
package cors

import "net/http"

// Options is a configuration container to setup the CORS middleware
// (cors.go). When AllowOriginFunc is set it wins over AllowedOrigins.
type Options struct {
	// AllowedOrigins is a list of origins a cross-domain request can be
	// executed from. "*" allows all origins. Default value is ["*"].
	AllowedOrigins []string

	// AllowOriginFunc is a custom function to validate the origin. Unlike
	// rs/cors it also receives the request.
	AllowOriginFunc func(r *http.Request, origin string) bool

	// AllowedMethods defaults to HEAD, GET and POST.
	AllowedMethods []string

	// AllowedHeaders: "*" allows all headers. "Origin" is always appended.
	AllowedHeaders []string

	// ExposedHeaders indicates which headers are safe to expose.
	ExposedHeaders []string

	// AllowCredentials sends Access-Control-Allow-Credentials: true.
	AllowCredentials bool

	// MaxAge indicates how long (in seconds) a preflight may be cached.
	MaxAge int

	// OptionsPassthrough lets the next handler process OPTIONS.
	OptionsPassthrough bool

	// Debug adds debug output.
	Debug bool
}

// Logger generic interface for logger.
type Logger interface {
	Printf(string, ...interface{})
}

// Cors http handler. The unexported fields of the real type are omitted.
type Cors struct {
	// Debug logger
	Log Logger
}

// New creates a new Cors handler with the provided options.
func New(options Options) *Cors { return nil }

// Handler creates a new Cors handler with passed options.
func Handler(options Options) func(next http.Handler) http.Handler {
	return func(next http.Handler) http.Handler { return next }
}

// AllowAll creates a new Cors handler with permissive configuration:
// AllowedOrigins {"*"}, methods HEAD GET POST PUT PATCH DELETE,
// AllowedHeaders {"*"}, AllowCredentials false.
func AllowAll() *Cors { return nil }

// Handler applies the CORS specification on the request.
func (c *Cors) Handler(next http.Handler) http.Handler { return next }
