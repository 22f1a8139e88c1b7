// Package middleware is a test stub of
// github.com/labstack/echo/v5@v5.4.4/middleware. It declares only the API
// that protolint resolves; bodies are dummies.
//
// Unlike v4 there is no DefaultCORSConfig, no AllowOriginFunc and no
// UnsafeWildcardOriginWithAllowCredentials, and CORSConfig has no struct tags.
package middleware

import (
	"github.com/labstack/echo/v5"
)

// Skipper defines a function to skip middleware. Returning true skips
// processing the middleware (middleware.go).
type Skipper func(c *echo.Context) bool

// BeforeFunc defines a function which is executed just before the middleware.
type BeforeFunc func(c *echo.Context)

// DefaultSkipper returns false which processes the middleware.
func DefaultSkipper(c *echo.Context) bool { return false }

// CORSConfig defines the config for CORS middleware (cors.go).
type CORSConfig struct {
	// Skipper defines a function to skip middleware.
	Skipper Skipper

	// AllowOrigins determines the value of the Access-Control-Allow-Origin
	// response header. Wildcard has to be set explicitly []string{"*"}.
	//
	// Mandatory.
	AllowOrigins []string

	// UnsafeAllowOriginFunc is an optional custom function to validate the
	// origin. It returns the allowed origin, whether it is allowed, and an
	// error. If this option is set, AllowOrigins is ignored.
	UnsafeAllowOriginFunc func(c *echo.Context, origin string) (allowedOrigin string, allowed bool, err error)

	// AllowMethods determines the value of the Access-Control-Allow-Methods
	// response header.
	AllowMethods []string

	// AllowHeaders determines the value of the Access-Control-Allow-Headers
	// response header.
	AllowHeaders []string

	// AllowCredentials determines the value of the
	// Access-Control-Allow-Credentials response header.
	//
	// Security: avoid using `AllowCredentials = true` with `AllowOrigins = *`.
	AllowCredentials bool

	// ExposeHeaders determines the value of Access-Control-Expose-Headers.
	ExposeHeaders []string

	// MaxAge determines the value of the Access-Control-Max-Age response
	// header. The header is set only if MaxAge != 0.
	MaxAge int
}

// CORS returns a Cross-Origin Resource Sharing (CORS) middleware:
// CORSWithConfig(CORSConfig{AllowOrigins: allowOrigins}).
func CORS(allowOrigins ...string) echo.MiddlewareFunc { return nil }

// CORSWithConfig returns a CORS middleware with config or panics on invalid
// configuration.
func CORSWithConfig(config CORSConfig) echo.MiddlewareFunc { return nil }

// ToMiddleware converts CORSConfig to middleware or returns an error for
// invalid configuration.
func (config CORSConfig) ToMiddleware() (echo.MiddlewareFunc, error) { return nil, nil }
