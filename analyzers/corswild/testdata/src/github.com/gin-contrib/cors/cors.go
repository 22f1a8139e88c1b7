// Package cors is a test stub of github.com/gin-contrib/cors@v1.7.7. It
// declares only the API that protolint resolves; bodies are dummies.
package cors

import (
	"time"

	"github.com/gin-gonic/gin"
)

// Schema lists used by Config.Validate (config.go).
var (
	DefaultSchemas = []string{
		"http://",
		"https://",
	}
	ExtensionSchemas = []string{
		"chrome-extension://",
		"safari-extension://",
		"moz-extension://",
		"ms-browser-extension://",
	}
	FileSchemas = []string{
		"file://",
	}
	WebSocketSchemas = []string{
		"ws://",
		"wss://",
	}
)

// Config represents all available options for the middleware (cors.go).
type Config struct {
	AllowAllOrigins bool

	// AllowOrigins is a list of origins a cross-domain request can be
	// executed from. "*" allows all origins; "/regex/" entries are compiled
	// as unanchored regular expressions. Default value is [].
	AllowOrigins []string

	// AllowOriginFunc is a custom function to validate the origin.
	AllowOriginFunc func(origin string) bool

	// AllowOriginWithContextFunc is AllowOriginFunc with the request context.
	AllowOriginWithContextFunc func(c *gin.Context, origin string) bool

	// AllowMethods is a list of methods the client is allowed to use.
	AllowMethods []string

	// AllowPrivateNetwork adds the allow-private-network header.
	AllowPrivateNetwork bool

	// AllowHeaders is list of non simple headers the client is allowed to use.
	AllowHeaders []string

	// AllowCredentials sends Access-Control-Allow-Credentials: true.
	AllowCredentials bool

	// ExposeHeaders indicates which headers are safe to expose.
	ExposeHeaders []string

	// MaxAge indicates how long (with second-precision) a preflight may be
	// cached.
	MaxAge time.Duration

	// AllowWildcard allows origins like http://some-domain/*, https://api.*
	// or http://some.*.subdomain.com.
	AllowWildcard bool

	// AllowBrowserExtensions allows popular browser extension schemas.
	AllowBrowserExtensions bool

	// CustomSchemas adds custom schemas like tauri://.
	CustomSchemas []string

	// AllowWebSockets allows the ws:// and wss:// schemas.
	AllowWebSockets bool

	// AllowFiles allows the file:// schema.
	AllowFiles bool

	// OptionsResponseStatusCode is the status of OPTIONS responses.
	OptionsResponseStatusCode int
}

// AddAllowMethods is allowed to add custom methods.
func (c *Config) AddAllowMethods(methods ...string) {}

// AddAllowHeaders is allowed to add custom headers.
func (c *Config) AddAllowHeaders(headers ...string) {}

// AddExposeHeaders is allowed to add custom expose headers.
func (c *Config) AddExposeHeaders(headers ...string) {}

// Validate is check configuration of user defined. New panics with its text.
func (c Config) Validate() error { return nil }

// DefaultConfig returns a generic default configuration mapped to localhost.
// It allows no origin.
func DefaultConfig() Config {
	return Config{
		AllowMethods:     []string{"GET", "POST", "PUT", "PATCH", "DELETE", "HEAD", "OPTIONS"},
		AllowHeaders:     []string{"Origin", "Content-Length", "Content-Type"},
		AllowCredentials: false,
		MaxAge:           12 * time.Hour,
	}
}

// Default returns the location middleware with default configuration:
// DefaultConfig with AllowAllOrigins set to true.
func Default() gin.HandlerFunc { return nil }

// New returns the location middleware with user-defined custom
// configuration. It panics if config.Validate fails.
func New(config Config) gin.HandlerFunc { return nil }
