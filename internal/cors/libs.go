// Package cors is protolint's model of CORS configurations: which struct fields,
// constructors and options of each library set what (allowed origins, origin
// callbacks, credentials, methods, headers, exposed headers), what each library does
// with them, and how to read a configuration out of the source with the values that
// are statically known. corswild and customheader share it.
//
// Libraries and versions, from the project's API reference (§4): rs/cors v1.11.1,
// go-chi/cors v1.2.2, gin-contrib/cors v1.7.7, echo v4.16.0 and v5.4.4 middleware,
// fiber v2.52.15 and v3.1.0 cors middleware, gorilla/handlers v1.5.2.
package cors

// A Role is what a configuration field or option sets.
type Role int

const (
	Origins        Role = iota // the allowed origins
	AllowAll                   // a bool that allows every origin (gin-contrib AllowAllOrigins)
	OriginFunc                 // a callback that decides whether an origin is allowed
	Credentials                // a bool that allows credentials
	Methods                    // the allowed methods
	Headers                    // the allowed request headers
	Exposed                    // the exposed response headers
	UnsafeWildcard             // echo v4 UnsafeWildcardOriginWithAllowCredentials: reflect any origin
	Wildcards                  // gin-contrib AllowWildcard: enables * patterns in origins
)

// StarWithCredentials is what a library does with the "*" origin (or its
// allow-all default) when credentials are allowed.
type StarWithCredentials int

const (
	// SendsStar: the library sends "Access-Control-Allow-Origin: *" with
	// "Access-Control-Allow-Credentials: true"; browsers refuse the credentialed read.
	SendsStar StarWithCredentials = iota
	// Panics: the library refuses the configuration at startup.
	Panics
)

// A Lib is a CORS library.
type Lib struct {
	Name  string   // as messages name it: "rs/cors", "gin-contrib/cors"
	Paths []string // import paths of the package that declares the configuration
	Star  StarWithCredentials
	// StarPanic is the library's startup panic text for "*" with credentials, if Star is Panics.
	StarPanic string
	// EmptyIsAll: an empty origin list (and no callback) allows every origin.
	EmptyIsAll bool
	// CommaList: list fields are comma-separated strings (fiber v2), not slices.
	CommaList bool
	// Patterns says how "*" inside an origin works: "" (not supported), "glob" (one *
	// matches any text: rs/cors, go-chi, echo v4, gin-contrib with AllowWildcard),
	// "subdomain" (only "://*." is a pattern: fiber).
	Patterns string
	// Regexps: entries written /.../ are unanchored regular expressions (gin-contrib).
	Regexps bool
	// ReflectsNull: "null" in the list is matched and reflected (with credentials);
	// otherwise the library rejects it at startup.
	ReflectsNull bool
	// HeadersStarWorks: "*" in the allowed headers makes the library reflect the
	// requested headers, which works with credentials (rs/cors, go-chi).
	HeadersStarWorks bool
	// FuncOverridesList: when an origin callback is set, the library ignores the
	// origin list altogether (rs/cors, echo v4).
	FuncOverridesList bool
}

// The libraries.
var (
	RsCors = &Lib{Name: "rs/cors", Paths: []string{"github.com/rs/cors"}, Star: SendsStar,
		EmptyIsAll: true, Patterns: "glob", ReflectsNull: true, HeadersStarWorks: true, FuncOverridesList: true}
	ChiCors = &Lib{Name: "go-chi/cors", Paths: []string{"github.com/go-chi/cors"}, Star: SendsStar,
		EmptyIsAll: true, Patterns: "glob", ReflectsNull: true, HeadersStarWorks: true}
	GinCors = &Lib{Name: "gin-contrib/cors", Paths: []string{"github.com/gin-contrib/cors"}, Star: SendsStar,
		Patterns: "glob", Regexps: true} // patterns only with AllowWildcard
	EchoCors = &Lib{Name: "echo", Paths: []string{"github.com/labstack/echo/v4/middleware", "github.com/labstack/echo/middleware"}, Star: SendsStar,
		EmptyIsAll: true, Patterns: "glob", ReflectsNull: true, FuncOverridesList: true}
	Echo5Cors = &Lib{Name: "echo v5", Paths: []string{"github.com/labstack/echo/v5/middleware"}, Star: Panics,
		StarPanic: "* as allowed origin and AllowCredentials=true is insecure and not allowed"}
	FiberCors = &Lib{Name: "fiber", Paths: []string{"github.com/gofiber/fiber/v2/middleware/cors"}, Star: Panics,
		StarPanic:  "[CORS] Insecure setup, 'AllowCredentials' is set to true, and 'AllowOrigins' is set to a wildcard.",
		EmptyIsAll: true, CommaList: true, Patterns: "subdomain"}
	Fiber3Cors = &Lib{Name: "fiber v3", Paths: []string{"github.com/gofiber/fiber/v3/middleware/cors"}, Star: Panics,
		StarPanic:  "[CORS] Configuration error: When 'AllowCredentials' is set to true, 'AllowOrigins' cannot contain a wildcard origin '*'.",
		EmptyIsAll: true, Patterns: "subdomain"}
	GorillaCors = &Lib{Name: "gorilla/handlers", Paths: []string{"github.com/gorilla/handlers"}, Star: SendsStar,
		EmptyIsAll: true, ReflectsNull: true}
)

// Libs lists them.
var Libs = []*Lib{RsCors, ChiCors, GinCors, EchoCors, Echo5Cors, FiberCors, Fiber3Cors, GorillaCors}

// A Field is a field of a library's configuration struct.
type Field struct {
	Lib        *Lib
	Type, Name string
	Role       Role
}

// Fields lists the configuration struct fields, one row per field, with its type.
var Fields = []Field{
	{RsCors, "Options", "AllowedOrigins", Origins},                                       // []string
	{RsCors, "Options", "AllowOriginFunc", OriginFunc},                                   // func(origin string) bool
	{RsCors, "Options", "AllowOriginRequestFunc", OriginFunc},                            // func(r *http.Request, origin string) bool
	{RsCors, "Options", "AllowOriginVaryRequestFunc", OriginFunc},                        // func(r *http.Request, origin string) (bool, []string)
	{RsCors, "Options", "AllowedMethods", Methods},                                       // []string
	{RsCors, "Options", "AllowedHeaders", Headers},                                       // []string
	{RsCors, "Options", "ExposedHeaders", Exposed},                                       // []string
	{RsCors, "Options", "AllowCredentials", Credentials},                                 // bool
	{ChiCors, "Options", "AllowedOrigins", Origins},                                      // []string
	{ChiCors, "Options", "AllowOriginFunc", OriginFunc},                                  // func(r *http.Request, origin string) bool
	{ChiCors, "Options", "AllowedMethods", Methods},                                      // []string
	{ChiCors, "Options", "AllowedHeaders", Headers},                                      // []string
	{ChiCors, "Options", "ExposedHeaders", Exposed},                                      // []string
	{ChiCors, "Options", "AllowCredentials", Credentials},                                // bool
	{GinCors, "Config", "AllowAllOrigins", AllowAll},                                     // bool
	{GinCors, "Config", "AllowOrigins", Origins},                                         // []string
	{GinCors, "Config", "AllowOriginFunc", OriginFunc},                                   // func(origin string) bool
	{GinCors, "Config", "AllowOriginWithContextFunc", OriginFunc},                        // func(c *gin.Context, origin string) bool
	{GinCors, "Config", "AllowMethods", Methods},                                         // []string
	{GinCors, "Config", "AllowHeaders", Headers},                                         // []string
	{GinCors, "Config", "AllowCredentials", Credentials},                                 // bool
	{GinCors, "Config", "ExposeHeaders", Exposed},                                        // []string
	{GinCors, "Config", "AllowWildcard", Wildcards},                                      // bool
	{EchoCors, "CORSConfig", "AllowOrigins", Origins},                                    // []string
	{EchoCors, "CORSConfig", "AllowOriginFunc", OriginFunc},                              // func(origin string) (bool, error)
	{EchoCors, "CORSConfig", "AllowMethods", Methods},                                    // []string
	{EchoCors, "CORSConfig", "AllowHeaders", Headers},                                    // []string
	{EchoCors, "CORSConfig", "AllowCredentials", Credentials},                            // bool
	{EchoCors, "CORSConfig", "UnsafeWildcardOriginWithAllowCredentials", UnsafeWildcard}, // bool
	{EchoCors, "CORSConfig", "ExposeHeaders", Exposed},                                   // []string
	{Echo5Cors, "CORSConfig", "AllowOrigins", Origins},                                   // []string
	{Echo5Cors, "CORSConfig", "UnsafeAllowOriginFunc", OriginFunc},                       // func(c *echo.Context, origin string) (allowedOrigin string, allowed bool, err error)
	{Echo5Cors, "CORSConfig", "AllowMethods", Methods},                                   // []string
	{Echo5Cors, "CORSConfig", "AllowHeaders", Headers},                                   // []string
	{Echo5Cors, "CORSConfig", "AllowCredentials", Credentials},                           // bool
	{Echo5Cors, "CORSConfig", "ExposeHeaders", Exposed},                                  // []string
	{FiberCors, "Config", "AllowOriginsFunc", OriginFunc},                                // func(origin string) bool
	{FiberCors, "Config", "AllowOrigins", Origins},                                       // string, comma-separated
	{FiberCors, "Config", "AllowMethods", Methods},                                       // string, comma-separated
	{FiberCors, "Config", "AllowHeaders", Headers},                                       // string, comma-separated
	{FiberCors, "Config", "AllowCredentials", Credentials},                               // bool
	{FiberCors, "Config", "ExposeHeaders", Exposed},                                      // string, comma-separated
	{Fiber3Cors, "Config", "AllowOriginsFunc", OriginFunc},                               // func(origin string) bool
	{Fiber3Cors, "Config", "AllowOrigins", Origins},                                      // []string
	{Fiber3Cors, "Config", "AllowMethods", Methods},                                      // []string
	{Fiber3Cors, "Config", "AllowHeaders", Headers},                                      // []string
	{Fiber3Cors, "Config", "ExposeHeaders", Exposed},                                     // []string
	{Fiber3Cors, "Config", "AllowCredentials", Credentials},                              // bool
}

// An Option is a gorilla/handlers functional option, or a method that adds to a
// configuration (gin-contrib's AddExposeHeaders). Arg is the index of the value
// (a slice, or the first of variadic strings); -1 for options without a value, which
// set the role to true.
type Option struct {
	Lib        *Lib
	Recv, Name string
	Role       Role
	Arg        int
}

// Options lists them.
var Options = []Option{
	{GorillaCors, "", "AllowedOrigins", Origins, 0},            // func AllowedOrigins(origins []string) CORSOption
	{GorillaCors, "", "AllowedOriginValidator", OriginFunc, 0}, // func AllowedOriginValidator(fn OriginValidator) CORSOption
	{GorillaCors, "", "AllowedMethods", Methods, 0},            // func AllowedMethods(methods []string) CORSOption
	{GorillaCors, "", "AllowedHeaders", Headers, 0},            // func AllowedHeaders(headers []string) CORSOption
	{GorillaCors, "", "ExposedHeaders", Exposed, 0},            // func ExposedHeaders(headers []string) CORSOption
	{GorillaCors, "", "AllowCredentials", Credentials, -1},     // func AllowCredentials() CORSOption
	{GinCors, "Config", "AddAllowMethods", Methods, 0},         // func (c *Config) AddAllowMethods(methods ...string)
	{GinCors, "Config", "AddAllowHeaders", Headers, 0},         // func (c *Config) AddAllowHeaders(headers ...string)
	{GinCors, "Config", "AddExposeHeaders", Exposed, 0},        // func (c *Config) AddExposeHeaders(headers ...string)
}

// A Preset is a constructor that returns a ready configuration.
type Preset struct {
	Lib  *Lib
	Name string
	// AllOrigins: the preset allows every origin. No preset allows credentials.
	AllOrigins bool
	// Config: the preset returns a configuration value that code may modify before
	// use (gin-contrib DefaultConfig); otherwise it returns a finished middleware.
	Config bool
}

// Presets lists them.
var Presets = []Preset{
	{RsCors, "Default", true, false},        // func Default() *Cors: New(Options{}), all origins
	{RsCors, "AllowAll", true, false},       // func AllowAll() *Cors
	{ChiCors, "AllowAll", true, false},      // func AllowAll() *Cors
	{GinCors, "Default", true, false},       // func Default() gin.HandlerFunc: AllowAllOrigins
	{GinCors, "DefaultConfig", false, true}, // func DefaultConfig() Config: no origins, no credentials
	{EchoCors, "CORS", true, false},         // func CORS() echo.MiddlewareFunc: DefaultCORSConfig, "*"
}

// The names of the CORS response headers, as set by hand.
const (
	HeaderAllowOrigin      = "Access-Control-Allow-Origin"
	HeaderAllowCredentials = "Access-Control-Allow-Credentials"
	HeaderAllowMethods     = "Access-Control-Allow-Methods"
	HeaderAllowHeaders     = "Access-Control-Allow-Headers"
	HeaderExposeHeaders    = "Access-Control-Expose-Headers"
)
