// Package chi is a test stub of github.com/go-chi/chi/v5@v5.5.0. It declares
// only the API that protolint resolves; bodies are dummies.
//
// Only the routing surface of a typical CORS setup is declared: NewRouter,
// NewMux, Router, Routes, Mux, Middlewares, Chain, Route, Context and
// URLParam. (*Mux).MethodNotAllowedHandler is omitted because its parameter
// type is unexported.
package chi

import (
	"context"
	"net/http"
)

// NewRouter returns a new Mux object that implements the Router interface
// (chi.go).
func NewRouter() *Mux { return nil }

// Router consisting of the core routing methods used by chi's Mux, using
// only the standard net/http.
type Router interface {
	http.Handler
	Routes

	// Use appends one or more middlewares onto the Router stack.
	Use(middlewares ...func(http.Handler) http.Handler)

	// With adds inline middlewares for an endpoint handler.
	With(middlewares ...func(http.Handler) http.Handler) Router

	// Group adds a new inline-Router along the current routing path, with a
	// fresh middleware stack for the inline-Router.
	Group(fn func(r Router)) Router

	// Route mounts a sub-Router along a `pattern` string.
	Route(pattern string, fn func(r Router)) Router

	// Mount attaches another http.Handler along ./pattern/*
	Mount(pattern string, h http.Handler)

	// Handle and HandleFunc adds routes for `pattern` that matches all HTTP
	// methods.
	Handle(pattern string, h http.Handler)
	HandleFunc(pattern string, h http.HandlerFunc)

	// Method and MethodFunc adds routes for `pattern` that matches the
	// `method` HTTP method.
	Method(method, pattern string, h http.Handler)
	MethodFunc(method, pattern string, h http.HandlerFunc)

	// HTTP-method routing along `pattern`
	Connect(pattern string, h http.HandlerFunc)
	Delete(pattern string, h http.HandlerFunc)
	Get(pattern string, h http.HandlerFunc)
	Head(pattern string, h http.HandlerFunc)
	Options(pattern string, h http.HandlerFunc)
	Patch(pattern string, h http.HandlerFunc)
	Post(pattern string, h http.HandlerFunc)
	Put(pattern string, h http.HandlerFunc)
	Query(pattern string, h http.HandlerFunc)
	Trace(pattern string, h http.HandlerFunc)

	// NotFound defines a handler to respond whenever a route could not be
	// found.
	NotFound(h http.HandlerFunc)

	// MethodNotAllowed defines a handler to respond whenever a method is not
	// allowed.
	MethodNotAllowed(h http.HandlerFunc)
}

// Routes interface adds two methods for router traversal.
type Routes interface {
	// Routes returns the routing tree in an easily traversable structure.
	Routes() []Route

	// Middlewares returns the list of middlewares in use by the router.
	Middlewares() Middlewares

	// Match searches the routing tree for a handler that matches the
	// method/path.
	Match(rctx *Context, method, path string) bool

	// Find searches the routing tree for the pattern that matches the
	// method/path.
	Find(rctx *Context, method, path string) string
}

// Middlewares type is a slice of standard middleware handlers with methods
// to compose middleware chains and http.Handler's.
type Middlewares []func(http.Handler) http.Handler

// Chain returns a Middlewares type from a slice of middleware handlers
// (chain.go).
func Chain(middlewares ...func(http.Handler) http.Handler) Middlewares {
	return Middlewares(middlewares)
}

// Handler builds and returns a http.Handler from the chain of middlewares,
// with `h http.Handler` as the final handler.
func (mws Middlewares) Handler(h http.Handler) http.Handler { return h }

// HandlerFunc builds and returns a http.Handler from the chain of
// middlewares, with `h http.Handler` as the final handler.
func (mws Middlewares) HandlerFunc(h http.HandlerFunc) http.Handler { return h }

// Mux is a simple HTTP route multiplexer (mux.go). The unexported fields of
// the real type are omitted.
type Mux struct{}

var _ Router = &Mux{}

// NewMux returns a newly initialized Mux object that implements the Router
// interface.
func NewMux() *Mux { return nil }

func (mx *Mux) ServeHTTP(w http.ResponseWriter, r *http.Request) {}

// Use appends a middleware handler to the Mux middleware stack. It panics if
// called after a route was defined.
func (mx *Mux) Use(middlewares ...func(http.Handler) http.Handler) {}

func (mx *Mux) Handle(pattern string, handler http.Handler) {}

func (mx *Mux) HandleFunc(pattern string, handlerFn http.HandlerFunc) {}

func (mx *Mux) Method(method, pattern string, handler http.Handler) {}

func (mx *Mux) MethodFunc(method, pattern string, handlerFn http.HandlerFunc) {}

func (mx *Mux) Connect(pattern string, handlerFn http.HandlerFunc) {}

func (mx *Mux) Delete(pattern string, handlerFn http.HandlerFunc) {}

func (mx *Mux) Get(pattern string, handlerFn http.HandlerFunc) {}

func (mx *Mux) Head(pattern string, handlerFn http.HandlerFunc) {}

func (mx *Mux) Options(pattern string, handlerFn http.HandlerFunc) {}

func (mx *Mux) Patch(pattern string, handlerFn http.HandlerFunc) {}

func (mx *Mux) Post(pattern string, handlerFn http.HandlerFunc) {}

func (mx *Mux) Put(pattern string, handlerFn http.HandlerFunc) {}

func (mx *Mux) Query(pattern string, handlerFn http.HandlerFunc) {}

func (mx *Mux) Trace(pattern string, handlerFn http.HandlerFunc) {}

func (mx *Mux) NotFound(handlerFn http.HandlerFunc) {}

func (mx *Mux) MethodNotAllowed(handlerFn http.HandlerFunc) {}

func (mx *Mux) With(middlewares ...func(http.Handler) http.Handler) Router { return nil }

func (mx *Mux) Group(fn func(r Router)) Router { return nil }

func (mx *Mux) Route(pattern string, fn func(r Router)) Router { return nil }

func (mx *Mux) Mount(pattern string, handler http.Handler) {}

func (mx *Mux) Routes() []Route { return nil }

func (mx *Mux) Middlewares() Middlewares { return nil }

func (mx *Mux) Match(rctx *Context, method, path string) bool { return false }

func (mx *Mux) Find(rctx *Context, method, path string) string { return "" }

func (mx *Mux) NotFoundHandler() http.HandlerFunc { return nil }

// Route describes the details of a routing handler (tree.go).
type Route struct {
	SubRoutes Routes
	Handlers  map[string]http.Handler
	Pattern   string
}

// Context is the default routing context set on the root node of a request
// context (context.go). The unexported fields of the real type are omitted.
type Context struct {
	Routes Routes

	RoutePath   string
	RouteMethod string

	URLParams RouteParams

	RoutePatterns []string
}

// Reset a routing context to its initial state.
func (x *Context) Reset() {}

// Clone a routing context so that it may be used outside of the
// request/response lifecycle.
func (x *Context) Clone() *Context { return nil }

// URLParam returns the corresponding URL parameter value from the request
// routing context.
func (x *Context) URLParam(key string) string { return "" }

// RoutePattern builds the routing pattern string for the particular request.
func (x *Context) RoutePattern() string { return "" }

// RouteParams is a structure to track URL routing parameters efficiently.
type RouteParams struct {
	Keys, Values []string
}

// Add will append a URL parameter to the end of the route param.
func (s *RouteParams) Add(key, value string) {}

// URLParam returns the url parameter from a http.Request object.
func URLParam(r *http.Request, key string) string { return "" }

// URLParamFromCtx returns the url parameter from a http.Request Context.
func URLParamFromCtx(ctx context.Context, key string) string { return "" }

// RouteContext returns chi's routing Context object from a http.Request
// Context.
func RouteContext(ctx context.Context) *Context { return nil }

// NewRouteContext returns a new routing Context object.
func NewRouteContext() *Context { return &Context{} }
