// Package echo is a test stub of github.com/labstack/echo/v4@v4.16.0. It
// declares only the API that protolint resolves; bodies are dummies.
package echo

import (
	"bufio"
	"errors"
	"io"
	"log"
	"mime/multipart"
	"net"
	"net/http"
	"net/url"
)

// Context represents the context of the current HTTP request (context.go).
// Logger() and SetLogger() are omitted: their Logger type needs
// github.com/labstack/gommon.
type Context interface {
	Request() *http.Request
	SetRequest(r *http.Request)
	SetResponse(r *Response)
	Response() *Response
	IsTLS() bool
	IsWebSocket() bool
	Scheme() string
	RealIP() string
	Path() string
	SetPath(p string)
	Param(name string) string
	ParamNames() []string
	SetParamNames(names ...string)
	ParamValues() []string
	SetParamValues(values ...string)
	QueryParam(name string) string
	QueryParams() url.Values
	QueryString() string
	FormValue(name string) string
	FormParams() (url.Values, error)
	FormFile(name string) (*multipart.FileHeader, error)
	MultipartForm() (*multipart.Form, error)
	Cookie(name string) (*http.Cookie, error)
	SetCookie(cookie *http.Cookie)
	Cookies() []*http.Cookie
	Get(key string) any
	Set(key string, val any)
	Bind(i any) error
	Validate(i any) error
	Render(code int, name string, data any) error
	HTML(code int, html string) error
	HTMLBlob(code int, b []byte) error
	String(code int, s string) error
	JSON(code int, i any) error
	JSONPretty(code int, i any, indent string) error
	JSONBlob(code int, b []byte) error
	JSONP(code int, callback string, i any) error
	JSONPBlob(code int, callback string, b []byte) error
	XML(code int, i any) error
	XMLPretty(code int, i any, indent string) error
	XMLBlob(code int, b []byte) error
	Blob(code int, contentType string, b []byte) error
	Stream(code int, contentType string, r io.Reader) error
	File(file string) error
	Attachment(file string, name string) error
	Inline(file string, name string) error
	NoContent(code int) error
	Redirect(code int, url string) error
	Error(err error)
	Handler() HandlerFunc
	SetHandler(h HandlerFunc)
	Echo() *Echo
	Reset(r *http.Request, w http.ResponseWriter)
}

// Response wraps an http.ResponseWriter and implements its interface (response.go).
type Response struct {
	Writer    http.ResponseWriter
	Status    int
	Size      int64
	Committed bool
}

func NewResponse(w http.ResponseWriter, e *Echo) (r *Response) { return nil }

func (r *Response) Header() http.Header { return nil }

func (r *Response) Before(fn func()) {}

func (r *Response) After(fn func()) {}

func (r *Response) WriteHeader(code int) {}

func (r *Response) Write(b []byte) (n int, err error) { return 0, nil }

func (r *Response) Flush() {}

func (r *Response) Hijack() (net.Conn, *bufio.ReadWriter, error) { return nil, nil, nil }

func (r *Response) Unwrap() http.ResponseWriter { return nil }

// Route contains a handler and information for matching against requests (echo.go).
type Route struct {
	Method string `json:"method"`
	Path   string `json:"path"`
	Name   string `json:"name"`
}

// HTTPError represents an error that occurred while handling a request.
type HTTPError struct {
	Internal error       `json:"-"` // Stores the error returned by an external dependency
	Message  interface{} `json:"message"`
	Code     int         `json:"-"`
}

// MiddlewareFunc defines a function to process middleware.
type MiddlewareFunc func(next HandlerFunc) HandlerFunc

// HandlerFunc defines a function to serve HTTP requests.
type HandlerFunc func(c Context) error

// HTTPErrorHandler is a centralized HTTP error handler.
type HTTPErrorHandler func(err error, c Context)

// Validator is the interface that wraps the Validate function.
type Validator interface {
	Validate(i interface{}) error
}

// JSONSerializer is the interface that encodes and decodes JSON to and from interfaces.
type JSONSerializer interface {
	Serialize(c Context, i interface{}, indent string) error
	Deserialize(c Context, i interface{}) error
}

// Binder is the interface that wraps the Bind method (bind.go).
type Binder interface {
	Bind(i interface{}, c Context) error
}

// Renderer is the interface that wraps the Render function (renderer.go).
type Renderer interface {
	Render(io.Writer, string, interface{}, Context) error
}

// Map defines a generic map of type `map[string]interface{}`.
type Map map[string]interface{}

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
	HeaderXCSRFToken                      = "X-CSRF-Token"
	HeaderReferrerPolicy                  = "Referrer-Policy"

	HeaderSecFetchSite = "Sec-Fetch-Site"
)

// Errors. The real package builds the HTTP errors with NewHTTPError; the stub
// uses composite literals so that it contains no status sink calls.
var (
	ErrBadRequest                    = &HTTPError{Code: http.StatusBadRequest}
	ErrUnauthorized                  = &HTTPError{Code: http.StatusUnauthorized}
	ErrForbidden                     = &HTTPError{Code: http.StatusForbidden}
	ErrNotFound                      = &HTTPError{Code: http.StatusNotFound}
	ErrMethodNotAllowed              = &HTTPError{Code: http.StatusMethodNotAllowed}
	ErrStatusRequestEntityTooLarge   = &HTTPError{Code: http.StatusRequestEntityTooLarge}
	ErrUnsupportedMediaType          = &HTTPError{Code: http.StatusUnsupportedMediaType}
	ErrTooManyRequests               = &HTTPError{Code: http.StatusTooManyRequests}
	ErrInternalServerError           = &HTTPError{Code: http.StatusInternalServerError}
	ErrBadGateway                    = &HTTPError{Code: http.StatusBadGateway}
	ErrServiceUnavailable            = &HTTPError{Code: http.StatusServiceUnavailable}
	ErrNetworkAuthenticationRequired = &HTTPError{Code: http.StatusNetworkAuthenticationRequired}

	ErrValidatorNotRegistered = errors.New("validator not registered")
	ErrRendererNotRegistered  = errors.New("renderer not registered")
	ErrInvalidRedirectCode    = errors.New("invalid redirect status code")
	ErrCookieNotFound         = errors.New("cookie not found")
)

// Echo is the top-level framework instance (echo.go).
type Echo struct {
	StdLogger        *log.Logger
	Server           *http.Server
	TLSServer        *http.Server
	Listener         net.Listener
	TLSListener      net.Listener
	HTTPErrorHandler HTTPErrorHandler
	Binder           Binder
	JSONSerializer   JSONSerializer
	Validator        Validator
	Renderer         Renderer
	ListenerNetwork  string
	DisableHTTP2     bool
	Debug            bool
	HideBanner       bool
	HidePort         bool
}

func New() (e *Echo) { return nil }

func (e *Echo) NewContext(r *http.Request, w http.ResponseWriter) Context { return nil }

func (e *Echo) DefaultHTTPErrorHandler(err error, c Context) {}

func (e *Echo) Pre(middleware ...MiddlewareFunc) {}

func (e *Echo) Use(middleware ...MiddlewareFunc) {}

func (e *Echo) DELETE(path string, h HandlerFunc, m ...MiddlewareFunc) *Route { return nil }

func (e *Echo) GET(path string, h HandlerFunc, m ...MiddlewareFunc) *Route { return nil }

func (e *Echo) HEAD(path string, h HandlerFunc, m ...MiddlewareFunc) *Route { return nil }

func (e *Echo) OPTIONS(path string, h HandlerFunc, m ...MiddlewareFunc) *Route { return nil }

func (e *Echo) PATCH(path string, h HandlerFunc, m ...MiddlewareFunc) *Route { return nil }

func (e *Echo) POST(path string, h HandlerFunc, m ...MiddlewareFunc) *Route { return nil }

func (e *Echo) PUT(path string, h HandlerFunc, m ...MiddlewareFunc) *Route { return nil }

func (e *Echo) Any(path string, handler HandlerFunc, middleware ...MiddlewareFunc) []*Route {
	return nil
}

func (e *Echo) Add(method, path string, handler HandlerFunc, middleware ...MiddlewareFunc) *Route {
	return nil
}

func (e *Echo) Group(prefix string, m ...MiddlewareFunc) (g *Group) { return nil }

func (e *Echo) ServeHTTP(w http.ResponseWriter, r *http.Request) {}

func (e *Echo) Start(address string) error { return nil }

func (e *Echo) Close() error { return nil }

// Group is a set of sub-routes for a specified route (group.go).
type Group struct{}

func (g *Group) Use(middleware ...MiddlewareFunc) {}

func (g *Group) DELETE(path string, h HandlerFunc, m ...MiddlewareFunc) *Route { return nil }

func (g *Group) GET(path string, h HandlerFunc, m ...MiddlewareFunc) *Route { return nil }

func (g *Group) POST(path string, h HandlerFunc, m ...MiddlewareFunc) *Route { return nil }

func (g *Group) PUT(path string, h HandlerFunc, m ...MiddlewareFunc) *Route { return nil }

func (g *Group) Group(prefix string, middleware ...MiddlewareFunc) (sg *Group) { return nil }

// NewHTTPError creates a new HTTPError instance.
func NewHTTPError(code int, message ...interface{}) *HTTPError { return nil }

func (he *HTTPError) Error() string { return "" }

func (he *HTTPError) SetInternal(err error) *HTTPError { return he }

func (he *HTTPError) WithInternal(err error) *HTTPError { return he }

func (he *HTTPError) Unwrap() error { return nil }

// WrapHandler wraps `http.Handler` into `echo.HandlerFunc`.
func WrapHandler(h http.Handler) HandlerFunc { return nil }
