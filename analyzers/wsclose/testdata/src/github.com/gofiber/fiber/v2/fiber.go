// Package fiber is a test stub of github.com/gofiber/fiber/v2@v2.52.15. It
// declares only the API that protolint resolves; bodies are dummies.
package fiber

import (
	"context"
	"crypto/tls"
	"io"
	"mime/multipart"
	"net"
	"net/http"
	"time"

	"github.com/valyala/fasthttp"
)

// Handler defines a function to serve HTTP requests (app.go).
type Handler = func(*Ctx) error

// Map is a shortcut for map[string]interface{}, useful for JSON returns.
type Map map[string]interface{}

// ErrorHandler defines a function that will process all errors
// returned from any handlers in the stack.
type ErrorHandler = func(*Ctx, error) error

// Error represents an error that occurred while handling a request.
type Error struct {
	Code    int    `json:"code"`
	Message string `json:"message"`
}

func (e *Error) Error() string { return "" }

// NewError creates a new Error instance with an optional message.
func NewError(code int, message ...string) *Error { return nil }

// DefaultErrorHandler that process return errors from handlers.
func DefaultErrorHandler(c *Ctx, err error) error { return nil }

// App denotes the Fiber application.
type App struct{}

// Config is a struct holding the server settings (partial).
type Config struct {
	Prefork       bool          `json:"prefork"`
	ServerHeader  string        `json:"server_header"`
	StrictRouting bool          `json:"strict_routing"`
	CaseSensitive bool          `json:"case_sensitive"`
	BodyLimit     int           `json:"body_limit"`
	ReadTimeout   time.Duration `json:"read_timeout"`
	WriteTimeout  time.Duration `json:"write_timeout"`
	ErrorHandler  ErrorHandler  `json:"-"`
	AppName       string        `json:"app_name"`

	DisableStartupMessage bool `json:"disable_startup_message"`
}

// Static defines configuration options when defining static assets.
type Static struct {
	Compress       bool          `json:"compress"`
	ByteRange      bool          `json:"byte_range"`
	Browse         bool          `json:"browse"`
	Download       bool          `json:"download"`
	Index          string        `json:"index"`
	CacheDuration  time.Duration `json:"cache_duration"`
	MaxAge         int           `json:"max_age"`
	ModifyResponse Handler
	Next           func(c *Ctx) bool
}

// New creates a new Fiber named instance.
func New(config ...Config) *App { return nil }

func (app *App) Mount(prefix string, subApp *App) Router { return nil }

func (app *App) Name(name string) Router { return nil }

func (app *App) GetRoute(name string) Route { return Route{} }

func (app *App) Use(args ...interface{}) Router { return nil }

func (app *App) Get(path string, handlers ...Handler) Router { return nil }

func (app *App) Head(path string, handlers ...Handler) Router { return nil }

func (app *App) Post(path string, handlers ...Handler) Router { return nil }

func (app *App) Put(path string, handlers ...Handler) Router { return nil }

func (app *App) Delete(path string, handlers ...Handler) Router { return nil }

func (app *App) Connect(path string, handlers ...Handler) Router { return nil }

func (app *App) Options(path string, handlers ...Handler) Router { return nil }

func (app *App) Trace(path string, handlers ...Handler) Router { return nil }

func (app *App) Patch(path string, handlers ...Handler) Router { return nil }

func (app *App) Add(method, path string, handlers ...Handler) Router { return nil }

func (app *App) Static(prefix, root string, config ...Static) Router { return nil }

func (app *App) All(path string, handlers ...Handler) Router { return nil }

func (app *App) Group(prefix string, handlers ...Handler) Router { return nil }

func (app *App) Route(prefix string, fn func(router Router), name ...string) Router { return nil }

func (app *App) Config() Config { return Config{} }

func (app *App) Handler() fasthttp.RequestHandler { return nil }

func (app *App) Shutdown() error { return nil }

func (app *App) Server() *fasthttp.Server { return nil }

func (app *App) Test(req *http.Request, msTimeout ...int) (*http.Response, error) { return nil, nil }

func (app *App) Listener(ln net.Listener) error { return nil }

func (app *App) Listen(addr string) error { return nil }

// Router defines all router handle interface, including app and group router (router.go).
type Router interface {
	Use(args ...interface{}) Router

	Get(path string, handlers ...Handler) Router
	Head(path string, handlers ...Handler) Router
	Post(path string, handlers ...Handler) Router
	Put(path string, handlers ...Handler) Router
	Delete(path string, handlers ...Handler) Router
	Connect(path string, handlers ...Handler) Router
	Options(path string, handlers ...Handler) Router
	Trace(path string, handlers ...Handler) Router
	Patch(path string, handlers ...Handler) Router

	Add(method, path string, handlers ...Handler) Router
	Static(prefix, root string, config ...Static) Router
	All(path string, handlers ...Handler) Router

	Group(prefix string, handlers ...Handler) Router

	Route(prefix string, fn func(router Router), name ...string) Router

	Mount(prefix string, fiber *App) Router

	Name(name string) Router
}

var (
	_ Router = (*App)(nil)
	_ Router = (*Group)(nil)
)

// Route is a struct that holds all metadata for each registered handler.
type Route struct {
	Method   string    `json:"method"`
	Name     string    `json:"name"`
	Path     string    `json:"path"`
	Params   []string  `json:"params"`
	Handlers []Handler `json:"-"`
}

// Group struct (group.go).
type Group struct {
	Prefix string
}

func (grp *Group) Name(name string) Router { return nil }

func (grp *Group) Use(args ...interface{}) Router { return nil }

func (grp *Group) Get(path string, handlers ...Handler) Router { return nil }

func (grp *Group) Head(path string, handlers ...Handler) Router { return nil }

func (grp *Group) Post(path string, handlers ...Handler) Router { return nil }

func (grp *Group) Put(path string, handlers ...Handler) Router { return nil }

func (grp *Group) Delete(path string, handlers ...Handler) Router { return nil }

func (grp *Group) Connect(path string, handlers ...Handler) Router { return nil }

func (grp *Group) Options(path string, handlers ...Handler) Router { return nil }

func (grp *Group) Trace(path string, handlers ...Handler) Router { return nil }

func (grp *Group) Patch(path string, handlers ...Handler) Router { return nil }

func (grp *Group) Add(method, path string, handlers ...Handler) Router { return nil }

func (grp *Group) Static(prefix, root string, config ...Static) Router { return nil }

func (grp *Group) All(path string, handlers ...Handler) Router { return nil }

func (grp *Group) Group(prefix string, handlers ...Handler) Router { return nil }

func (grp *Group) Route(prefix string, fn func(router Router), name ...string) Router {
	return nil
}

func (grp *Group) Mount(prefix string, subApp *App) Router { return nil }

// Ctx represents the Context which hold the HTTP request and response (ctx.go).
type Ctx struct{}

// Cookie data for c.Cookie.
type Cookie struct {
	Name        string    `json:"name"`
	Value       string    `json:"value"`
	Path        string    `json:"path"`
	Domain      string    `json:"domain"`
	MaxAge      int       `json:"max_age"`
	Expires     time.Time `json:"expires"`
	Secure      bool      `json:"secure"`
	HTTPOnly    bool      `json:"http_only"`
	SameSite    string    `json:"same_site"`
	SessionOnly bool      `json:"session_only"`
}

// Range data for c.Range.
type Range struct {
	Type   string
	Ranges []RangeSet
}

// RangeSet represents a single content range from a request.
type RangeSet struct {
	Start int
	End   int
}

func (c *Ctx) Accepts(offers ...string) string { return "" }

func (c *Ctx) AcceptsCharsets(offers ...string) string { return "" }

func (c *Ctx) AcceptsEncodings(offers ...string) string { return "" }

func (c *Ctx) AcceptsLanguages(offers ...string) string { return "" }

func (c *Ctx) App() *App { return nil }

func (c *Ctx) Append(field string, values ...string) {}

func (c *Ctx) Attachment(filename ...string) {}

func (c *Ctx) BaseURL() string { return "" }

func (c *Ctx) BodyRaw() []byte { return nil }

func (c *Ctx) Body() []byte { return nil }

func (c *Ctx) BodyParser(out interface{}) error { return nil }

func (c *Ctx) ClearCookie(key ...string) {}

func (c *Ctx) Context() *fasthttp.RequestCtx { return nil }

func (c *Ctx) UserContext() context.Context { return nil }

func (c *Ctx) SetUserContext(ctx context.Context) {}

func (c *Ctx) Cookie(cookie *Cookie) {}

func (c *Ctx) Cookies(key string, defaultValue ...string) string { return "" }

func (c *Ctx) CookieParser(out interface{}) error { return nil }

func (c *Ctx) Download(file string, filename ...string) error { return nil }

func (c *Ctx) Request() *fasthttp.Request { return nil }

func (c *Ctx) Response() *fasthttp.Response { return nil }

func (c *Ctx) Format(body interface{}) error { return nil }

func (c *Ctx) FormFile(key string) (*multipart.FileHeader, error) { return nil, nil }

func (c *Ctx) FormValue(key string, defaultValue ...string) string { return "" }

func (c *Ctx) Fresh() bool { return false }

func (c *Ctx) Get(key string, defaultValue ...string) string { return "" }

func (c *Ctx) GetRespHeader(key string, defaultValue ...string) string { return "" }

func (c *Ctx) GetReqHeaders() map[string][]string { return nil }

func (c *Ctx) GetRespHeaders() map[string][]string { return nil }

func (c *Ctx) Hostname() string { return "" }

func (c *Ctx) Port() string { return "" }

func (c *Ctx) IP() string { return "" }

func (c *Ctx) IPs() []string { return nil }

func (c *Ctx) Is(extension string) bool { return false }

func (c *Ctx) JSON(data interface{}, ctype ...string) error { return nil }

func (c *Ctx) JSONP(data interface{}, callback ...string) error { return nil }

func (c *Ctx) XML(data interface{}) error { return nil }

func (c *Ctx) Links(link ...string) {}

func (c *Ctx) Locals(key interface{}, value ...interface{}) interface{} { return nil }

func (c *Ctx) Location(path string) {}

func (c *Ctx) Method(override ...string) string { return "" }

func (c *Ctx) MultipartForm() (*multipart.Form, error) { return nil, nil }

func (c *Ctx) ClientHelloInfo() *tls.ClientHelloInfo { return nil }

func (c *Ctx) Next() error { return nil }

func (c *Ctx) RestartRouting() error { return nil }

func (c *Ctx) OriginalURL() string { return "" }

func (c *Ctx) Params(key string, defaultValue ...string) string { return "" }

func (c *Ctx) AllParams() map[string]string { return nil }

func (c *Ctx) ParamsParser(out interface{}) error { return nil }

func (c *Ctx) ParamsInt(key string, defaultValue ...int) (int, error) { return 0, nil }

func (c *Ctx) Path(override ...string) string { return "" }

func (c *Ctx) Protocol() string { return "" }

func (c *Ctx) Query(key string, defaultValue ...string) string { return "" }

func (c *Ctx) Queries() map[string]string { return nil }

func (c *Ctx) QueryInt(key string, defaultValue ...int) int { return 0 }

func (c *Ctx) QueryBool(key string, defaultValue ...bool) bool { return false }

func (c *Ctx) QueryFloat(key string, defaultValue ...float64) float64 { return 0 }

func (c *Ctx) QueryParser(out interface{}) error { return nil }

func (c *Ctx) ReqHeaderParser(out interface{}) error { return nil }

func (c *Ctx) Range(size int) (Range, error) { return Range{}, nil }

func (c *Ctx) Redirect(location string, status ...int) error { return nil }

func (c *Ctx) Bind(vars Map) error { return nil }

func (c *Ctx) GetRouteURL(routeName string, params Map) (string, error) { return "", nil }

func (c *Ctx) RedirectToRoute(routeName string, params Map, status ...int) error { return nil }

func (c *Ctx) RedirectBack(fallback string, status ...int) error { return nil }

func (c *Ctx) Render(name string, bind interface{}, layouts ...string) error { return nil }

func (c *Ctx) Route() *Route { return nil }

func (c *Ctx) Secure() bool { return false }

func (c *Ctx) Send(body []byte) error { return nil }

func (c *Ctx) SendFile(file string, compress ...bool) error { return nil }

func (c *Ctx) SendStatus(status int) error { return nil }

func (c *Ctx) SendString(body string) error { return nil }

func (c *Ctx) SendStream(stream io.Reader, size ...int) error { return nil }

func (c *Ctx) Set(key, val string) {}

func (c *Ctx) Subdomains(offset ...int) []string { return nil }

func (c *Ctx) Stale() bool { return false }

func (c *Ctx) Status(status int) *Ctx { return c }

func (c *Ctx) String() string { return "" }

func (c *Ctx) Type(extension string, charset ...string) *Ctx { return c }

func (c *Ctx) Vary(fields ...string) {}

func (c *Ctx) Write(p []byte) (int, error) { return 0, nil }

func (c *Ctx) Writef(f string, a ...interface{}) (int, error) { return 0, nil }

func (c *Ctx) WriteString(s string) (int, error) { return 0, nil }

func (c *Ctx) XHR() bool { return false }

func (c *Ctx) IsProxyTrusted() bool { return false }

func (c *Ctx) IsFromLocal() bool { return false }

// HTTP methods, with the values of the real package (helpers.go).
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

// MIME types, with the values of the real package (helpers.go).
const (
	MIMETextXML         = "text/xml"
	MIMETextHTML        = "text/html"
	MIMETextPlain       = "text/plain"
	MIMETextJavaScript  = "text/javascript"
	MIMEApplicationXML  = "application/xml"
	MIMEApplicationJSON = "application/json"
	// Deprecated: use MIMETextJavaScript instead
	MIMEApplicationJavaScript = "application/javascript"
	MIMEApplicationForm       = "application/x-www-form-urlencoded"
	MIMEOctetStream           = "application/octet-stream"
	MIMEMultipartForm         = "multipart/form-data"

	MIMETextXMLCharsetUTF8         = "text/xml; charset=utf-8"
	MIMETextHTMLCharsetUTF8        = "text/html; charset=utf-8"
	MIMETextPlainCharsetUTF8       = "text/plain; charset=utf-8"
	MIMETextJavaScriptCharsetUTF8  = "text/javascript; charset=utf-8"
	MIMEApplicationXMLCharsetUTF8  = "application/xml; charset=utf-8"
	MIMEApplicationJSONCharsetUTF8 = "application/json; charset=utf-8"
	// Deprecated: use MIMETextJavaScriptCharsetUTF8 instead
	MIMEApplicationJavaScriptCharsetUTF8 = "application/javascript; charset=utf-8"
)

// HTTP status codes, with the values of the real package (helpers.go): net/http's
// set with StatusNonAuthoritativeInfo renamed to StatusNonAuthoritativeInformation
// and StatusSwitchProxy (306) added.
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

// HTTP headers, with the values of the real package (helpers.go).
const (
	HeaderAuthorization                   = "Authorization"
	HeaderProxyAuthenticate               = "Proxy-Authenticate"
	HeaderProxyAuthorization              = "Proxy-Authorization"
	HeaderWWWAuthenticate                 = "WWW-Authenticate"
	HeaderAge                             = "Age"
	HeaderCacheControl                    = "Cache-Control"
	HeaderClearSiteData                   = "Clear-Site-Data"
	HeaderExpires                         = "Expires"
	HeaderPragma                          = "Pragma"
	HeaderWarning                         = "Warning"
	HeaderAcceptCH                        = "Accept-CH"
	HeaderAcceptCHLifetime                = "Accept-CH-Lifetime"
	HeaderContentDPR                      = "Content-DPR"
	HeaderDPR                             = "DPR"
	HeaderEarlyData                       = "Early-Data"
	HeaderSaveData                        = "Save-Data"
	HeaderViewportWidth                   = "Viewport-Width"
	HeaderWidth                           = "Width"
	HeaderETag                            = "ETag"
	HeaderIfMatch                         = "If-Match"
	HeaderIfModifiedSince                 = "If-Modified-Since"
	HeaderIfNoneMatch                     = "If-None-Match"
	HeaderIfUnmodifiedSince               = "If-Unmodified-Since"
	HeaderLastModified                    = "Last-Modified"
	HeaderVary                            = "Vary"
	HeaderConnection                      = "Connection"
	HeaderKeepAlive                       = "Keep-Alive"
	HeaderAccept                          = "Accept"
	HeaderAcceptCharset                   = "Accept-Charset"
	HeaderAcceptEncoding                  = "Accept-Encoding"
	HeaderAcceptLanguage                  = "Accept-Language"
	HeaderCookie                          = "Cookie"
	HeaderExpect                          = "Expect"
	HeaderMaxForwards                     = "Max-Forwards"
	HeaderSetCookie                       = "Set-Cookie"
	HeaderAccessControlAllowCredentials   = "Access-Control-Allow-Credentials"
	HeaderAccessControlAllowHeaders       = "Access-Control-Allow-Headers"
	HeaderAccessControlAllowMethods       = "Access-Control-Allow-Methods"
	HeaderAccessControlAllowOrigin        = "Access-Control-Allow-Origin"
	HeaderAccessControlExposeHeaders      = "Access-Control-Expose-Headers"
	HeaderAccessControlMaxAge             = "Access-Control-Max-Age"
	HeaderAccessControlRequestHeaders     = "Access-Control-Request-Headers"
	HeaderAccessControlRequestMethod      = "Access-Control-Request-Method"
	HeaderOrigin                          = "Origin"
	HeaderTimingAllowOrigin               = "Timing-Allow-Origin"
	HeaderXPermittedCrossDomainPolicies   = "X-Permitted-Cross-Domain-Policies"
	HeaderDNT                             = "DNT"
	HeaderTk                              = "Tk"
	HeaderContentDisposition              = "Content-Disposition"
	HeaderContentEncoding                 = "Content-Encoding"
	HeaderContentLanguage                 = "Content-Language"
	HeaderContentLength                   = "Content-Length"
	HeaderContentLocation                 = "Content-Location"
	HeaderContentType                     = "Content-Type"
	HeaderForwarded                       = "Forwarded"
	HeaderVia                             = "Via"
	HeaderXForwardedFor                   = "X-Forwarded-For"
	HeaderXForwardedHost                  = "X-Forwarded-Host"
	HeaderXForwardedProto                 = "X-Forwarded-Proto"
	HeaderXForwardedProtocol              = "X-Forwarded-Protocol"
	HeaderXForwardedSsl                   = "X-Forwarded-Ssl"
	HeaderXUrlScheme                      = "X-Url-Scheme"
	HeaderLocation                        = "Location"
	HeaderFrom                            = "From"
	HeaderHost                            = "Host"
	HeaderReferer                         = "Referer"
	HeaderReferrerPolicy                  = "Referrer-Policy"
	HeaderUserAgent                       = "User-Agent"
	HeaderAllow                           = "Allow"
	HeaderServer                          = "Server"
	HeaderAcceptRanges                    = "Accept-Ranges"
	HeaderContentRange                    = "Content-Range"
	HeaderIfRange                         = "If-Range"
	HeaderRange                           = "Range"
	HeaderContentSecurityPolicy           = "Content-Security-Policy"
	HeaderContentSecurityPolicyReportOnly = "Content-Security-Policy-Report-Only"
	HeaderCrossOriginResourcePolicy       = "Cross-Origin-Resource-Policy"
	HeaderExpectCT                        = "Expect-CT"
	// Deprecated: use HeaderPermissionsPolicy instead
	HeaderFeaturePolicy           = "Feature-Policy"
	HeaderPermissionsPolicy       = "Permissions-Policy"
	HeaderPublicKeyPins           = "Public-Key-Pins"
	HeaderPublicKeyPinsReportOnly = "Public-Key-Pins-Report-Only"
	HeaderStrictTransportSecurity = "Strict-Transport-Security"
	HeaderUpgradeInsecureRequests = "Upgrade-Insecure-Requests"
	HeaderXContentTypeOptions     = "X-Content-Type-Options"
	HeaderXDownloadOptions        = "X-Download-Options"
	HeaderXFrameOptions           = "X-Frame-Options"
	HeaderXPoweredBy              = "X-Powered-By"
	HeaderXXSSProtection          = "X-XSS-Protection"
	HeaderLastEventID             = "Last-Event-ID"
	HeaderNEL                     = "NEL"
	HeaderPingFrom                = "Ping-From"
	HeaderPingTo                  = "Ping-To"
	HeaderReportTo                = "Report-To"
	HeaderTE                      = "TE"
	HeaderTrailer                 = "Trailer"
	HeaderTransferEncoding        = "Transfer-Encoding"
	HeaderSecWebSocketAccept      = "Sec-WebSocket-Accept"
	HeaderSecWebSocketExtensions  = "Sec-WebSocket-Extensions"
	HeaderSecWebSocketKey         = "Sec-WebSocket-Key"
	HeaderSecWebSocketProtocol    = "Sec-WebSocket-Protocol"
	HeaderSecWebSocketVersion     = "Sec-WebSocket-Version"
	HeaderAcceptPatch             = "Accept-Patch"
	HeaderAcceptPushPolicy        = "Accept-Push-Policy"
	HeaderAcceptSignature         = "Accept-Signature"
	HeaderAltSvc                  = "Alt-Svc"
	HeaderDate                    = "Date"
	HeaderIndex                   = "Index"
	HeaderLargeAllocation         = "Large-Allocation"
	HeaderLink                    = "Link"
	HeaderPushPolicy              = "Push-Policy"
	HeaderRetryAfter              = "Retry-After"
	HeaderServerTiming            = "Server-Timing"
	HeaderSignature               = "Signature"
	HeaderSignedHeaders           = "Signed-Headers"
	HeaderSourceMap               = "SourceMap"
	HeaderUpgrade                 = "Upgrade"
	HeaderXDNSPrefetchControl     = "X-DNS-Prefetch-Control"
	HeaderXPingback               = "X-Pingback"
	HeaderXRequestID              = "X-Request-ID"
	HeaderXRequestedWith          = "X-Requested-With"
	HeaderXRobotsTag              = "X-Robots-Tag"
	HeaderXUACompatible           = "X-UA-Compatible"
)
