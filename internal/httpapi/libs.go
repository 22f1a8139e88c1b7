// Package httpapi is protolint's knowledge of the HTTP response APIs of net/http and
// the Go web frameworks: which functions and methods take a status code, at which
// argument, what kind of helper each is, and what each library does with a code it
// does not accept. One row per API; the analyzers only read these tables.
//
// Signatures and behaviour were read in the module sources of the versions named on
// each library (see also the project's API reference), and the end-to-end test runs
// protolint against those real modules.
package httpapi

// An Engine is what finally puts a status code on the wire.
type Engine int

const (
	// NetHTTP: net/http's ResponseWriter.WriteHeader panics for codes outside 100..999.
	NetHTTP Engine = iota
	// Gin buffers the code; it silently ignores codes <= 0 and hands the rest to net/http.
	Gin
	// Fasthttp sends any positive number verbatim; 0 and negative codes become 200.
	Fasthttp
)

// A Lib is a library under every import path still in use: major versions and
// maintained forks that share the API.
type Lib struct {
	Name   string   // the package name users write: "http", "gin", "echo"
	Paths  []string // import paths, without any vendor prefix
	Engine Engine
}

// The libraries whose status APIs protolint knows.
var (
	// NetHTTPLib is net/http (go1.26).
	NetHTTPLib = &Lib{"http", []string{"net/http"}, NetHTTP}
	// GinLib is github.com/gin-gonic/gin v1.12.0.
	GinLib = &Lib{"gin", []string{"github.com/gin-gonic/gin"}, Gin}
	// EchoLib is echo v4.16.0 and the v3 path (github.com/labstack/echo, same Context API).
	EchoLib = &Lib{"echo", []string{"github.com/labstack/echo/v4", "github.com/labstack/echo"}, NetHTTP}
	// Echo5Lib is echo v5.4.4, whose Context is a struct.
	Echo5Lib = &Lib{"echo", []string{"github.com/labstack/echo/v5"}, NetHTTP}
	// FiberLib is fiber v2.52.15, built on fasthttp.
	FiberLib = &Lib{"fiber", []string{"github.com/gofiber/fiber/v2"}, Fasthttp}
	// Fiber3Lib is fiber v3.1.0, whose Ctx is an interface.
	Fiber3Lib = &Lib{"fiber", []string{"github.com/gofiber/fiber/v3"}, Fasthttp}
	// FasthttpLib is github.com/valyala/fasthttp v1.78.0.
	FasthttpLib = &Lib{"fasthttp", []string{"github.com/valyala/fasthttp"}, Fasthttp}
	// ChiRenderLib is github.com/go-chi/render v1.0.3.
	ChiRenderLib = &Lib{"render", []string{"github.com/go-chi/render"}, NetHTTP}
)

// Libs lists every library above.
var Libs = []*Lib{NetHTTPLib, GinLib, EchoLib, Echo5Lib, FiberLib, Fiber3Lib, FasthttpLib, ChiRenderLib}
