// Package fasthttp is a test stub of github.com/valyala/fasthttp@v1.78.0. It
// declares only the API that protolint resolves; bodies are dummies.
package fasthttp

import (
	"bufio"
	"io"
	"net"
	"time"
)

// RequestHandler must process incoming requests (server.go).
type RequestHandler func(ctx *RequestCtx)

// HijackHandler must process the hijacked connection.
type HijackHandler func(c net.Conn)

// StreamWriter must write data to w (stream.go).
type StreamWriter func(w *bufio.Writer)

// Logger is used for logging formatted messages.
type Logger interface {
	// Printf must have the same semantics as log.Printf.
	Printf(format string, args ...any)
}

// Server implements HTTP server.
type Server struct {
	Logger Logger

	Handler RequestHandler

	ErrorHandler func(ctx *RequestCtx, err error)

	Name string
}

func (s *Server) ListenAndServe(addr string) error { return nil }

func (s *Server) Serve(ln net.Listener) error { return nil }

func Serve(ln net.Listener, handler RequestHandler) error { return nil }

func ListenAndServe(addr string, handler RequestHandler) error { return nil }

// StatusMessage returns HTTP status message for the given status code (status.go).
func StatusMessage(statusCode int) string { return "" }

// RequestCtx contains incoming request and manages outgoing response.
type RequestCtx struct {
	Response Response

	Request Request
}

func (ctx *RequestCtx) EarlyHints() error { return nil }

func (ctx *RequestCtx) Hijack(handler HijackHandler) {}

func (ctx *RequestCtx) HijackSetNoResponse(noResponse bool) {}

func (ctx *RequestCtx) Hijacked() bool { return false }

func (ctx *RequestCtx) SetUserValue(key, value any) {}

func (ctx *RequestCtx) UserValue(key any) any { return nil }

func (ctx *RequestCtx) Conn() net.Conn { return nil }

func (ctx *RequestCtx) String() string { return "" }

func (ctx *RequestCtx) ID() uint64 { return 0 }

func (ctx *RequestCtx) Time() time.Time { return time.Time{} }

func (ctx *RequestCtx) SetConnectionClose() {}

func (ctx *RequestCtx) SetStatusCode(statusCode int) {}

func (ctx *RequestCtx) SetContentType(contentType string) {}

func (ctx *RequestCtx) SetContentTypeBytes(contentType []byte) {}

func (ctx *RequestCtx) RequestURI() []byte { return nil }

func (ctx *RequestCtx) URI() *URI { return nil }

func (ctx *RequestCtx) Referer() []byte { return nil }

func (ctx *RequestCtx) UserAgent() []byte { return nil }

func (ctx *RequestCtx) Path() []byte { return nil }

func (ctx *RequestCtx) Host() []byte { return nil }

func (ctx *RequestCtx) QueryArgs() *Args { return nil }

func (ctx *RequestCtx) PostArgs() *Args { return nil }

func (ctx *RequestCtx) FormValue(key string) []byte { return nil }

func (ctx *RequestCtx) IsGet() bool { return false }

func (ctx *RequestCtx) IsPost() bool { return false }

func (ctx *RequestCtx) IsPut() bool { return false }

func (ctx *RequestCtx) IsDelete() bool { return false }

func (ctx *RequestCtx) Method() []byte { return nil }

func (ctx *RequestCtx) IsHead() bool { return false }

func (ctx *RequestCtx) RemoteAddr() net.Addr { return nil }

func (ctx *RequestCtx) LocalAddr() net.Addr { return nil }

func (ctx *RequestCtx) RemoteIP() net.IP { return nil }

func (ctx *RequestCtx) Error(msg string, statusCode int) {}

func (ctx *RequestCtx) Success(contentType string, body []byte) {}

func (ctx *RequestCtx) SuccessString(contentType, body string) {}

func (ctx *RequestCtx) Redirect(uri string, statusCode int) {}

func (ctx *RequestCtx) RedirectBytes(uri []byte, statusCode int) {}

func (ctx *RequestCtx) SetBody(body []byte) {}

func (ctx *RequestCtx) SetBodyString(body string) {}

func (ctx *RequestCtx) ResetBody() {}

func (ctx *RequestCtx) SendFile(path string) {}

func (ctx *RequestCtx) NotModified() {}

func (ctx *RequestCtx) NotFound() {}

func (ctx *RequestCtx) Write(p []byte) (int, error) { return 0, nil }

func (ctx *RequestCtx) WriteString(s string) (int, error) { return 0, nil }

func (ctx *RequestCtx) PostBody() []byte { return nil }

func (ctx *RequestCtx) SetBodyStream(bodyStream io.Reader, bodySize int) {}

func (ctx *RequestCtx) SetBodyStreamWriter(sw StreamWriter) {}

func (ctx *RequestCtx) Logger() Logger { return nil }

func (ctx *RequestCtx) TimeoutError(msg string) {}

func (ctx *RequestCtx) TimeoutErrorWithCode(msg string, statusCode int) {}

func (ctx *RequestCtx) TimeoutErrorWithResponse(resp *Response) {}

func (ctx *RequestCtx) Deadline() (deadline time.Time, ok bool) { return time.Time{}, false }

func (ctx *RequestCtx) Done() <-chan struct{} { return nil }

func (ctx *RequestCtx) Err() error { return nil }

func (ctx *RequestCtx) Value(key any) any { return nil }

// Request represents HTTP request (http.go).
type Request struct {
	// Request header.
	Header RequestHeader
}

func (req *Request) SetRequestURI(requestURI string) {}

func (req *Request) Body() []byte { return nil }

func (req *Request) SetBody(body []byte) {}

func (req *Request) SetBodyString(body string) {}

func (req *Request) URI() *URI { return nil }

func (req *Request) Reset() {}

// Response represents HTTP response (http.go).
type Response struct {
	// Response header.
	Header ResponseHeader

	ImmediateHeaderFlush bool
}

func (resp *Response) StatusCode() int { return 0 }

func (resp *Response) SetStatusCode(statusCode int) {}

func (resp *Response) SetConnectionClose() {}

func (resp *Response) BodyWriter() io.Writer { return nil }

func (resp *Response) Body() []byte { return nil }

func (resp *Response) BodyWriteTo(w io.Writer) error { return nil }

func (resp *Response) AppendBody(p []byte) {}

func (resp *Response) AppendBodyString(s string) {}

func (resp *Response) SetBody(body []byte) {}

func (resp *Response) SetBodyString(body string) {}

func (resp *Response) ResetBody() {}

func (resp *Response) SetBodyRaw(body []byte) {}

func (resp *Response) Reset() {}

// header holds the methods shared by RequestHeader and ResponseHeader; as in
// the real package, SetContentType is promoted from it.
type header struct{}

func (h *header) ConnectionClose() bool { return false }

func (h *header) SetConnectionClose() {}

func (h *header) SetContentType(contentType string) {}

func (h *header) SetContentTypeBytes(contentType []byte) {}

// ResponseHeader represents HTTP response header (header.go).
type ResponseHeader struct {
	header
}

func (h *ResponseHeader) StatusCode() int { return 0 }

func (h *ResponseHeader) SetStatusCode(statusCode int) {}

func (h *ResponseHeader) ContentLength() int { return 0 }

func (h *ResponseHeader) SetContentLength(contentLength int) {}

func (h *ResponseHeader) ContentType() []byte { return nil }

func (h *ResponseHeader) Del(key string) {}

func (h *ResponseHeader) Add(key, value string) {}

func (h *ResponseHeader) AddBytesV(key string, value []byte) {}

func (h *ResponseHeader) AddBytesKV(key, value []byte) {}

func (h *ResponseHeader) Set(key, value string) {}

func (h *ResponseHeader) SetBytesV(key string, value []byte) {}

func (h *ResponseHeader) SetBytesKV(key, value []byte) {}

func (h *ResponseHeader) SetCanonical(key, value []byte) {}

func (h *ResponseHeader) Peek(key string) []byte { return nil }

func (h *ResponseHeader) Reset() {}

// RequestHeader represents HTTP request header (header.go).
type RequestHeader struct {
	header
}

func (h *RequestHeader) ContentType() []byte { return nil }

func (h *RequestHeader) Host() []byte { return nil }

func (h *RequestHeader) SetHost(host string) {}

func (h *RequestHeader) Method() []byte { return nil }

func (h *RequestHeader) SetMethod(method string) {}

func (h *RequestHeader) RequestURI() []byte { return nil }

func (h *RequestHeader) Del(key string) {}

func (h *RequestHeader) Add(key, value string) {}

func (h *RequestHeader) Set(key, value string) {}

func (h *RequestHeader) Peek(key string) []byte { return nil }

// Args represents query arguments (args.go).
type Args struct{}

func (a *Args) Set(key, value string) {}

func (a *Args) Peek(key string) []byte { return nil }

func (a *Args) Has(key string) bool { return false }

// URI represents URI (uri.go).
type URI struct{}

func (u *URI) Path() []byte { return nil }

func (u *URI) String() string { return "" }

// Status codes, with the values of the real package (status.go). 306 is
// blank and there is no StatusTooEarly (425), as in the real package.
const (
	StatusContinue           = 100 // RFC 7231, 6.2.1
	StatusSwitchingProtocols = 101 // RFC 7231, 6.2.2
	StatusProcessing         = 102 // RFC 2518, 10.1
	StatusEarlyHints         = 103 // RFC 8297

	StatusOK                   = 200 // RFC 7231, 6.3.1
	StatusCreated              = 201 // RFC 7231, 6.3.2
	StatusAccepted             = 202 // RFC 7231, 6.3.3
	StatusNonAuthoritativeInfo = 203 // RFC 7231, 6.3.4
	StatusNoContent            = 204 // RFC 7231, 6.3.5
	StatusResetContent         = 205 // RFC 7231, 6.3.6
	StatusPartialContent       = 206 // RFC 7233, 4.1
	StatusMultiStatus          = 207 // RFC 4918, 11.1
	StatusAlreadyReported      = 208 // RFC 5842, 7.1
	StatusIMUsed               = 226 // RFC 3229, 10.4.1

	StatusMultipleChoices   = 300 // RFC 7231, 6.4.1
	StatusMovedPermanently  = 301 // RFC 7231, 6.4.2
	StatusFound             = 302 // RFC 7231, 6.4.3
	StatusSeeOther          = 303 // RFC 7231, 6.4.4
	StatusNotModified       = 304 // RFC 7232, 4.1
	StatusUseProxy          = 305 // RFC 7231, 6.4.5
	_                       = 306 // RFC 7231, 6.4.6 (Unused)
	StatusTemporaryRedirect = 307 // RFC 7231, 6.4.7
	StatusPermanentRedirect = 308 // RFC 7538, 3

	StatusBadRequest                   = 400 // RFC 7231, 6.5.1
	StatusUnauthorized                 = 401 // RFC 7235, 3.1
	StatusPaymentRequired              = 402 // RFC 7231, 6.5.2
	StatusForbidden                    = 403 // RFC 7231, 6.5.3
	StatusNotFound                     = 404 // RFC 7231, 6.5.4
	StatusMethodNotAllowed             = 405 // RFC 7231, 6.5.5
	StatusNotAcceptable                = 406 // RFC 7231, 6.5.6
	StatusProxyAuthRequired            = 407 // RFC 7235, 3.2
	StatusRequestTimeout               = 408 // RFC 7231, 6.5.7
	StatusConflict                     = 409 // RFC 7231, 6.5.8
	StatusGone                         = 410 // RFC 7231, 6.5.9
	StatusLengthRequired               = 411 // RFC 7231, 6.5.10
	StatusPreconditionFailed           = 412 // RFC 7232, 4.2
	StatusRequestEntityTooLarge        = 413 // RFC 7231, 6.5.11
	StatusRequestURITooLong            = 414 // RFC 7231, 6.5.12
	StatusUnsupportedMediaType         = 415 // RFC 7231, 6.5.13
	StatusRequestedRangeNotSatisfiable = 416 // RFC 7233, 4.4
	StatusExpectationFailed            = 417 // RFC 7231, 6.5.14
	StatusTeapot                       = 418 // RFC 7168, 2.3.3
	StatusMisdirectedRequest           = 421 // RFC 7540, 9.1.2
	StatusUnprocessableEntity          = 422 // RFC 4918, 11.2
	StatusLocked                       = 423 // RFC 4918, 11.3
	StatusFailedDependency             = 424 // RFC 4918, 11.4
	StatusUpgradeRequired              = 426 // RFC 7231, 6.5.15
	StatusPreconditionRequired         = 428 // RFC 6585, 3
	StatusTooManyRequests              = 429 // RFC 6585, 4
	StatusRequestHeaderFieldsTooLarge  = 431 // RFC 6585, 5
	StatusUnavailableForLegalReasons   = 451 // RFC 7725, 3

	StatusInternalServerError           = 500 // RFC 7231, 6.6.1
	StatusNotImplemented                = 501 // RFC 7231, 6.6.2
	StatusBadGateway                    = 502 // RFC 7231, 6.6.3
	StatusServiceUnavailable            = 503 // RFC 7231, 6.6.4
	StatusGatewayTimeout                = 504 // RFC 7231, 6.6.5
	StatusHTTPVersionNotSupported       = 505 // RFC 7231, 6.6.6
	StatusVariantAlsoNegotiates         = 506 // RFC 2295, 8.1
	StatusInsufficientStorage           = 507 // RFC 4918, 11.5
	StatusLoopDetected                  = 508 // RFC 5842, 7.2
	StatusNotExtended                   = 510 // RFC 2774, 7
	StatusNetworkAuthenticationRequired = 511 // RFC 6585, 6
)

// Header names, with the values of the real package (headers.go).
const (
	HeaderAccept                          = "Accept"
	HeaderAcceptCH                        = "Accept-CH"
	HeaderAcceptCharset                   = "Accept-Charset"
	HeaderAcceptCHLifetime                = "Accept-CH-Lifetime"
	HeaderAcceptEncoding                  = "Accept-Encoding"
	HeaderAcceptLanguage                  = "Accept-Language"
	HeaderAcceptPatch                     = "Accept-Patch"
	HeaderAcceptPushPolicy                = "Accept-Push-Policy"
	HeaderAcceptQuery                     = "Accept-Query"
	HeaderAcceptRanges                    = "Accept-Ranges"
	HeaderAcceptSignature                 = "Accept-Signature"
	HeaderAccessControlAllowCredentials   = "Access-Control-Allow-Credentials"
	HeaderAccessControlAllowHeaders       = "Access-Control-Allow-Headers"
	HeaderAccessControlAllowMethods       = "Access-Control-Allow-Methods"
	HeaderAccessControlAllowOrigin        = "Access-Control-Allow-Origin"
	HeaderAccessControlExposeHeaders      = "Access-Control-Expose-Headers"
	HeaderAccessControlMaxAge             = "Access-Control-Max-Age"
	HeaderAccessControlRequestHeaders     = "Access-Control-Request-Headers"
	HeaderAccessControlRequestMethod      = "Access-Control-Request-Method"
	HeaderAge                             = "Age"
	HeaderAllow                           = "Allow"
	HeaderAltSvc                          = "Alt-Svc"
	HeaderAuthorization                   = "Authorization"
	HeaderCacheControl                    = "Cache-Control"
	HeaderClearSiteData                   = "Clear-Site-Data"
	HeaderConnection                      = "Connection"
	HeaderContentDisposition              = "Content-Disposition"
	HeaderContentDPR                      = "Content-DPR"
	HeaderContentEncoding                 = "Content-Encoding"
	HeaderContentLanguage                 = "Content-Language"
	HeaderContentLength                   = "Content-Length"
	HeaderContentLocation                 = "Content-Location"
	HeaderContentRange                    = "Content-Range"
	HeaderContentSecurityPolicy           = "Content-Security-Policy"
	HeaderContentSecurityPolicyReportOnly = "Content-Security-Policy-Report-Only"
	HeaderContentType                     = "Content-Type"
	HeaderCookie                          = "Cookie"
	HeaderCookie2                         = "Cookie2"
	HeaderCrossOriginResourcePolicy       = "Cross-Origin-Resource-Policy"
	HeaderDate                            = "Date"
	HeaderDNT                             = "DNT"
	HeaderDPR                             = "DPR"
	HeaderEarlyData                       = "Early-Data"
	HeaderETag                            = "ETag"
	HeaderExpect                          = "Expect"
	HeaderExpectCT                        = "Expect-CT"
	HeaderExpires                         = "Expires"
	HeaderFeaturePolicy                   = "Feature-Policy"
	HeaderForwarded                       = "Forwarded"
	HeaderFrom                            = "From"
	HeaderHost                            = "Host"
	HeaderIfMatch                         = "If-Match"
	HeaderIfModifiedSince                 = "If-Modified-Since"
	HeaderIfNoneMatch                     = "If-None-Match"
	HeaderIfRange                         = "If-Range"
	HeaderIfUnmodifiedSince               = "If-Unmodified-Since"
	HeaderIndex                           = "Index"
	HeaderKeepAlive                       = "Keep-Alive"
	HeaderLargeAllocation                 = "Large-Allocation"
	HeaderLastEventID                     = "Last-Event-ID"
	HeaderLastModified                    = "Last-Modified"
	HeaderLink                            = "Link"
	HeaderLocation                        = "Location"
	HeaderMaxForwards                     = "Max-Forwards"
	HeaderNEL                             = "NEL"
	HeaderOrigin                          = "Origin"
	HeaderPingFrom                        = "Ping-From"
	HeaderPingTo                          = "Ping-To"
	HeaderPragma                          = "Pragma"
	HeaderProxyAuthenticate               = "Proxy-Authenticate"
	HeaderProxyAuthorization              = "Proxy-Authorization"
	HeaderProxyConnection                 = "Proxy-Connection"
	HeaderPublicKeyPins                   = "Public-Key-Pins"
	HeaderPublicKeyPinsReportOnly         = "Public-Key-Pins-Report-Only"
	HeaderPushPolicy                      = "Push-Policy"
	HeaderRange                           = "Range"
	HeaderReferer                         = "Referer"
	HeaderReferrerPolicy                  = "Referrer-Policy"
	HeaderReportTo                        = "Report-To"
	HeaderRetryAfter                      = "Retry-After"
	HeaderSaveData                        = "Save-Data"
	HeaderSecWebSocketAccept              = "Sec-WebSocket-Accept"
	HeaderSecWebSocketExtensions          = "Sec-WebSocket-Extensions" // #nosec G101
	HeaderSecWebSocketKey                 = "Sec-WebSocket-Key"
	HeaderSecWebSocketProtocol            = "Sec-WebSocket-Protocol"
	HeaderSecWebSocketVersion             = "Sec-WebSocket-Version"
	HeaderServer                          = "Server"
	HeaderServerTiming                    = "Server-Timing"
	HeaderSetCookie                       = "Set-Cookie"
	HeaderSignature                       = "Signature"
	HeaderSignedHeaders                   = "Signed-Headers"
	HeaderSourceMap                       = "SourceMap"
	HeaderStrictTransportSecurity         = "Strict-Transport-Security"
	HeaderTE                              = "TE"
	HeaderTimingAllowOrigin               = "Timing-Allow-Origin"
	HeaderTk                              = "Tk"
	HeaderTrailer                         = "Trailer"
	HeaderTransferEncoding                = "Transfer-Encoding"
	HeaderUpgrade                         = "Upgrade"
	HeaderUpgradeInsecureRequests         = "Upgrade-Insecure-Requests"
	HeaderUserAgent                       = "User-Agent"
	HeaderVary                            = "Vary"
	HeaderVia                             = "Via"
	HeaderViewportWidth                   = "Viewport-Width"
	HeaderWarning                         = "Warning"
	HeaderWidth                           = "Width"
	HeaderWWWAuthenticate                 = "WWW-Authenticate"
	HeaderXContentTypeOptions             = "X-Content-Type-Options"
	HeaderXDNSPrefetchControl             = "X-DNS-Prefetch-Control"
	HeaderXDownloadOptions                = "X-Download-Options"
	HeaderXForwardedFor                   = "X-Forwarded-For"
	HeaderXForwardedHost                  = "X-Forwarded-Host"
	HeaderXForwardedProto                 = "X-Forwarded-Proto"
	HeaderXFrameOptions                   = "X-Frame-Options"
	HeaderXPermittedCrossDomainPolicies   = "X-Permitted-Cross-Domain-Policies"
	HeaderXPingback                       = "X-Pingback"
	HeaderXPoweredBy                      = "X-Powered-By"
	HeaderXRequestedWith                  = "X-Requested-With"
	HeaderXRobotsTag                      = "X-Robots-Tag"
	HeaderXUACompatible                   = "X-UA-Compatible"
	HeaderXXSSProtection                  = "X-XSS-Protection"
)
