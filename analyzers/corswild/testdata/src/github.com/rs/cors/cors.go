// Package cors is a test stub of github.com/rs/cors@v1.11.1. It declares only
// the API that protolint resolves; bodies are dummies.
package cors

import "net/http"

// Options is a configuration container to setup the CORS middleware
// (cors.go). Precedence of the origin checks: AllowOriginVaryRequestFunc,
// AllowOriginRequestFunc, AllowOriginFunc, AllowedOrigins. An empty
// AllowedOrigins allows all origins; a "*" entry makes the list match-all.
type Options struct {
	// AllowedOrigins is a list of origins a cross-domain request can be
	// executed from. Default value is ["*"].
	AllowedOrigins []string
	// AllowOriginFunc is a custom function to validate the origin. If set,
	// AllowedOrigins is ignored.
	AllowOriginFunc func(origin string) bool
	// AllowOriginRequestFunc is a custom function to validate the origin.
	//
	// Deprecated: use AllowOriginVaryRequestFunc instead.
	AllowOriginRequestFunc func(r *http.Request, origin string) bool
	// AllowOriginVaryRequestFunc is a custom function to validate the origin
	// that also returns the headers to add to Vary.
	AllowOriginVaryRequestFunc func(r *http.Request, origin string) (bool, []string)
	// AllowedMethods defaults to HEAD, GET and POST.
	AllowedMethods []string
	// AllowedHeaders: "*" allows all headers (the requested ones are reflected).
	AllowedHeaders []string
	// ExposedHeaders indicates which headers are safe to expose.
	ExposedHeaders []string
	// MaxAge in seconds: 0 sends no header, a negative value sends "0".
	MaxAge int
	// AllowCredentials sends Access-Control-Allow-Credentials: true.
	AllowCredentials bool
	// AllowPrivateNetwork accepts cross-origin requests over a private network.
	AllowPrivateNetwork bool
	// OptionsPassthrough lets the next handler process OPTIONS.
	OptionsPassthrough bool
	// OptionsSuccessStatus defaults to http.StatusNoContent.
	OptionsSuccessStatus int
	// Debug adds debug output.
	Debug bool
	// Logger adds a custom logger, implies Debug is true.
	Logger Logger
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

// Default creates a new Cors handler with default options: New(Options{}),
// that is every origin, methods GET, POST and HEAD.
func Default() *Cors { return nil }

// AllowAll creates a new Cors handler with permissive configuration:
// AllowedOrigins {"*"}, methods HEAD GET POST PUT PATCH DELETE,
// AllowedHeaders {"*"}, AllowCredentials false.
func AllowAll() *Cors { return nil }

// Handler applies the CORS specification on the request.
func (c *Cors) Handler(h http.Handler) http.Handler { return h }

// HandlerFunc provides Martini compatible handler.
func (c *Cors) HandlerFunc(w http.ResponseWriter, r *http.Request) {}

// ServeHTTP is the Negroni compatible interface.
func (c *Cors) ServeHTTP(w http.ResponseWriter, r *http.Request, next http.HandlerFunc) {}

// OriginAllowed checks the Origin of a request. No origin at all is also
// allowed.
func (c *Cors) OriginAllowed(r *http.Request) bool { return false }
