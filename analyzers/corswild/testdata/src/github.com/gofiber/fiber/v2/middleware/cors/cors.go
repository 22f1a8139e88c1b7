// Package cors is a test stub of
// github.com/gofiber/fiber/v2@v2.52.15/middleware/cors. It declares only the
// API that protolint resolves; bodies are dummies.
//
// The list fields are comma-separated strings, not slices.
package cors

import (
	"strings"

	"github.com/gofiber/fiber/v2"
)

// Config defines the config for middleware (cors.go).
type Config struct {
	// Next defines a function to skip this middleware when returned true.
	Next func(c *fiber.Ctx) bool

	// AllowOriginsFunc sets the Access-Control-Allow-Origin response header
	// to the request's origin when it returns true.
	AllowOriginsFunc func(origin string) bool

	// AllowOrigins defines a comma separated list of origins that may access
	// the resource. Optional. Default value "*".
	AllowOrigins string

	// AllowMethods defines a list methods allowed when accessing the
	// resource. Optional. Default value "GET,POST,HEAD,PUT,DELETE,PATCH".
	AllowMethods string

	// AllowHeaders defines a list of request headers that can be used when
	// making the actual request. Optional. Default value "".
	AllowHeaders string

	// AllowCredentials: if true, AllowOrigins cannot be set to a wildcard
	// ("*"); New panics. Optional. Default value false.
	AllowCredentials bool

	// ExposeHeaders defines a whitelist headers that clients are allowed to
	// access. Optional. Default value "".
	ExposeHeaders string

	// MaxAge indicates how long (in seconds) a preflight may be cached.
	// Optional. Default value 0.
	MaxAge int
}

// ConfigDefault is the default config.
var ConfigDefault = Config{
	Next:             nil,
	AllowOriginsFunc: nil,
	AllowOrigins:     "*",
	AllowMethods: strings.Join([]string{
		fiber.MethodGet,
		fiber.MethodPost,
		fiber.MethodHead,
		fiber.MethodPut,
		fiber.MethodDelete,
		fiber.MethodPatch,
	}, ","),
	AllowHeaders:     "",
	AllowCredentials: false,
	ExposeHeaders:    "",
	MaxAge:           0,
}

// New creates a new middleware handler.
func New(config ...Config) fiber.Handler { return nil }
