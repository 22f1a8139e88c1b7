// Package cors is a test stub of
// github.com/gofiber/fiber/v3@v3.1.0/middleware/cors. It declares only the API
// that protolint resolves; bodies are dummies.
//
// Unlike v2 the list fields are []string.
package cors

import (
	"github.com/gofiber/fiber/v3"
)

// Config defines the config for middleware (config.go).
type Config struct {
	// Next defines a function to skip this middleware when returned true.
	Next func(c fiber.Ctx) bool

	// AllowOriginsFunc sets the Access-Control-Allow-Origin response header
	// to the request's origin when it returns true. It receives serialized
	// origins or the literal "null".
	AllowOriginsFunc func(origin string) bool

	// AllowOrigins defines a list of origins that may access the resource.
	// "*" allows all origins. Optional. Default value []string{}.
	AllowOrigins []string

	// AllowMethods defines a list methods allowed when accessing the
	// resource. Optional. Default value
	// []string{"GET", "POST", "HEAD", "PUT", "DELETE", "PATCH"}.
	AllowMethods []string

	// AllowHeaders defines a list of request headers that can be used when
	// making the actual request. Optional. Default value []string{}.
	AllowHeaders []string

	// ExposeHeaders defines an allowlist of headers that clients are allowed
	// to access. Optional. Default value []string{}.
	ExposeHeaders []string

	// MaxAge indicates how long (in seconds) a preflight may be cached.
	// Optional. Default value 0.
	MaxAge int

	// DisableValueRedaction turns off redaction of configuration values and
	// origins in logs and panics.
	DisableValueRedaction bool

	// AllowCredentials: if true, AllowOrigins cannot contain the wildcard
	// "*"; New panics. Optional. Default value false.
	AllowCredentials bool

	// AllowPrivateNetwork sets Access-Control-Allow-Private-Network: true.
	AllowPrivateNetwork bool
}

// ConfigDefault is the default config.
var ConfigDefault = Config{
	Next:                  nil,
	AllowOriginsFunc:      nil,
	AllowOrigins:          []string{"*"},
	DisableValueRedaction: false,
	AllowMethods: []string{
		fiber.MethodGet,
		fiber.MethodPost,
		fiber.MethodHead,
		fiber.MethodPut,
		fiber.MethodDelete,
		fiber.MethodPatch,
	},
	AllowHeaders:        []string{},
	AllowCredentials:    false,
	ExposeHeaders:       []string{},
	MaxAge:              0,
	AllowPrivateNetwork: false,
}

// New creates a new middleware handler.
func New(config ...Config) fiber.Handler { return nil }
