// Package handlers is a test stub of github.com/gorilla/handlers@v1.5.2. It
// declares only the API that protolint resolves (the CORS middleware of
// cors.go); bodies are dummies.
package handlers

import "net/http"

// CORSOption represents a functional option for configuring the CORS
// middleware.
type CORSOption func(*cors) error

// cors is the unexported middleware state; its fields are omitted.
type cors struct{}

// OriginValidator takes an origin string and returns whether or not that
// origin is allowed.
type OriginValidator func(string) bool

// CORS provides Cross-Origin Resource Sharing middleware. Option errors are
// ignored.
func CORS(opts ...CORSOption) func(http.Handler) http.Handler {
	return func(h http.Handler) http.Handler { return h }
}

// AllowedHeaders adds the provided headers to the list of allowed headers
// (an append to Accept, Accept-Language, Content-Language and Origin).
func AllowedHeaders(headers []string) CORSOption { return nil }

// AllowedMethods replaces the default methods GET, HEAD and POST.
func AllowedMethods(methods []string) CORSOption { return nil }

// AllowedOrigins sets the allowed origins for CORS requests. Passing in a
// []string{"*"} will allow any domain.
func AllowedOrigins(origins []string) CORSOption { return nil }

// AllowedOriginValidator sets a function for evaluating allowed origins in
// CORS requests.
func AllowedOriginValidator(fn OriginValidator) CORSOption { return nil }

// OptionStatusCode sets a custom status code on the OPTIONS requests
// (default 200).
func OptionStatusCode(code int) CORSOption { return nil }

// ExposedHeaders can be used to specify headers that are available and will
// not be stripped out by the user-agent.
func ExposedHeaders(headers []string) CORSOption { return nil }

// MaxAge determines the maximum age (in seconds) between preflight requests,
// capped at 600.
func MaxAge(age int) CORSOption { return nil }

// IgnoreOptions causes the CORS middleware to pass OPTIONS requests to the
// next handler.
func IgnoreOptions() CORSOption { return nil }

// AllowCredentials can be used to specify that the user agent may pass
// authentication details along with the request.
func AllowCredentials() CORSOption { return nil }
