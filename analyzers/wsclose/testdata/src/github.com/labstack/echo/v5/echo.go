// Package echo is a test stub of github.com/labstack/echo/v5@v5.4.4. It
// declares only the API that protolint resolves; bodies are dummies.
//
// In v5 Context is a struct (handlers take *Context), Response() returns
// http.ResponseWriter, NewHTTPError takes a single string message, and there is
// no Map type (removed in v5; see API_CHANGES_V5.md).
package echo

import (
	"bufio"
	"context"
	"errors"
	"io"
	"io/fs"
	"log/slog"
	"mime/multipart"
	"net"
	"net/http"
	"net/url"
)

// Context represents the context of the current HTTP request (context.go).
type Context struct{}

func NewContext(r *http.Request, w http.ResponseWriter, opts ...any) *Context { return nil }

func (c *Context) Reset(r *http.Request, w http.ResponseWriter) {}

func (c *Context) Request() *http.Request { return nil }

func (c *Context) SetRequest(r *http.Request) {}

func (c *Context) Response() http.ResponseWriter { return nil }

func (c *Context) SetResponse(r http.ResponseWriter) {}

func (c *Context) IsTLS() bool { return false }

func (c *Context) IsWebSocket() bool { return false }

func (c *Context) Scheme() string { return "" }

func (c *Context) RealIP() string { return "" }

func (c *Context) Path() string { return "" }

func (c *Context) SetPath(p string) {}

func (c *Context) RouteInfo() RouteInfo { return RouteInfo{} }

func (c *Context) Param(name string) string { return "" }

func (c *Context) ParamOr(name, defaultValue string) string { return "" }

func (c *Context) PathValues() PathValues { return nil }

func (c *Context) SetPathValues(pathValues PathValues) {}

func (c *Context) QueryParam(name string) string { return "" }

func (c *Context) QueryParamOr(name, defaultValue string) string { return "" }

func (c *Context) QueryParams() url.Values { return nil }

func (c *Context) QueryString() string { return "" }

func (c *Context) FormValue(name string) string { return "" }

func (c *Context) FormValueOr(name, defaultValue string) string { return "" }

func (c *Context) FormValues() (url.Values, error) { return nil, nil }

func (c *Context) FormFile(name string) (*multipart.FileHeader, error) { return nil, nil }

func (c *Context) MultipartForm() (*multipart.Form, error) { return nil, nil }

func (c *Context) Cookie(name string) (*http.Cookie, error) { return nil, nil }

func (c *Context) SetCookie(cookie *http.Cookie) {}

func (c *Context) Cookies() []*http.Cookie { return nil }

func (c *Context) Get(key string) any { return nil }

func (c *Context) Set(key string, val any) {}

func (c *Context) Bind(i any) error { return nil }

func (c *Context) Validate(i any) error { return nil }

func (c *Context) ValidateCtx(i any) error { return nil }

func (c *Context) Render(code int, name string, data any) (err error) { return nil }

func (c *Context) HTML(code int, html string) (err error) { return nil }

func (c *Context) HTMLBlob(code int, b []byte) (err error) { return nil }

func (c *Context) String(code int, s string) (err error) { return nil }

func (c *Context) JSON(code int, i any) (err error) { return nil }

func (c *Context) JSONPretty(code int, i any, indent string) (err error) { return nil }

func (c *Context) JSONBlob(code int, b []byte) (err error) { return nil }

func (c *Context) JSONP(code int, callback string, i any) (err error) { return nil }

func (c *Context) JSONPBlob(code int, callback string, b []byte) (err error) { return nil }

func (c *Context) XML(code int, i any) (err error) { return nil }

func (c *Context) XMLPretty(code int, i any, indent string) (err error) { return nil }

func (c *Context) XMLBlob(code int, b []byte) (err error) { return nil }

func (c *Context) Blob(code int, contentType string, b []byte) (err error) { return nil }

func (c *Context) Stream(code int, contentType string, r io.Reader) (err error) { return nil }

func (c *Context) File(file string) error { return nil }

func (c *Context) FileFS(file string, filesystem fs.FS) error { return nil }

func (c *Context) Attachment(file, name string) error { return nil }

func (c *Context) Inline(file, name string) error { return nil }

func (c *Context) NoContent(code int) error { return nil }

func (c *Context) Redirect(code int, url string) error { return nil }

func (c *Context) Logger() *slog.Logger { return nil }

func (c *Context) SetLogger(logger *slog.Logger) {}

func (c *Context) Echo() *Echo { return nil }

// Response wraps an http.ResponseWriter and implements its interface (response.go).
type Response struct {
	http.ResponseWriter
	Status    int
	Size      int64
	Committed bool
}

func NewResponse(w http.ResponseWriter, logger *slog.Logger) (r *Response) { return nil }

func (r *Response) Before(fn func()) {}

func (r *Response) After(fn func()) {}

func (r *Response) WriteHeader(code int) {}

func (r *Response) Write(b []byte) (n int, err error) { return 0, nil }

func (r *Response) Flush() {}

func (r *Response) Hijack() (net.Conn, *bufio.ReadWriter, error) { return nil, nil, nil }

func (r *Response) Unwrap() http.ResponseWriter { return nil }

func UnwrapResponse(rw http.ResponseWriter) (*Response, error) { return nil, nil }

// HTTPError represents an error that occurred while handling a request (httperror.go).
type HTTPError struct {
	Code    int    `json:"-"`
	Message string `json:"message"`
	err     error
}

// NewHTTPError creates new instance of HTTPError.
func NewHTTPError(code int, message string) *HTTPError { return nil }

func (he *HTTPError) StatusCode() int { return 0 }

func (he *HTTPError) Error() string { return "" }

// Wrap has a value receiver in the real package.
func (he HTTPError) Wrap(err error) error { return nil }

func (he *HTTPError) Unwrap() error { return nil }

// HTTPStatusCoder is interface that errors can implement to produce status code for HTTP response.
type HTTPStatusCoder interface {
	StatusCode() int
}

func StatusCode(err error) int { return 0 }

type httpError struct {
	code int
}

func (he httpError) StatusCode() int { return he.code }

func (he httpError) Error() string { return "" }

func (he httpError) Wrap(err error) error { return nil }

// Errors, as in the real package (httperror.go).
var (
	ErrBadRequest                  = &httpError{http.StatusBadRequest}            // 400
	ErrUnauthorized                = &httpError{http.StatusUnauthorized}          // 401
	ErrForbidden                   = &httpError{http.StatusForbidden}             // 403
	ErrNotFound                    = &httpError{http.StatusNotFound}              // 404
	ErrMethodNotAllowed            = &httpError{http.StatusMethodNotAllowed}      // 405
	ErrRequestTimeout              = &httpError{http.StatusRequestTimeout}        // 408
	ErrStatusRequestEntityTooLarge = &httpError{http.StatusRequestEntityTooLarge} // 413
	ErrUnsupportedMediaType        = &httpError{http.StatusUnsupportedMediaType}  // 415
	ErrTooManyRequests             = &httpError{http.StatusTooManyRequests}       // 429
	ErrInternalServerError         = &httpError{http.StatusInternalServerError}   // 500
	ErrBadGateway                  = &httpError{http.StatusBadGateway}            // 502
	ErrServiceUnavailable          = &httpError{http.StatusServiceUnavailable}    // 503
)

var (
	ErrValidatorNotRegistered = errors.New("validator not registered")
	ErrRendererNotRegistered  = errors.New("renderer not registered")
	ErrInvalidRedirectCode    = errors.New("invalid redirect status code")
	ErrCookieNotFound         = errors.New("cookie not found")
)

// HTTPErrorHandler is a centralized HTTP error handler.
type HTTPErrorHandler func(c *Context, err error)

// HandlerFunc defines a function to serve HTTP requests.
type HandlerFunc func(c *Context) error

// MiddlewareFunc defines a function to process middleware.
type MiddlewareFunc func(next HandlerFunc) HandlerFunc

// Validator is the interface that wraps the Validate function.
type Validator interface {
	Validate(i any) error
}

// JSONSerializer is the interface that encodes and decodes JSON to and from interfaces.
type JSONSerializer interface {
	Serialize(c *Context, target any, indent string) error
	Deserialize(c *Context, target any) error
}

// Binder is the interface that wraps the Bind method (bind.go).
type Binder interface {
	Bind(c *Context, target any) error
}

// Renderer is the interface that wraps the Render function (renderer.go).
type Renderer interface {
	Render(c *Context, w io.Writer, templateName string, data any) error
}

// RouteInfo contains information about registered Route (route.go).
type RouteInfo struct {
	Name       string
	Method     string
	Path       string
	Parameters []string
}

// Routes is collection of RouteInfo instances with various helper methods (router.go).
type Routes []RouteInfo

// PathValue is tuple pf path parameter name and its value in request path (router.go).
type PathValue struct {
	Name  string
	Value string
}

// PathValues is collections of PathValue instances with various helper methods.
type PathValues []PathValue

func (p PathValues) Get(name string) (string, bool) { return "", false }

func (p PathValues) GetOr(name string, defaultValue string) string { return "" }

// Echo is the top-level framework instance (echo.go).
type Echo struct {
	Binder           Binder
	Filesystem       fs.FS
	Renderer         Renderer
	Validator        Validator
	JSONSerializer   JSONSerializer
	HTTPErrorHandler HTTPErrorHandler
	Logger           *slog.Logger
}

func New() *Echo { return nil }

func DefaultHTTPErrorHandler(exposeError bool) HTTPErrorHandler { return nil }

func (e *Echo) NewContext(r *http.Request, w http.ResponseWriter) *Context { return nil }

func (e *Echo) Pre(middleware ...MiddlewareFunc) {}

func (e *Echo) Use(middleware ...MiddlewareFunc) {}

func (e *Echo) DELETE(path string, h HandlerFunc, m ...MiddlewareFunc) RouteInfo {
	return RouteInfo{}
}

func (e *Echo) GET(path string, h HandlerFunc, m ...MiddlewareFunc) RouteInfo { return RouteInfo{} }

func (e *Echo) HEAD(path string, h HandlerFunc, m ...MiddlewareFunc) RouteInfo { return RouteInfo{} }

func (e *Echo) PATCH(path string, h HandlerFunc, m ...MiddlewareFunc) RouteInfo {
	return RouteInfo{}
}

func (e *Echo) POST(path string, h HandlerFunc, m ...MiddlewareFunc) RouteInfo { return RouteInfo{} }

func (e *Echo) PUT(path string, h HandlerFunc, m ...MiddlewareFunc) RouteInfo { return RouteInfo{} }

func (e *Echo) Any(path string, handler HandlerFunc, middleware ...MiddlewareFunc) RouteInfo {
	return RouteInfo{}
}

func (e *Echo) Add(method, path string, handler HandlerFunc, middleware ...MiddlewareFunc) RouteInfo {
	return RouteInfo{}
}

func (e *Echo) Group(prefix string, m ...MiddlewareFunc) (g *Group) { return nil }

func (e *Echo) ServeHTTP(w http.ResponseWriter, r *http.Request) {}

func (e *Echo) Start(address string) error { return nil }

// StartConfig is for creating configured http.Server instance to start serve http(s) requests with given Echo (server.go).
type StartConfig struct {
	Address         string
	HideBanner      bool
	HidePort        bool
	Listener        net.Listener
	ListenerNetwork string
}

// Start starts given Handler with HTTP(s) server. Value receiver, as in the real package.
func (sc StartConfig) Start(ctx context.Context, h http.Handler) error { return nil }

// Group is a set of sub-routes for a specified route (group.go).
type Group struct{}

func (g *Group) Use(middleware ...MiddlewareFunc) {}

func (g *Group) DELETE(path string, h HandlerFunc, m ...MiddlewareFunc) RouteInfo {
	return RouteInfo{}
}

func (g *Group) GET(path string, h HandlerFunc, m ...MiddlewareFunc) RouteInfo { return RouteInfo{} }

func (g *Group) POST(path string, h HandlerFunc, m ...MiddlewareFunc) RouteInfo { return RouteInfo{} }

func (g *Group) PUT(path string, h HandlerFunc, m ...MiddlewareFunc) RouteInfo { return RouteInfo{} }

func (g *Group) Group(prefix string, middleware ...MiddlewareFunc) (sg *Group) { return nil }

// WrapHandler wraps `http.Handler` into `echo.HandlerFunc`.
func WrapHandler(h http.Handler) HandlerFunc { return nil }

// MIME types, with the values of the real package.
const (
	MIMEApplicationJSON                  = "application/json"
	MIMEApplicationJSONCharsetUTF8       = MIMEApplicationJSON + "; " + charsetUTF8
	MIMEApplicationJavaScript            = "application/javascript"
	MIMEApplicationJavaScriptCharsetUTF8 = MIMEApplicationJavaScript + "; " + charsetUTF8
	MIMEApplicationXML                   = "application/xml"
	MIMEApplicationXMLCharsetUTF8        = MIMEApplicationXML + "; " + charsetUTF8
	MIMETextXML                          = "text/xml"
	MIMETextXMLCharsetUTF8               = MIMETextXML + "; " + charsetUTF8
	MIMEApplicationForm                  = "application/x-www-form-urlencoded"
	MIMEApplicationProtobuf              = "application/protobuf"
	MIMEApplicationMsgpack               = "application/msgpack"
	MIMEApplicationProblemJSON           = "application/problem+json"
	MIMETextHTML                         = "text/html"
	MIMETextHTMLCharsetUTF8              = MIMETextHTML + "; " + charsetUTF8
	MIMETextPlain                        = "text/plain"
	MIMETextPlainCharsetUTF8             = MIMETextPlain + "; " + charsetUTF8
	MIMEMultipartForm                    = "multipart/form-data"
	MIMEOctetStream                      = "application/octet-stream"
)

const charsetUTF8 = "charset=UTF-8"

// Headers, with the values of the real package.
const (
	HeaderAccept              = "Accept"
	HeaderAcceptEncoding      = "Accept-Encoding"
	HeaderAllow               = "Allow"
	HeaderAuthorization       = "Authorization"
	HeaderContentDisposition  = "Content-Disposition"
	HeaderContentEncoding     = "Content-Encoding"
	HeaderContentLength       = "Content-Length"
	HeaderContentType         = "Content-Type"
	HeaderCookie              = "Cookie"
	HeaderSetCookie           = "Set-Cookie"
	HeaderIfModifiedSince     = "If-Modified-Since"
	HeaderLastModified        = "Last-Modified"
	HeaderLocation            = "Location"
	HeaderRetryAfter          = "Retry-After"
	HeaderUpgrade             = "Upgrade"
	HeaderVary                = "Vary"
	HeaderWWWAuthenticate     = "WWW-Authenticate"
	HeaderXForwardedFor       = "X-Forwarded-For"
	HeaderXForwardedProto     = "X-Forwarded-Proto"
	HeaderXForwardedProtocol  = "X-Forwarded-Protocol"
	HeaderXForwardedSsl       = "X-Forwarded-Ssl"
	HeaderXUrlScheme          = "X-Url-Scheme"
	HeaderXHTTPMethodOverride = "X-HTTP-Method-Override"
	HeaderXRealIP             = "X-Real-Ip"
	HeaderXRequestID          = "X-Request-Id"
	HeaderXCorrelationID      = "X-Correlation-Id"
	HeaderXRequestedWith      = "X-Requested-With"
	HeaderServer              = "Server"

	HeaderOrigin       = "Origin"
	HeaderCacheControl = "Cache-Control"
	HeaderConnection   = "Connection"

	HeaderAccessControlRequestMethod    = "Access-Control-Request-Method"
	HeaderAccessControlRequestHeaders   = "Access-Control-Request-Headers"
	HeaderAccessControlAllowOrigin      = "Access-Control-Allow-Origin"
	HeaderAccessControlAllowMethods     = "Access-Control-Allow-Methods"
	HeaderAccessControlAllowHeaders     = "Access-Control-Allow-Headers"
	HeaderAccessControlAllowCredentials = "Access-Control-Allow-Credentials"
	HeaderAccessControlExposeHeaders    = "Access-Control-Expose-Headers"
	HeaderAccessControlMaxAge           = "Access-Control-Max-Age"

	HeaderStrictTransportSecurity         = "Strict-Transport-Security"
	HeaderXContentTypeOptions             = "X-Content-Type-Options"
	HeaderXXSSProtection                  = "X-XSS-Protection"
	HeaderXFrameOptions                   = "X-Frame-Options"
	HeaderContentSecurityPolicy           = "Content-Security-Policy"
	HeaderContentSecurityPolicyReportOnly = "Content-Security-Policy-Report-Only"
	HeaderXCSRFToken                      = "X-CSRF-Token" // #nosec G101
	HeaderReferrerPolicy                  = "Referrer-Policy"

	HeaderSecFetchSite = "Sec-Fetch-Site"
)
