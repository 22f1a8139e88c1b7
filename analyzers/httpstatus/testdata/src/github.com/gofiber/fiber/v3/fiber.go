// Package fiber is a test stub of github.com/gofiber/fiber/v3@v3.1.0. It
// declares only the API that protolint resolves; bodies are dummies.
//
// In v3 Ctx is an interface (the implementation is *DefaultCtx, not declared
// here), redirects go through Ctx.Redirect() *Redirect, and routing methods
// take `handler any, handlers ...any`.
package fiber

import (
	"bufio"
	"context"
	"crypto/tls"
	"io"
	"io/fs"
	"mime/multipart"
	"net"
	"net/http"
	"time"

	"github.com/valyala/fasthttp"
)

// Version of current fiber package.
const Version = "3.1.0"

// Handler defines a function to serve HTTP requests (app.go).
type Handler = func(Ctx) error

// Map is a shortcut for map[string]any, useful for JSON returns.
type Map map[string]any

// ErrorHandler defines a function that will process all errors
// returned from any handlers in the stack.
type ErrorHandler = func(Ctx, error) error

// Error represents an error that occurred while handling a request.
type Error struct {
	Message string `json:"message"`
	Code    int    `json:"code"`
}

func (e *Error) Error() string { return "" }

// NewError creates a new Error instance with an optional message.
func NewError(code int, message ...string) *Error { return nil }

// NewErrorf creates a new Error instance with an optional message.
// Additional arguments are formatted using fmt.Sprintf when provided.
func NewErrorf(code int, message ...any) *Error { return nil }

// DefaultErrorHandler that process return errors from handlers.
func DefaultErrorHandler(c Ctx, err error) error { return nil }

// Ctx represents the Context which hold the HTTP request and response
// (ctx_interface_gen.go). Only the exported methods are declared; the real
// interface also has unexported ones, and Req(), Res(), SaveFileToStorage
// and the msgp-based flash-message API are omitted.
type Ctx interface {
	App() *App
	BaseURL() string
	RequestCtx() *fasthttp.RequestCtx
	Context() context.Context
	SetContext(ctx context.Context)
	Deadline() (time.Time, bool)
	Done() <-chan struct{}
	Err() error
	Request() *fasthttp.Request
	Response() *fasthttp.Response
	Get(key string, defaultValue ...string) string
	GetHeaders() map[string][]string
	GetReqHeaders() map[string][]string
	GetRespHeader(key string, defaultValue ...string) string
	GetRespHeaders() map[string][]string
	ClientHelloInfo() *tls.ClientHelloInfo
	Next() error
	RestartRouting() error
	OriginalURL() string
	Path(override ...string) string
	RequestID() string
	Redirect() *Redirect
	ViewBind(vars Map) error
	Route() *Route
	FullPath() string
	Matched() bool
	IsMiddleware() bool
	HasBody() bool
	OverrideParam(name, value string)
	IsWebSocket() bool
	IsPreflight() bool
	SaveFile(fileheader *multipart.FileHeader, path string) error
	Secure() bool
	Status(status int) Ctx
	String() string
	Value(key any) any
	XHR() bool
	Reset(fctx *fasthttp.RequestCtx)
	Abandon()
	IsAbandoned() bool
	ForceRelease()
	Bind() *Bind
	FullURL() string
	UserAgent() string
	Referer() string
	AcceptLanguage() string
	AcceptEncoding() string
	HasHeader(key string) bool
	MediaType() string
	Charset() string
	IsJSON() bool
	IsForm() bool
	IsMultipart() bool
	AcceptsJSON() bool
	AcceptsHTML() bool
	AcceptsXML() bool
	AcceptsEventStream() bool
	Accepts(offers ...string) string
	AcceptsCharsets(offers ...string) string
	AcceptsEncodings(offers ...string) string
	AcceptsLanguages(offers ...string) string
	AcceptsLanguagesExtended(offers ...string) string
	BodyRaw() []byte
	Body() []byte
	Cookies(key string, defaultValue ...string) string
	FormFile(key string) (*multipart.FileHeader, error)
	FormValue(key string, defaultValue ...string) string
	Fresh() bool
	Host() string
	Hostname() string
	Port() string
	IP() string
	IPs() []string
	Is(extension string) bool
	Locals(key any, value ...any) any
	Method(override ...string) string
	MultipartForm() (*multipart.Form, error)
	Params(key string, defaultValue ...string) string
	Scheme() string
	Protocol() string
	Query(key string, defaultValue ...string) string
	Queries() map[string]string
	Range(size int64) (Range, error)
	Subdomains(offset ...int) []string
	Stale() bool
	IsProxyTrusted() bool
	IsFromLocal() bool
	Append(field string, values ...string)
	Attachment(filename ...string)
	ClearCookie(key ...string)
	Cookie(cookie *Cookie)
	Download(file string, filename ...string) error
	Format(handlers ...ResFmt) error
	AutoFormat(body any) error
	JSON(data any, ctype ...string) error
	MsgPack(data any, ctype ...string) error
	CBOR(data any, ctype ...string) error
	JSONP(data any, callback ...string) error
	XML(data any) error
	Links(link ...string)
	Location(path string)
	GetRouteURL(routeName string, params Map) (string, error)
	Render(name string, bind any, layouts ...string) error
	Send(body []byte) error
	SendEarlyHints(hints []string) error
	SendFile(file string, config ...SendFile) error
	SendStatus(status int) error
	SendString(body string) error
	SendStream(stream io.Reader, size ...int) error
	SendStreamWriter(streamWriter func(*bufio.Writer)) error
	Set(key, val string)
	Type(extension string, charset ...string) Ctx
	Vary(fields ...string)
	Write(p []byte) (int, error)
	Writef(f string, a ...any) (int, error)
	WriteString(s string) (int, error)
	Drop() error
	End() error
}

// Redirect is a struct that holds the redirect data (redirect.go).
type Redirect struct{}

// RedirectConfig A config to use with Redirect().Route().
type RedirectConfig struct {
	Params  Map               // Route parameters
	Queries map[string]string // Query map
}

func (r *Redirect) Status(code int) *Redirect { return r }

func (r *Redirect) With(key, value string, level ...uint8) *Redirect { return r }

func (r *Redirect) WithInput() *Redirect { return r }

func (r *Redirect) To(location string) error { return nil }

func (r *Redirect) Route(name string, config ...RedirectConfig) error { return nil }

func (r *Redirect) Back(fallback ...string) error { return nil }

// Bind struct (bind.go).
type Bind struct{}

func (b *Bind) WithoutAutoHandling() *Bind { return b }

func (b *Bind) WithAutoHandling() *Bind { return b }

func (b *Bind) Header(out any) error { return nil }

func (b *Bind) Cookie(out any) error { return nil }

func (b *Bind) Query(out any) error { return nil }

func (b *Bind) JSON(out any) error { return nil }

func (b *Bind) XML(out any) error { return nil }

func (b *Bind) Form(out any) error { return nil }

func (b *Bind) URI(out any) error { return nil }

func (b *Bind) Body(out any) error { return nil }

func (b *Bind) All(out any) error { return nil }

// Range data for c.Range (req.go).
type Range struct {
	Type   string
	Ranges []RangeSet
}

// RangeSet represents a single content range from a request.
type RangeSet struct {
	Start int64
	End   int64
}

// SendFile defines configuration options when to transfer file with SendFile (res.go).
type SendFile struct {
	FS            fs.FS
	Compress      bool          `json:"compress"`
	ByteRange     bool          `json:"byte_range"`
	Download      bool          `json:"download"`
	CacheDuration time.Duration `json:"cache_duration"`
	MaxAge        int           `json:"max_age"`
}

// Cookie data for c.Cookie (res.go).
type Cookie struct {
	Expires     time.Time `json:"expires"`
	Name        string    `json:"name"`
	Value       string    `json:"value"`
	Path        string    `json:"path"`
	Domain      string    `json:"domain"`
	SameSite    string    `json:"same_site"`
	MaxAge      int       `json:"max_age"`
	Secure      bool      `json:"secure"`
	HTTPOnly    bool      `json:"http_only"`
	Partitioned bool      `json:"partitioned"`
	SessionOnly bool      `json:"session_only"`
}

// ResFmt associates a Content Type to a fiber.Handler for c.Format (res.go).
type ResFmt struct {
	Handler   func(Ctx) error
	MediaType string
}

// Route is a struct that holds all metadata for each registered handler (router.go).
type Route struct {
	Method   string    `json:"method"`
	Name     string    `json:"name"`
	Path     string    `json:"path"`
	Params   []string  `json:"params"`
	Handlers []Handler `json:"-"`
}

// Router defines all router handle interface, including app and group router
// (router.go). RouteChain is omitted.
type Router interface {
	Use(args ...any) Router

	Get(path string, handler any, handlers ...any) Router
	Head(path string, handler any, handlers ...any) Router
	Post(path string, handler any, handlers ...any) Router
	Put(path string, handler any, handlers ...any) Router
	Delete(path string, handler any, handlers ...any) Router
	Connect(path string, handler any, handlers ...any) Router
	Options(path string, handler any, handlers ...any) Router
	Trace(path string, handler any, handlers ...any) Router
	Patch(path string, handler any, handlers ...any) Router

	Add(methods []string, path string, handler any, handlers ...any) Router
	All(path string, handler any, handlers ...any) Router

	Group(prefix string, handlers ...any) Router

	Route(prefix string, fn func(router Router), name ...string) Router

	Name(name string) Router
}

var (
	_ Router = (*App)(nil)
	_ Router = (*Group)(nil)
)

// App denotes the Fiber application.
type App struct{}

// Config is a struct holding the server settings (partial).
type Config struct {
	ServerHeader  string        `json:"server_header"`
	StrictRouting bool          `json:"strict_routing"`
	CaseSensitive bool          `json:"case_sensitive"`
	BodyLimit     int           `json:"body_limit"`
	ReadTimeout   time.Duration `json:"read_timeout"`
	WriteTimeout  time.Duration `json:"write_timeout"`
	ErrorHandler  ErrorHandler  `json:"-"`
	AppName       string        `json:"app_name"`
}

// ListenConfig is a struct to customize startup of Fiber (listen.go, partial).
type ListenConfig struct {
	GracefulContext       context.Context `json:"graceful_context"`
	TLSConfig             *tls.Config     `json:"tls_config"`
	ListenerNetwork       string          `json:"listener_network"`
	CertFile              string          `json:"cert_file"`
	CertKeyFile           string          `json:"cert_key_file"`
	ShutdownTimeout       time.Duration   `json:"shutdown_timeout"`
	DisableStartupMessage bool            `json:"disable_startup_message"`
	EnablePrefork         bool            `json:"enable_prefork"`
	EnablePrintRoutes     bool            `json:"enable_print_routes"`
}

// TestConfig configures app.Test (app.go).
type TestConfig struct {
	Timeout       time.Duration
	FailOnTimeout bool
}

// New creates a new Fiber named instance.
func New(config ...Config) *App { return nil }

func (app *App) Name(name string) Router { return nil }

func (app *App) GetRoute(name string) Route { return Route{} }

func (app *App) Use(args ...any) Router { return nil }

func (app *App) Get(path string, handler any, handlers ...any) Router { return nil }

func (app *App) Head(path string, handler any, handlers ...any) Router { return nil }

func (app *App) Post(path string, handler any, handlers ...any) Router { return nil }

func (app *App) Put(path string, handler any, handlers ...any) Router { return nil }

func (app *App) Delete(path string, handler any, handlers ...any) Router { return nil }

func (app *App) Connect(path string, handler any, handlers ...any) Router { return nil }

func (app *App) Options(path string, handler any, handlers ...any) Router { return nil }

func (app *App) Trace(path string, handler any, handlers ...any) Router { return nil }

func (app *App) Patch(path string, handler any, handlers ...any) Router { return nil }

func (app *App) Add(methods []string, path string, handler any, handlers ...any) Router {
	return nil
}

func (app *App) All(path string, handler any, handlers ...any) Router { return nil }

func (app *App) Group(prefix string, handlers ...any) Router { return nil }

func (app *App) Route(prefix string, fn func(router Router), name ...string) Router { return nil }

func (app *App) Config() Config { return Config{} }

func (app *App) Handler() fasthttp.RequestHandler { return nil }

func (app *App) Shutdown() error { return nil }

func (app *App) Server() *fasthttp.Server { return nil }

func (app *App) Test(req *http.Request, config ...TestConfig) (*http.Response, error) {
	return nil, nil
}

func (app *App) ErrorHandler(ctx Ctx, err error) error { return nil }

func (app *App) Listen(addr string, config ...ListenConfig) error { return nil }

func (app *App) Listener(ln net.Listener, config ...ListenConfig) error { return nil }

// Group struct (group.go).
type Group struct {
	Prefix string
}

func (grp *Group) Name(name string) Router { return nil }

func (grp *Group) Use(args ...any) Router { return nil }

func (grp *Group) Get(path string, handler any, handlers ...any) Router { return nil }

func (grp *Group) Head(path string, handler any, handlers ...any) Router { return nil }

func (grp *Group) Post(path string, handler any, handlers ...any) Router { return nil }

func (grp *Group) Put(path string, handler any, handlers ...any) Router { return nil }

func (grp *Group) Delete(path string, handler any, handlers ...any) Router { return nil }

func (grp *Group) Connect(path string, handler any, handlers ...any) Router { return nil }

func (grp *Group) Options(path string, handler any, handlers ...any) Router { return nil }

func (grp *Group) Trace(path string, handler any, handlers ...any) Router { return nil }

func (grp *Group) Patch(path string, handler any, handlers ...any) Router { return nil }

func (grp *Group) Add(methods []string, path string, handler any, handlers ...any) Router {
	return nil
}

func (grp *Group) All(path string, handler any, handlers ...any) Router { return nil }

func (grp *Group) Group(prefix string, handlers ...any) Router { return nil }

func (grp *Group) Route(prefix string, fn func(router Router), name ...string) Router {
	return nil
}

// HTTP methods, MIME types and status codes, with the values of the real
// package (constants.go).
const (
	MethodGet     = "GET"     // RFC 7231, 4.3.1
	MethodHead    = "HEAD"    // RFC 7231, 4.3.2
	MethodPost    = "POST"    // RFC 7231, 4.3.3
	MethodPut     = "PUT"     // RFC 7231, 4.3.4
	MethodPatch   = "PATCH"   // RFC 5789
	MethodDelete  = "DELETE"  // RFC 7231, 4.3.5
	MethodConnect = "CONNECT" // RFC 7231, 4.3.6
	MethodOptions = "OPTIONS" // RFC 7231, 4.3.7
	MethodTrace   = "TRACE"   // RFC 7231, 4.3.8
)

const (
	MIMETextXML               = "text/xml"
	MIMETextHTML              = "text/html"
	MIMETextPlain             = "text/plain"
	MIMETextJavaScript        = "text/javascript"
	MIMETextCSS               = "text/css"
	MIMEApplicationXML        = "application/xml"
	MIMEApplicationJSON       = "application/json"
	MIMEApplicationJavaScript = "application/javascript"
	MIMEApplicationCBOR       = "application/cbor"
	MIMEApplicationForm       = "application/x-www-form-urlencoded"
	MIMEOctetStream           = "application/octet-stream"
	MIMEMultipartForm         = "multipart/form-data"
	MIMEApplicationMsgPack    = "application/vnd.msgpack"

	MIMETextXMLCharsetUTF8         = "text/xml; charset=utf-8"
	MIMETextHTMLCharsetUTF8        = "text/html; charset=utf-8"
	MIMETextPlainCharsetUTF8       = "text/plain; charset=utf-8"
	MIMETextJavaScriptCharsetUTF8  = "text/javascript; charset=utf-8"
	MIMETextCSSCharsetUTF8         = "text/css; charset=utf-8"
	MIMEApplicationXMLCharsetUTF8  = "application/xml; charset=utf-8"
	MIMEApplicationJSONCharsetUTF8 = "application/json; charset=utf-8"
)

// HTTP status codes: net/http's set with StatusNonAuthoritativeInfo renamed to
// StatusNonAuthoritativeInformation and StatusSwitchProxy (306) added.
const (
	StatusContinue           = 100 // RFC 9110, 15.2.1
	StatusSwitchingProtocols = 101 // RFC 9110, 15.2.2
	StatusProcessing         = 102 // RFC 2518, 10.1
	StatusEarlyHints         = 103 // RFC 8297

	StatusOK                          = 200 // RFC 9110, 15.3.1
	StatusCreated                     = 201 // RFC 9110, 15.3.2
	StatusAccepted                    = 202 // RFC 9110, 15.3.3
	StatusNonAuthoritativeInformation = 203 // RFC 9110, 15.3.4
	StatusNoContent                   = 204 // RFC 9110, 15.3.5
	StatusResetContent                = 205 // RFC 9110, 15.3.6
	StatusPartialContent              = 206 // RFC 9110, 15.3.7
	StatusMultiStatus                 = 207 // RFC 4918, 11.1
	StatusAlreadyReported             = 208 // RFC 5842, 7.1
	StatusIMUsed                      = 226 // RFC 3229, 10.4.1

	StatusMultipleChoices   = 300 // RFC 9110, 15.4.1
	StatusMovedPermanently  = 301 // RFC 9110, 15.4.2
	StatusFound             = 302 // RFC 9110, 15.4.3
	StatusSeeOther          = 303 // RFC 9110, 15.4.4
	StatusNotModified       = 304 // RFC 9110, 15.4.5
	StatusUseProxy          = 305 // RFC 9110, 15.4.6
	StatusSwitchProxy       = 306 // RFC 9110, 15.4.7 (Unused)
	StatusTemporaryRedirect = 307 // RFC 9110, 15.4.8
	StatusPermanentRedirect = 308 // RFC 9110, 15.4.9

	StatusBadRequest                   = 400 // RFC 9110, 15.5.1
	StatusUnauthorized                 = 401 // RFC 9110, 15.5.2
	StatusPaymentRequired              = 402 // RFC 9110, 15.5.3
	StatusForbidden                    = 403 // RFC 9110, 15.5.4
	StatusNotFound                     = 404 // RFC 9110, 15.5.5
	StatusMethodNotAllowed             = 405 // RFC 9110, 15.5.6
	StatusNotAcceptable                = 406 // RFC 9110, 15.5.7
	StatusProxyAuthRequired            = 407 // RFC 9110, 15.5.8
	StatusRequestTimeout               = 408 // RFC 9110, 15.5.9
	StatusConflict                     = 409 // RFC 9110, 15.5.10
	StatusGone                         = 410 // RFC 9110, 15.5.11
	StatusLengthRequired               = 411 // RFC 9110, 15.5.12
	StatusPreconditionFailed           = 412 // RFC 9110, 15.5.13
	StatusRequestEntityTooLarge        = 413 // RFC 9110, 15.5.14
	StatusRequestURITooLong            = 414 // RFC 9110, 15.5.15
	StatusUnsupportedMediaType         = 415 // RFC 9110, 15.5.16
	StatusRequestedRangeNotSatisfiable = 416 // RFC 9110, 15.5.17
	StatusExpectationFailed            = 417 // RFC 9110, 15.5.18
	StatusTeapot                       = 418 // RFC 9110, 15.5.19 (Unused)
	StatusMisdirectedRequest           = 421 // RFC 9110, 15.5.20
	StatusUnprocessableEntity          = 422 // RFC 9110, 15.5.21
	StatusLocked                       = 423 // RFC 4918, 11.3
	StatusFailedDependency             = 424 // RFC 4918, 11.4
	StatusTooEarly                     = 425 // RFC 8470, 5.2.
	StatusUpgradeRequired              = 426 // RFC 9110, 15.5.22
	StatusPreconditionRequired         = 428 // RFC 6585, 3
	StatusTooManyRequests              = 429 // RFC 6585, 4
	StatusRequestHeaderFieldsTooLarge  = 431 // RFC 6585, 5
	StatusUnavailableForLegalReasons   = 451 // RFC 7725, 3

	StatusInternalServerError           = 500 // RFC 9110, 15.6.1
	StatusNotImplemented                = 501 // RFC 9110, 15.6.2
	StatusBadGateway                    = 502 // RFC 9110, 15.6.3
	StatusServiceUnavailable            = 503 // RFC 9110, 15.6.4
	StatusGatewayTimeout                = 504 // RFC 9110, 15.6.5
	StatusHTTPVersionNotSupported       = 505 // RFC 9110, 15.6.6
	StatusVariantAlsoNegotiates         = 506 // RFC 2295, 8.1
	StatusInsufficientStorage           = 507 // RFC 4918, 11.5
	StatusLoopDetected                  = 508 // RFC 5842, 7.2
	StatusNotExtended                   = 510 // RFC 2774, 7
	StatusNetworkAuthenticationRequired = 511 // RFC 6585, 6
)

// Errors. The real package builds them with NewError(code); the stub uses
// composite literals so that it contains no status sink calls.
var (
	ErrBadRequest                   = &Error{Code: StatusBadRequest}                   // 400
	ErrUnauthorized                 = &Error{Code: StatusUnauthorized}                 // 401
	ErrPaymentRequired              = &Error{Code: StatusPaymentRequired}              // 402
	ErrForbidden                    = &Error{Code: StatusForbidden}                    // 403
	ErrNotFound                     = &Error{Code: StatusNotFound}                     // 404
	ErrMethodNotAllowed             = &Error{Code: StatusMethodNotAllowed}             // 405
	ErrNotAcceptable                = &Error{Code: StatusNotAcceptable}                // 406
	ErrProxyAuthRequired            = &Error{Code: StatusProxyAuthRequired}            // 407
	ErrRequestTimeout               = &Error{Code: StatusRequestTimeout}               // 408
	ErrConflict                     = &Error{Code: StatusConflict}                     // 409
	ErrGone                         = &Error{Code: StatusGone}                         // 410
	ErrLengthRequired               = &Error{Code: StatusLengthRequired}               // 411
	ErrPreconditionFailed           = &Error{Code: StatusPreconditionFailed}           // 412
	ErrRequestEntityTooLarge        = &Error{Code: StatusRequestEntityTooLarge}        // 413
	ErrRequestURITooLong            = &Error{Code: StatusRequestURITooLong}            // 414
	ErrUnsupportedMediaType         = &Error{Code: StatusUnsupportedMediaType}         // 415
	ErrRequestedRangeNotSatisfiable = &Error{Code: StatusRequestedRangeNotSatisfiable} // 416
	ErrExpectationFailed            = &Error{Code: StatusExpectationFailed}            // 417
	ErrTeapot                       = &Error{Code: StatusTeapot}                       // 418
	ErrMisdirectedRequest           = &Error{Code: StatusMisdirectedRequest}           // 421
	ErrUnprocessableEntity          = &Error{Code: StatusUnprocessableEntity}          // 422
	ErrLocked                       = &Error{Code: StatusLocked}                       // 423
	ErrFailedDependency             = &Error{Code: StatusFailedDependency}             // 424
	ErrTooEarly                     = &Error{Code: StatusTooEarly}                     // 425
	ErrUpgradeRequired              = &Error{Code: StatusUpgradeRequired}              // 426
	ErrPreconditionRequired         = &Error{Code: StatusPreconditionRequired}         // 428
	ErrTooManyRequests              = &Error{Code: StatusTooManyRequests}              // 429
	ErrRequestHeaderFieldsTooLarge  = &Error{Code: StatusRequestHeaderFieldsTooLarge}  // 431
	ErrUnavailableForLegalReasons   = &Error{Code: StatusUnavailableForLegalReasons}   // 451

	ErrInternalServerError           = &Error{Code: StatusInternalServerError}           // 500
	ErrNotImplemented                = &Error{Code: StatusNotImplemented}                // 501
	ErrBadGateway                    = &Error{Code: StatusBadGateway}                    // 502
	ErrServiceUnavailable            = &Error{Code: StatusServiceUnavailable}            // 503
	ErrGatewayTimeout                = &Error{Code: StatusGatewayTimeout}                // 504
	ErrHTTPVersionNotSupported       = &Error{Code: StatusHTTPVersionNotSupported}       // 505
	ErrVariantAlsoNegotiates         = &Error{Code: StatusVariantAlsoNegotiates}         // 506
	ErrInsufficientStorage           = &Error{Code: StatusInsufficientStorage}           // 507
	ErrLoopDetected                  = &Error{Code: StatusLoopDetected}                  // 508
	ErrNotExtended                   = &Error{Code: StatusNotExtended}                   // 510
	ErrNetworkAuthenticationRequired = &Error{Code: StatusNetworkAuthenticationRequired} // 511
)

// HTTP headers, with the values of the real package (constants.go).
const (
	HeaderAuthorization                      = "Authorization"
	HeaderProxyAuthenticate                  = "Proxy-Authenticate"
	HeaderProxyAuthorization                 = "Proxy-Authorization"
	HeaderWWWAuthenticate                    = "WWW-Authenticate"
	HeaderAge                                = "Age"
	HeaderCacheControl                       = "Cache-Control"
	HeaderClearSiteData                      = "Clear-Site-Data"
	HeaderExpires                            = "Expires"
	HeaderPragma                             = "Pragma"
	HeaderWarning                            = "Warning"
	HeaderAcceptCH                           = "Accept-CH"
	HeaderAcceptCHLifetime                   = "Accept-CH-Lifetime"
	HeaderContentDPR                         = "Content-DPR"
	HeaderDPR                                = "DPR"
	HeaderEarlyData                          = "Early-Data"
	HeaderSaveData                           = "Save-Data"
	HeaderViewportWidth                      = "Viewport-Width"
	HeaderWidth                              = "Width"
	HeaderETag                               = "ETag"
	HeaderIfMatch                            = "If-Match"
	HeaderIfModifiedSince                    = "If-Modified-Since"
	HeaderIfNoneMatch                        = "If-None-Match"
	HeaderIfUnmodifiedSince                  = "If-Unmodified-Since"
	HeaderLastModified                       = "Last-Modified"
	HeaderVary                               = "Vary"
	HeaderConnection                         = "Connection"
	HeaderKeepAlive                          = "Keep-Alive"
	HeaderAccept                             = "Accept"
	HeaderAcceptCharset                      = "Accept-Charset"
	HeaderAcceptEncoding                     = "Accept-Encoding"
	HeaderAcceptLanguage                     = "Accept-Language"
	HeaderCookie                             = "Cookie"
	HeaderExpect                             = "Expect"
	HeaderMaxForwards                        = "Max-Forwards"
	HeaderSetCookie                          = "Set-Cookie"
	HeaderAccessControlAllowCredentials      = "Access-Control-Allow-Credentials"
	HeaderAccessControlAllowHeaders          = "Access-Control-Allow-Headers"
	HeaderAccessControlAllowMethods          = "Access-Control-Allow-Methods"
	HeaderAccessControlAllowOrigin           = "Access-Control-Allow-Origin"
	HeaderAccessControlExposeHeaders         = "Access-Control-Expose-Headers"
	HeaderAccessControlMaxAge                = "Access-Control-Max-Age"
	HeaderAccessControlRequestHeaders        = "Access-Control-Request-Headers"
	HeaderAccessControlRequestMethod         = "Access-Control-Request-Method"
	HeaderOrigin                             = "Origin"
	HeaderTimingAllowOrigin                  = "Timing-Allow-Origin"
	HeaderXPermittedCrossDomainPolicies      = "X-Permitted-Cross-Domain-Policies"
	HeaderDNT                                = "DNT"
	HeaderTk                                 = "Tk"
	HeaderContentDisposition                 = "Content-Disposition"
	HeaderContentEncoding                    = "Content-Encoding"
	HeaderContentLanguage                    = "Content-Language"
	HeaderContentLength                      = "Content-Length"
	HeaderContentLocation                    = "Content-Location"
	HeaderContentType                        = "Content-Type"
	HeaderForwarded                          = "Forwarded"
	HeaderVia                                = "Via"
	HeaderXForwardedFor                      = "X-Forwarded-For"
	HeaderXForwardedHost                     = "X-Forwarded-Host"
	HeaderXForwardedProto                    = "X-Forwarded-Proto"
	HeaderXForwardedProtocol                 = "X-Forwarded-Protocol"
	HeaderXForwardedSsl                      = "X-Forwarded-Ssl"
	HeaderXUrlScheme                         = "X-Url-Scheme"
	HeaderLocation                           = "Location"
	HeaderFrom                               = "From"
	HeaderHost                               = "Host"
	HeaderReferer                            = "Referer"
	HeaderReferrerPolicy                     = "Referrer-Policy"
	HeaderUserAgent                          = "User-Agent"
	HeaderAllow                              = "Allow"
	HeaderServer                             = "Server"
	HeaderAcceptRanges                       = "Accept-Ranges"
	HeaderContentRange                       = "Content-Range"
	HeaderIfRange                            = "If-Range"
	HeaderRange                              = "Range"
	HeaderContentSecurityPolicy              = "Content-Security-Policy"
	HeaderContentSecurityPolicyReportOnly    = "Content-Security-Policy-Report-Only"
	HeaderCrossOriginResourcePolicy          = "Cross-Origin-Resource-Policy"
	HeaderExpectCT                           = "Expect-CT"
	HeaderPermissionsPolicy                  = "Permissions-Policy"
	HeaderPublicKeyPins                      = "Public-Key-Pins"
	HeaderPublicKeyPinsReportOnly            = "Public-Key-Pins-Report-Only"
	HeaderStrictTransportSecurity            = "Strict-Transport-Security"
	HeaderUpgradeInsecureRequests            = "Upgrade-Insecure-Requests"
	HeaderXContentTypeOptions                = "X-Content-Type-Options"
	HeaderXDownloadOptions                   = "X-Download-Options"
	HeaderXFrameOptions                      = "X-Frame-Options"
	HeaderXPoweredBy                         = "X-Powered-By"
	HeaderXXSSProtection                     = "X-XSS-Protection"
	HeaderLastEventID                        = "Last-Event-ID"
	HeaderNEL                                = "NEL"
	HeaderPingFrom                           = "Ping-From"
	HeaderPingTo                             = "Ping-To"
	HeaderReportTo                           = "Report-To"
	HeaderTE                                 = "TE"
	HeaderTrailer                            = "Trailer"
	HeaderTransferEncoding                   = "Transfer-Encoding"
	HeaderSecFetchSite                       = "Sec-Fetch-Site"
	HeaderSecWebSocketAccept                 = "Sec-WebSocket-Accept"
	HeaderSecWebSocketExtensions             = "Sec-WebSocket-Extensions"
	HeaderSecWebSocketKey                    = "Sec-WebSocket-Key"
	HeaderSecWebSocketProtocol               = "Sec-WebSocket-Protocol"
	HeaderSecWebSocketVersion                = "Sec-WebSocket-Version"
	HeaderAcceptPatch                        = "Accept-Patch"
	HeaderAcceptPushPolicy                   = "Accept-Push-Policy"
	HeaderAcceptSignature                    = "Accept-Signature"
	HeaderAltSvc                             = "Alt-Svc"
	HeaderDate                               = "Date"
	HeaderIndex                              = "Index"
	HeaderLargeAllocation                    = "Large-Allocation"
	HeaderLink                               = "Link"
	HeaderPushPolicy                         = "Push-Policy"
	HeaderRetryAfter                         = "Retry-After"
	HeaderServerTiming                       = "Server-Timing"
	HeaderSignature                          = "Signature"
	HeaderSignedHeaders                      = "Signed-Headers"
	HeaderSourceMap                          = "SourceMap"
	HeaderUpgrade                            = "Upgrade"
	HeaderXDNSPrefetchControl                = "X-DNS-Prefetch-Control"
	HeaderXPingback                          = "X-Pingback"
	HeaderXRequestID                         = "X-Request-ID"
	HeaderXRequestedWith                     = "X-Requested-With"
	HeaderXResponseTime                      = "X-Response-Time"
	HeaderXRobotsTag                         = "X-Robots-Tag"
	HeaderXUACompatible                      = "X-UA-Compatible"
	HeaderAccessControlAllowPrivateNetwork   = "Access-Control-Allow-Private-Network"
	HeaderAccessControlRequestPrivateNetwork = "Access-Control-Request-Private-Network"
)
