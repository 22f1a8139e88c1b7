// Package gin is a test stub of github.com/gin-gonic/gin@v1.12.0. It declares
// only the API that protolint resolves; bodies are dummies.
package gin

import (
	"io"
	"net/http"
	"time"

	"github.com/gin-gonic/gin/render"
)

// Modes, with the values of the real package (mode.go).
const (
	DebugMode   = "debug"
	ReleaseMode = "release"
	TestMode    = "test"
)

func SetMode(value string) {}

// H is a shortcut for map[string]any (utils.go).
type H map[string]any

// HandlerFunc defines the handler used by gin middleware as return value (gin.go).
type HandlerFunc func(*Context)

// HandlersChain defines a HandlerFunc slice.
type HandlersChain []HandlerFunc

// OptionFunc defines the function to change the default configuration.
type OptionFunc func(*Engine)

// Param is a single URL parameter, consisting of a key and a value (tree.go).
type Param struct {
	Key   string
	Value string
}

// Params is a Param-slice, as returned by the router.
type Params []Param

func (ps Params) Get(name string) (string, bool) { return "", false }

func (ps Params) ByName(name string) (va string) { return "" }

// ResponseWriter is the gin response writer interface (response_writer.go).
type ResponseWriter interface {
	http.ResponseWriter
	http.Hijacker
	http.Flusher
	http.CloseNotifier

	// Status returns the HTTP response status code of the current request.
	Status() int

	// Size returns the number of bytes already written into the response http body.
	Size() int

	// WriteString writes the string into the response body.
	WriteString(string) (int, error)

	// Written returns true if the response body was already written.
	Written() bool

	// WriteHeaderNow forces to write the http header (status code + headers).
	WriteHeaderNow()

	// Pusher get the http.Pusher for server push
	Pusher() http.Pusher
}

// ErrorType is an unsigned 64-bit error code as defined in the gin spec (errors.go).
type ErrorType uint64

const (
	ErrorTypeBind    ErrorType = 1 << 63
	ErrorTypeRender  ErrorType = 1 << 62
	ErrorTypePrivate ErrorType = 1 << 0
	ErrorTypePublic  ErrorType = 1 << 1
	ErrorTypeAny     ErrorType = 1<<64 - 1
)

// Error represents a error's specification.
type Error struct {
	Err  error
	Type ErrorType
	Meta any
}

func (msg *Error) SetType(flags ErrorType) *Error { return msg }

func (msg *Error) SetMeta(data any) *Error { return msg }

func (msg *Error) JSON() any { return nil }

func (msg *Error) IsType(flags ErrorType) bool { return false }

// Error has a value receiver in the real package.
func (msg Error) Error() string { return "" }

// Unwrap has a value receiver in the real package.
func (msg Error) Unwrap() error { return nil }

type errorMsgs []*Error

func (a errorMsgs) Last() *Error { return nil }

func (a errorMsgs) Errors() []string { return nil }

func (a errorMsgs) String() string { return "" }

// Negotiate contains all negotiations data (context.go).
type Negotiate struct {
	Offered      []string
	HTMLName     string
	HTMLData     any
	JSONData     any
	XMLData      any
	YAMLData     any
	Data         any
	TOMLData     any
	PROTOBUFData any
	BSONData     any
}

// Context is the most important part of gin (context.go).
type Context struct {
	Request *http.Request
	Writer  ResponseWriter

	Params Params

	// Keys is a key/value pair exclusively for the context of each request.
	Keys map[any]any

	// Errors is a list of errors attached to all the handlers/middlewares who used this context.
	Errors errorMsgs

	// Accepted defines a list of manually accepted formats for content negotiation.
	Accepted []string
}

func (c *Context) Copy() *Context { return nil }

func (c *Context) FullPath() string { return "" }

func (c *Context) Next() {}

func (c *Context) IsAborted() bool { return false }

func (c *Context) Abort() {}

func (c *Context) AbortWithStatus(code int) {}

func (c *Context) AbortWithStatusPureJSON(code int, jsonObj any) {}

func (c *Context) AbortWithStatusJSON(code int, jsonObj any) {}

func (c *Context) AbortWithError(code int, err error) *Error { return nil }

func (c *Context) Error(err error) *Error { return nil }

func (c *Context) Set(key any, value any) {}

func (c *Context) Get(key any) (value any, exists bool) { return nil, false }

func (c *Context) MustGet(key any) any { return nil }

func (c *Context) GetString(key any) string { return "" }

func (c *Context) GetInt(key any) int { return 0 }

func (c *Context) Param(key string) string { return "" }

func (c *Context) Query(key string) (value string) { return "" }

func (c *Context) DefaultQuery(key, defaultValue string) string { return "" }

func (c *Context) PostForm(key string) (value string) { return "" }

func (c *Context) Bind(obj any) error { return nil }

func (c *Context) BindJSON(obj any) error { return nil }

func (c *Context) ShouldBind(obj any) error { return nil }

func (c *Context) ShouldBindJSON(obj any) error { return nil }

func (c *Context) ClientIP() string { return "" }

func (c *Context) Status(code int) {}

func (c *Context) Header(key, value string) {}

func (c *Context) GetHeader(key string) string { return "" }

func (c *Context) SetCookie(name, value string, maxAge int, path, domain string, secure, httpOnly bool) {
}

func (c *Context) Cookie(name string) (string, error) { return "", nil }

func (c *Context) Render(code int, r render.Render) {}

func (c *Context) HTML(code int, name string, obj any) {}

func (c *Context) IndentedJSON(code int, obj any) {}

func (c *Context) SecureJSON(code int, obj any) {}

func (c *Context) JSONP(code int, obj any) {}

func (c *Context) JSON(code int, obj any) {}

func (c *Context) AsciiJSON(code int, obj any) {}

func (c *Context) PureJSON(code int, obj any) {}

func (c *Context) XML(code int, obj any) {}

func (c *Context) YAML(code int, obj any) {}

func (c *Context) TOML(code int, obj any) {}

func (c *Context) ProtoBuf(code int, obj any) {}

func (c *Context) BSON(code int, obj any) {}

func (c *Context) String(code int, format string, values ...any) {}

func (c *Context) Redirect(code int, location string) {}

func (c *Context) Data(code int, contentType string, data []byte) {}

func (c *Context) DataFromReader(code int, contentLength int64, contentType string, reader io.Reader, extraHeaders map[string]string) {
}

func (c *Context) File(filepath string) {}

func (c *Context) SSEvent(name string, message any) {}

func (c *Context) Stream(step func(w io.Writer) bool) bool { return false }

func (c *Context) Negotiate(code int, config Negotiate) {}

func (c *Context) NegotiateFormat(offered ...string) string { return "" }

func (c *Context) Deadline() (deadline time.Time, ok bool) { return time.Time{}, false }

func (c *Context) Done() <-chan struct{} { return nil }

func (c *Context) Err() error { return nil }

func (c *Context) Value(key any) any { return nil }

// IRouter defines all router handle interface includes single and group router (routergroup.go).
type IRouter interface {
	IRoutes
	Group(string, ...HandlerFunc) *RouterGroup
}

// IRoutes defines all router handle interface.
type IRoutes interface {
	Use(...HandlerFunc) IRoutes

	Handle(string, string, ...HandlerFunc) IRoutes
	Any(string, ...HandlerFunc) IRoutes
	GET(string, ...HandlerFunc) IRoutes
	POST(string, ...HandlerFunc) IRoutes
	DELETE(string, ...HandlerFunc) IRoutes
	PATCH(string, ...HandlerFunc) IRoutes
	PUT(string, ...HandlerFunc) IRoutes
	OPTIONS(string, ...HandlerFunc) IRoutes
	HEAD(string, ...HandlerFunc) IRoutes
	Match([]string, string, ...HandlerFunc) IRoutes

	StaticFile(string, string) IRoutes
	StaticFileFS(string, string, http.FileSystem) IRoutes
	Static(string, string) IRoutes
	StaticFS(string, http.FileSystem) IRoutes
}

// RouterGroup is used internally to configure router.
type RouterGroup struct {
	Handlers HandlersChain
}

var _ IRouter = (*RouterGroup)(nil)

func (group *RouterGroup) Use(middleware ...HandlerFunc) IRoutes { return nil }

func (group *RouterGroup) Group(relativePath string, handlers ...HandlerFunc) *RouterGroup {
	return nil
}

func (group *RouterGroup) BasePath() string { return "" }

func (group *RouterGroup) Handle(httpMethod, relativePath string, handlers ...HandlerFunc) IRoutes {
	return nil
}

func (group *RouterGroup) POST(relativePath string, handlers ...HandlerFunc) IRoutes { return nil }

func (group *RouterGroup) GET(relativePath string, handlers ...HandlerFunc) IRoutes { return nil }

func (group *RouterGroup) DELETE(relativePath string, handlers ...HandlerFunc) IRoutes { return nil }

func (group *RouterGroup) PATCH(relativePath string, handlers ...HandlerFunc) IRoutes { return nil }

func (group *RouterGroup) PUT(relativePath string, handlers ...HandlerFunc) IRoutes { return nil }

func (group *RouterGroup) OPTIONS(relativePath string, handlers ...HandlerFunc) IRoutes { return nil }

func (group *RouterGroup) HEAD(relativePath string, handlers ...HandlerFunc) IRoutes { return nil }

func (group *RouterGroup) Any(relativePath string, handlers ...HandlerFunc) IRoutes { return nil }

func (group *RouterGroup) Match(methods []string, relativePath string, handlers ...HandlerFunc) IRoutes {
	return nil
}

func (group *RouterGroup) StaticFile(relativePath, filepath string) IRoutes { return nil }

func (group *RouterGroup) StaticFileFS(relativePath, filepath string, fs http.FileSystem) IRoutes {
	return nil
}

func (group *RouterGroup) Static(relativePath, root string) IRoutes { return nil }

func (group *RouterGroup) StaticFS(relativePath string, fs http.FileSystem) IRoutes { return nil }

// Engine is the framework's instance (gin.go). GET, POST, ... are promoted
// from the embedded RouterGroup, as in the real package.
type Engine struct {
	RouterGroup

	RedirectTrailingSlash bool
	RedirectFixedPath     bool
}

func New(opts ...OptionFunc) *Engine { return nil }

func Default(opts ...OptionFunc) *Engine { return nil }

func (engine *Engine) Use(middleware ...HandlerFunc) IRoutes { return nil }

func (engine *Engine) Run(addr ...string) (err error) { return nil }

func (engine *Engine) ServeHTTP(w http.ResponseWriter, req *http.Request) {}

// CreateTestContext returns a fresh Engine and Context for testing purposes (test_helpers.go).
func CreateTestContext(w http.ResponseWriter) (c *Context, r *Engine) { return nil, nil }
