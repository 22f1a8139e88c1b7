// Package middleware is a test stub of
// github.com/labstack/echo/v4@v4.16.0/middleware. It declares only the API
// that protolint resolves; bodies are dummies.
package middleware

import (
	"net/http"

	"github.com/labstack/echo/v4"
)

// Skipper defines a function to skip middleware. Returning true skips
// processing the middleware (middleware.go).
type Skipper func(c echo.Context) bool

// BeforeFunc defines a function which is executed just before the middleware.
type BeforeFunc func(c echo.Context)

// DefaultSkipper returns false which processes the middleware.
func DefaultSkipper(echo.Context) bool { return false }

// CORSConfig defines the config for CORS middleware (cors.go).
type CORSConfig struct {
	// Skipper defines a function to skip middleware.
	Skipper Skipper

	// AllowOrigins determines the value of the Access-Control-Allow-Origin
	// response header. '*' and '?' are wildcards ('.*' and '.').
	// Optional. Default value []string{"*"}.
	AllowOrigins []string `yaml:"allow_origins"`

	// AllowOriginFunc is a custom function to validate the origin. If this
	// option is set, AllowOrigins is ignored.
	AllowOriginFunc func(origin string) (bool, error) `yaml:"-"`

	// AllowMethods determines the value of the Access-Control-Allow-Methods
	// response header. Optional. Default value DefaultCORSConfig.AllowMethods.
	AllowMethods []string `yaml:"allow_methods"`

	// AllowHeaders determines the value of the Access-Control-Allow-Headers
	// response header. Optional. Default value []string{}.
	AllowHeaders []string `yaml:"allow_headers"`

	// AllowCredentials determines the value of the
	// Access-Control-Allow-Credentials response header.
	//
	// Security: avoid using `AllowCredentials = true` with `AllowOrigins = *`.
	AllowCredentials bool `yaml:"allow_credentials"`

	// UnsafeWildcardOriginWithAllowCredentials UNSAFE/INSECURE: allows
	// wildcard '*' origin to be used with AllowCredentials flag. In that case
	// we consider any origin allowed and send it back to the client with
	// `Access-Control-Allow-Origin` header.
	UnsafeWildcardOriginWithAllowCredentials bool `yaml:"unsafe_wildcard_origin_with_allow_credentials"`

	// ExposeHeaders determines the value of Access-Control-Expose-Headers.
	ExposeHeaders []string `yaml:"expose_headers"`

	// MaxAge determines the value of the Access-Control-Max-Age response
	// header. The header is set only if MaxAge != 0.
	MaxAge int `yaml:"max_age"`
}

// DefaultCORSConfig is the default CORS middleware config.
var DefaultCORSConfig = CORSConfig{
	Skipper:      DefaultSkipper,
	AllowOrigins: []string{"*"},
	AllowMethods: []string{http.MethodGet, http.MethodHead, http.MethodPut, http.MethodPatch, http.MethodPost, http.MethodDelete},
}

// CORS returns a Cross-Origin Resource Sharing (CORS) middleware:
// CORSWithConfig(DefaultCORSConfig).
func CORS() echo.MiddlewareFunc { return nil }

// CORSWithConfig returns a CORS middleware with config.
func CORSWithConfig(config CORSConfig) echo.MiddlewareFunc { return nil }
