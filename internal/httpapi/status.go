package httpapi

import "slices"

// A Kind says what an API does with its status code.
type Kind int

const (
	// Write sets the response status.
	Write Kind = iota
	// Error is an error helper: the code should be 4xx or 5xx.
	Error
	// Redirect is a redirect helper: the code should be a redirect code.
	Redirect
	// Lookup only looks the code up (http.StatusText) and writes nothing.
	Lookup
	// Body writes a body with the status set earlier in a call chain:
	// fiber's c.Status(code).JSON(body). Its Code is -1.
	Body
)

// A StatusAPI is a function or method that takes an HTTP status code.
type StatusAPI struct {
	Lib  *Lib
	Recv string // receiver type name (struct or interface); "" for a package-level function
	Name string
	Code int // index of the status parameter, not counting the receiver; -1 for Body
	Kind Kind
	Msg  int // index of the error message parameter, or -1
	Body int // index of the response body parameter, or -1
	// Writer says which response the API writes: Recv for the receiver (a context or
	// ResponseWriter), an argument index, or NoWriter for APIs that write nothing
	// themselves (lookups, error constructors, render.Status).
	Writer int

	// For Kind Redirect: the codes the library sends as given, what it does with any
	// other code, and the codes besides RedirectCodes that it documents as valid for
	// the helper (gin: 201 Created with a Location header).
	Passes    func(code int64) bool
	Otherwise string
	Extra     []int64
}

// RedirectCodes are the status codes that make clients follow a Location header
// (RFC 9110 §15.4). 304 Not Modified, 305 Use Proxy and 306 (Unused) are 3xx codes
// but not redirects.
var RedirectCodes = []int64{300, 301, 302, 303, 307, 308}

// Values of StatusAPI.Writer and ResponseWrite.Writer besides argument indexes.
const (
	Recv     = -1 // the receiver
	NoWriter = -2 // writes no response
)

func api(lib *Lib, kind Kind, recv, name string, code int) StatusAPI {
	w := NoWriter
	if recv != "" {
		w = Recv
	}
	return StatusAPI{Lib: lib, Recv: recv, Name: name, Code: code, Kind: kind, Msg: -1, Body: -1, Writer: w}
}

func (a StatusAPI) writer(i int) StatusAPI { a.Writer = i; return a }

func (a StatusAPI) msg(i int) StatusAPI  { a.Msg = i; return a }
func (a StatusAPI) body(i int) StatusAPI { a.Body = i; return a }
func (a StatusAPI) redirect(passes func(int64) bool, otherwise string) StatusAPI {
	a.Passes, a.Otherwise = passes, otherwise
	return a
}

func (a StatusAPI) extra(codes ...int64) StatusAPI { a.Extra = codes; return a }

func anyCode(int64) bool { return true }

// gin's render.Redirect panics unless 300 <= code <= 308 or code == 201.
func ginRedirect(c int64) bool { return c >= 300 && c <= 308 || c == 201 }

// echo's Context.Redirect returns ErrInvalidRedirectCode unless 300 <= code <= 308.
func echoRedirect(c int64) bool { return c >= 300 && c <= 308 }

// fasthttp's getRedirectStatusCode keeps 301, 302, 303, 307 and 308 and sends 302 otherwise.
func fasthttpRedirect(c int64) bool {
	return c == 301 || c == 302 || c == 303 || c == 307 || c == 308
}

const (
	ginPanics      = `gin panics ("Cannot redirect with status code %d")`
	echoRefuses    = "echo returns ErrInvalidRedirectCode and writes nothing"
	fasthttpForces = "fasthttp sends 302 Found instead"
)

// StatusAPIs lists the status-code APIs, one row per API, with its signature.
var StatusAPIs = slices.Concat(netHTTPAndGinAPIs, echoContext(EchoLib), echoContext(Echo5Lib), otherAPIs)

var netHTTPAndGinAPIs = []StatusAPI{
	// net/http (go1.26). WriteHeader also stands for every type that implements
	// http.ResponseWriter (httptest.ResponseRecorder, echo's *Response, wrappers).
	api(NetHTTPLib, Write, "ResponseWriter", "WriteHeader", 0),                   // WriteHeader(statusCode int)
	api(NetHTTPLib, Error, "", "Error", 2).msg(1).writer(0),                      // func Error(w ResponseWriter, error string, code int)
	api(NetHTTPLib, Redirect, "", "Redirect", 3).redirect(anyCode, "").writer(0), // func Redirect(w ResponseWriter, r *Request, url string, code int)
	api(NetHTTPLib, Redirect, "", "RedirectHandler", 1).redirect(anyCode, ""),    // func RedirectHandler(url string, code int) Handler
	api(NetHTTPLib, Lookup, "", "StatusText", 0),                                 // func StatusText(code int) string

	// gin v1.12.0, all on *gin.Context.
	api(GinLib, Write, "Context", "Status", 0),                                                  // func (c *Context) Status(code int)
	api(GinLib, Write, "Context", "AbortWithStatus", 0),                                         // func (c *Context) AbortWithStatus(code int)
	api(GinLib, Error, "Context", "AbortWithStatusJSON", 0).body(1),                             // func (c *Context) AbortWithStatusJSON(code int, jsonObj any)
	api(GinLib, Error, "Context", "AbortWithStatusPureJSON", 0).body(1),                         // func (c *Context) AbortWithStatusPureJSON(code int, jsonObj any)
	api(GinLib, Error, "Context", "AbortWithError", 0),                                          // func (c *Context) AbortWithError(code int, err error) *Error
	api(GinLib, Write, "Context", "Render", 0),                                                  // func (c *Context) Render(code int, r render.Render)
	api(GinLib, Write, "Context", "HTML", 0),                                                    // func (c *Context) HTML(code int, name string, obj any)
	api(GinLib, Write, "Context", "IndentedJSON", 0).body(1),                                    // func (c *Context) IndentedJSON(code int, obj any)
	api(GinLib, Write, "Context", "SecureJSON", 0).body(1),                                      // func (c *Context) SecureJSON(code int, obj any)
	api(GinLib, Write, "Context", "JSONP", 0).body(1),                                           // func (c *Context) JSONP(code int, obj any)
	api(GinLib, Write, "Context", "JSON", 0).body(1),                                            // func (c *Context) JSON(code int, obj any)
	api(GinLib, Write, "Context", "AsciiJSON", 0).body(1),                                       // func (c *Context) AsciiJSON(code int, obj any)
	api(GinLib, Write, "Context", "PureJSON", 0).body(1),                                        // func (c *Context) PureJSON(code int, obj any)
	api(GinLib, Write, "Context", "XML", 0).body(1),                                             // func (c *Context) XML(code int, obj any)
	api(GinLib, Write, "Context", "YAML", 0).body(1),                                            // func (c *Context) YAML(code int, obj any)
	api(GinLib, Write, "Context", "TOML", 0).body(1),                                            // func (c *Context) TOML(code int, obj any)
	api(GinLib, Write, "Context", "ProtoBuf", 0),                                                // func (c *Context) ProtoBuf(code int, obj any)
	api(GinLib, Write, "Context", "BSON", 0).body(1),                                            // func (c *Context) BSON(code int, obj any)
	api(GinLib, Write, "Context", "String", 0).body(1),                                          // func (c *Context) String(code int, format string, values ...any)
	api(GinLib, Redirect, "Context", "Redirect", 0).redirect(ginRedirect, ginPanics).extra(201), // func (c *Context) Redirect(code int, location string)
	api(GinLib, Write, "Context", "Data", 0),                                                    // func (c *Context) Data(code int, contentType string, data []byte)
	api(GinLib, Write, "Context", "DataFromReader", 0),                                          // func (c *Context) DataFromReader(code int, contentLength int64, contentType string, reader io.Reader, extraHeaders map[string]string)
	api(GinLib, Write, "Context", "Negotiate", 0),                                               // func (c *Context) Negotiate(code int, config Negotiate)
}

var otherAPIs = []StatusAPI{
	// echo v3/v4: func NewHTTPError(code int, message ...interface{}) *HTTPError
	api(EchoLib, Error, "", "NewHTTPError", 0).msg(1),
	// echo v5: func NewHTTPError(code int, message string) *HTTPError
	api(Echo5Lib, Error, "", "NewHTTPError", 0).msg(1),

	// fiber v2.52.15, on *fiber.Ctx.
	api(FiberLib, Write, "Ctx", "Status", 0),                                   // func (c *Ctx) Status(status int) *Ctx
	api(FiberLib, Write, "Ctx", "SendStatus", 0),                               // func (c *Ctx) SendStatus(status int) error
	api(FiberLib, Redirect, "Ctx", "Redirect", 1).redirect(anyCode, ""),        // func (c *Ctx) Redirect(location string, status ...int) error
	api(FiberLib, Redirect, "Ctx", "RedirectToRoute", 2).redirect(anyCode, ""), // func (c *Ctx) RedirectToRoute(routeName string, params Map, status ...int) error
	api(FiberLib, Redirect, "Ctx", "RedirectBack", 1).redirect(anyCode, ""),    // func (c *Ctx) RedirectBack(fallback string, status ...int) error
	api(FiberLib, Error, "", "NewError", 0).msg(1),                             // func NewError(code int, message ...string) *Error
	api(FiberLib, Body, "Ctx", "JSON", -1).body(0),                             // func (c *Ctx) JSON(data interface{}, ctype ...string) error
	api(FiberLib, Body, "Ctx", "XML", -1).body(0),                              // func (c *Ctx) XML(data interface{}) error
	api(FiberLib, Body, "Ctx", "JSONP", -1).body(0),                            // func (c *Ctx) JSONP(data interface{}, callback ...string) error
	api(FiberLib, Body, "Ctx", "SendString", -1).body(0),                       // func (c *Ctx) SendString(body string) error
	api(FiberLib, Body, "Ctx", "Send", -1).body(0),                             // func (c *Ctx) Send(body []byte) error

	// fiber v3.1.0: fiber.Ctx is an interface; redirects go through *fiber.Redirect.
	api(Fiber3Lib, Write, "Ctx", "Status", 0),                                                // Status(status int) Ctx
	api(Fiber3Lib, Write, "Ctx", "SendStatus", 0),                                            // SendStatus(status int) error
	api(Fiber3Lib, Write, "Res", "Status", 0),                                                // Status(status int) Ctx, on c.Res()
	api(Fiber3Lib, Write, "Res", "SendStatus", 0),                                            // SendStatus(status int) error, on c.Res()
	api(Fiber3Lib, Redirect, "Redirect", "Status", 0).redirect(anyCode, "").writer(NoWriter), // func (r *Redirect) Status(code int) *Redirect
	api(Fiber3Lib, Error, "", "NewError", 0).msg(1),                                          // func NewError(code int, message ...string) *Error
	api(Fiber3Lib, Error, "", "NewErrorf", 0),                                                // func NewErrorf(code int, message ...any) *Error
	api(Fiber3Lib, Body, "Ctx", "JSON", -1).body(0),                                          // JSON(data any, ctype ...string) error
	api(Fiber3Lib, Body, "Ctx", "XML", -1).body(0),                                           // XML(data any) error
	api(Fiber3Lib, Body, "Ctx", "SendString", -1).body(0),                                    // SendString(body string) error
	api(Fiber3Lib, Body, "Ctx", "Send", -1).body(0),                                          // Send(body []byte) error

	// fasthttp v1.78.0.
	api(FasthttpLib, Write, "RequestCtx", "SetStatusCode", 0),                                               // func (ctx *RequestCtx) SetStatusCode(statusCode int)
	api(FasthttpLib, Error, "RequestCtx", "TimeoutErrorWithCode", 1).msg(0),                                 // func (ctx *RequestCtx) TimeoutErrorWithCode(msg string, statusCode int)
	api(FasthttpLib, Error, "RequestCtx", "Error", 1).msg(0),                                                // func (ctx *RequestCtx) Error(msg string, statusCode int)
	api(FasthttpLib, Redirect, "RequestCtx", "Redirect", 1).redirect(fasthttpRedirect, fasthttpForces),      // func (ctx *RequestCtx) Redirect(uri string, statusCode int)
	api(FasthttpLib, Redirect, "RequestCtx", "RedirectBytes", 1).redirect(fasthttpRedirect, fasthttpForces), // func (ctx *RequestCtx) RedirectBytes(uri []byte, statusCode int)
	api(FasthttpLib, Write, "Response", "SetStatusCode", 0),                                                 // func (resp *Response) SetStatusCode(statusCode int)
	api(FasthttpLib, Write, "ResponseHeader", "SetStatusCode", 0),                                           // func (h *ResponseHeader) SetStatusCode(statusCode int)
	api(FasthttpLib, Lookup, "", "StatusMessage", 0),                                                        // func StatusMessage(statusCode int) string

	// go-chi/render v1.0.3: the code is stored in the request context and written by
	// the next responder (render.JSON, ...).
	api(ChiRenderLib, Write, "", "Status", 1), // func Status(r *http.Request, status int)
}

// echoContext returns the rows for echo's Context: an interface in v3/v4, a struct
// (*echo.Context) in v5, with the same method names and parameter positions.
func echoContext(lib *Lib) []StatusAPI {
	return []StatusAPI{
		api(lib, Write, "Context", "Render", 0),                                          // Render(code int, name string, data any) error
		api(lib, Write, "Context", "HTML", 0),                                            // HTML(code int, html string) error
		api(lib, Write, "Context", "HTMLBlob", 0),                                        // HTMLBlob(code int, b []byte) error
		api(lib, Write, "Context", "String", 0).body(1),                                  // String(code int, s string) error
		api(lib, Write, "Context", "JSON", 0).body(1),                                    // JSON(code int, i any) error
		api(lib, Write, "Context", "JSONPretty", 0).body(1),                              // JSONPretty(code int, i any, indent string) error
		api(lib, Write, "Context", "JSONBlob", 0),                                        // JSONBlob(code int, b []byte) error
		api(lib, Write, "Context", "JSONP", 0).body(2),                                   // JSONP(code int, callback string, i any) error
		api(lib, Write, "Context", "JSONPBlob", 0),                                       // JSONPBlob(code int, callback string, b []byte) error
		api(lib, Write, "Context", "XML", 0).body(1),                                     // XML(code int, i any) error
		api(lib, Write, "Context", "XMLPretty", 0).body(1),                               // XMLPretty(code int, i any, indent string) error
		api(lib, Write, "Context", "XMLBlob", 0),                                         // XMLBlob(code int, b []byte) error
		api(lib, Write, "Context", "Blob", 0),                                            // Blob(code int, contentType string, b []byte) error
		api(lib, Write, "Context", "Stream", 0),                                          // Stream(code int, contentType string, r io.Reader) error
		api(lib, Write, "Context", "NoContent", 0),                                       // NoContent(code int) error
		api(lib, Redirect, "Context", "Redirect", 0).redirect(echoRedirect, echoRefuses), // Redirect(code int, url string) error
	}
}
