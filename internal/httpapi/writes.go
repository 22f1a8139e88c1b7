package httpapi

import (
	"go/ast"
	"go/types"

	"golang.org/x/tools/go/types/typeutil"

	"github.com/protolint/protolint/internal/match"
)

// A ResponseWrite is an API that writes (part of) an HTTP response without taking a
// status code: a body, a file, a canned error. Writer is Recv or the index of the
// ResponseWriter argument; Body, if not zero, is 1 + the index of the argument that
// becomes the response body.
type ResponseWrite struct {
	Lib    *Lib
	Recv   string
	Name   string
	Writer int
	Body   int
}

// ResponseWrites lists them, one row per API, with its signature.
var ResponseWrites = []ResponseWrite{
	{NetHTTPLib, "ResponseWriter", "Write", Recv, 0},      // Write([]byte) (int, error), and every implementation
	{NetHTTPLib, "", "NotFound", 0, 0},                    // func NotFound(w ResponseWriter, r *Request)
	{NetHTTPLib, "", "ServeContent", 0, 0},                // func ServeContent(w ResponseWriter, req *Request, name string, modtime time.Time, content io.ReadSeeker)
	{NetHTTPLib, "", "ServeFile", 0, 0},                   // func ServeFile(w ResponseWriter, r *Request, name string)
	{NetHTTPLib, "", "ServeFileFS", 0, 0},                 // func ServeFileFS(w ResponseWriter, r *Request, fsys fs.FS, name string)
	{GinLib, "Context", "File", Recv, 0},                  // func (c *Context) File(filepath string)
	{GinLib, "Context", "FileFromFS", Recv, 0},            // func (c *Context) FileFromFS(filepath string, fs http.FileSystem)
	{GinLib, "Context", "FileAttachment", Recv, 0},        // func (c *Context) FileAttachment(filepath, filename string)
	{GinLib, "Context", "SSEvent", Recv, 0},               // func (c *Context) SSEvent(name string, message any)
	{GinLib, "Context", "Stream", Recv, 0},                // func (c *Context) Stream(step func(w io.Writer) bool) bool
	{EchoLib, "Context", "File", Recv, 0},                 // File(file string) error
	{EchoLib, "Context", "Attachment", Recv, 0},           // Attachment(file string, name string) error
	{EchoLib, "Context", "Inline", Recv, 0},               // Inline(file string, name string) error
	{EchoLib, "Response", "Write", Recv, 0},               // func (r *Response) Write(b []byte) (n int, err error)
	{Echo5Lib, "Context", "File", Recv, 0},                // func (c *Context) File(file string) error
	{Echo5Lib, "Context", "Attachment", Recv, 0},          // func (c *Context) Attachment(file string, name string) error
	{Echo5Lib, "Context", "Inline", Recv, 0},              // func (c *Context) Inline(file string, name string) error
	{FasthttpLib, "RequestCtx", "SetBody", Recv, 1},       // func (ctx *RequestCtx) SetBody(body []byte)
	{FasthttpLib, "RequestCtx", "SetBodyString", Recv, 1}, // func (ctx *RequestCtx) SetBodyString(body string)
	{FasthttpLib, "RequestCtx", "SetBodyStream", Recv, 0}, // func (ctx *RequestCtx) SetBodyStream(bodyStream io.Reader, bodySize int)
	{FasthttpLib, "RequestCtx", "Write", Recv, 1},         // func (ctx *RequestCtx) Write(p []byte) (int, error)
	{FasthttpLib, "RequestCtx", "WriteString", Recv, 1},   // func (ctx *RequestCtx) WriteString(s string) (int, error)
	{FasthttpLib, "RequestCtx", "Success", Recv, 2},       // func (ctx *RequestCtx) Success(contentType string, body []byte)
	{FasthttpLib, "RequestCtx", "SuccessString", Recv, 2}, // func (ctx *RequestCtx) SuccessString(contentType, body string)
	{FasthttpLib, "RequestCtx", "SendFile", Recv, 0},      // func (ctx *RequestCtx) SendFile(path string)
	{FasthttpLib, "RequestCtx", "NotFound", Recv, 0},      // func (ctx *RequestCtx) NotFound()
	{FasthttpLib, "RequestCtx", "NotModified", Recv, 0},   // func (ctx *RequestCtx) NotModified()
	{ChiRenderLib, "", "Render", 0, 0},                    // func Render(w http.ResponseWriter, r *http.Request, v Renderer) error
	{ChiRenderLib, "", "RenderList", 0, 0},                // func RenderList(w http.ResponseWriter, r *http.Request, l []Renderer) error
	{ChiRenderLib, "", "DefaultResponder", 0, 0},          // func DefaultResponder(w http.ResponseWriter, r *http.Request, v interface{})
	{ChiRenderLib, "", "PlainText", 0, 0},                 // func PlainText(w http.ResponseWriter, r *http.Request, v string)
	{ChiRenderLib, "", "Data", 0, 0},                      // func Data(w http.ResponseWriter, r *http.Request, v []byte)
	{ChiRenderLib, "", "HTML", 0, 0},                      // func HTML(w http.ResponseWriter, r *http.Request, v string)
	{ChiRenderLib, "", "JSON", 0, 0},                      // func JSON(w http.ResponseWriter, r *http.Request, v interface{})
	{ChiRenderLib, "", "XML", 0, 0},                       // func XML(w http.ResponseWriter, r *http.Request, v interface{})
	{ChiRenderLib, "", "NoContent", 0, 0},                 // func NoContent(w http.ResponseWriter, r *http.Request)
}

// writeNames holds the names of ResponseWrites and of ResponseWriter.Write.
var writeNames = func() map[string]bool {
	m := map[string]bool{"Write": true}
	for _, w := range ResponseWrites {
		m[w.Name] = true
	}
	return m
}()

var writeIndex = func() map[apiKey]*ResponseWrite {
	m := make(map[apiKey]*ResponseWrite)
	for i := range ResponseWrites {
		w := &ResponseWrites[i]
		for _, p := range w.Lib.Paths {
			m[apiKey{p, w.Recv, w.Name}] = w
		}
	}
	return m
}()

// An Accessor reaches the response inside a framework context: gin's c.Writer, echo's
// c.Response(), fiber's c.Context(). Writes through an accessor write the context's
// response.
type Accessor struct {
	Lib    *Lib
	Recv   string
	Name   string
	Method bool // a method without arguments rather than a field
}

// Accessors lists them.
var Accessors = []Accessor{
	{GinLib, "Context", "Writer", false},           // Writer ResponseWriter
	{EchoLib, "Context", "Response", true},         // Response() *Response
	{EchoLib, "Response", "Writer", false},         // Writer http.ResponseWriter
	{Echo5Lib, "Context", "Response", true},        // func (c *Context) Response() http.ResponseWriter
	{FiberLib, "Ctx", "Context", true},             // func (c *Ctx) Context() *fasthttp.RequestCtx
	{Fiber3Lib, "Ctx", "RequestCtx", true},         // RequestCtx() *fasthttp.RequestCtx
	{FasthttpLib, "RequestCtx", "Response", false}, // Response Response
	{FasthttpLib, "Response", "Header", false},     // Header ResponseHeader
}

// Root strips accessors from e: c.Writer, c.Response(), c.Response().Writer and c all
// have the root c; ctx.Response.Header has the root ctx.
func Root(info *types.Info, e ast.Expr) ast.Expr {
	for {
		e = ast.Unparen(e)
		x := e
		if call, ok := e.(*ast.CallExpr); ok && len(call.Args) == 0 {
			x = ast.Unparen(call.Fun)
		}
		sel, ok := x.(*ast.SelectorExpr)
		if !ok || !isAccessor(info.ObjectOf(sel.Sel), x != e) {
			return e
		}
		e = sel.X
	}
}

// isAccessor reports whether obj, selected and called or not, is one of Accessors.
// Methods are matched by package, receiver type and name; fields by package and name.
func isAccessor(obj types.Object, called bool) bool {
	if obj == nil {
		return false
	}
	path := match.PkgPath(obj)
	var recv string
	if fn, ok := obj.(*types.Func); ok {
		recv = match.RecvName(fn)
	}
	for _, a := range Accessors {
		if a.Method != called || a.Name != obj.Name() {
			continue
		}
		for _, p := range a.Lib.Paths {
			if p == path && (!a.Method || a.Recv == recv) {
				return true
			}
		}
	}
	return false
}

// A Writing is a call that writes to an HTTP response.
type Writing struct {
	Writer ast.Expr   // the ResponseWriter or framework context written to
	Status *StatusAPI // the status API called, if it is one
	// BodyOnly is set for plain body writes (w.Write, fmt.Fprint(w, ...),
	// io.WriteString, io.Copy, json.NewEncoder(w).Encode), whose Bodies are the
	// arguments that end up in the body.
	BodyOnly bool
	Bodies   []ast.Expr
}

// ResponseWriteOf reports whether call writes an HTTP response, and to which writer.
// rw is net/http.ResponseWriter (nil if unavailable), for implementations of its
// methods.
func ResponseWriteOf(info *types.Info, call *match.Call, rw *types.Interface) (Writing, bool) {
	fn := call.Fn
	at := func(writer int) (ast.Expr, bool) {
		switch writer {
		case Recv:
			return call.Recv, call.Recv != nil
		case NoWriter:
			return nil, false
		}
		a := call.Arg(writer)
		return a, a != nil
	}
	if name := fn.Name(); statusNames[name] || writeNames[name] {
		key := apiKey{match.PkgPath(fn), match.RecvName(fn), name}
		if a := statusIndex[key]; a != nil && a.Kind != Lookup {
			if w, ok := at(a.Writer); ok {
				return Writing{Writer: w, Status: a}, true
			}
			return Writing{}, false
		}
		if key == (apiKey{"net/http", "ResponseWriter", "Write"}) {
			return Writing{Writer: call.Recv, BodyOnly: true, Bodies: call.Args}, call.Recv != nil
		}
		if w := writeIndex[key]; w != nil {
			e, ok := at(w.Writer)
			if !ok {
				return Writing{}, false
			}
			wr := Writing{Writer: e}
			if b := call.Arg(w.Body - 1); w.Body > 0 && b != nil {
				wr.BodyOnly, wr.Bodies = true, []ast.Expr{b}
			}
			return wr, true
		}
	}
	switch {
	case fn.Name() == "Write" && call.Recv != nil && (match.Method(fn, "net/http", "ResponseWriter", "Write") || rw != nil && match.Implements(fn, rw)):
		return Writing{Writer: call.Recv, BodyOnly: true, Bodies: call.Args}, true
	case fn.Name() == "WriteHeader" && call.Recv != nil && rw != nil && match.Implements(fn, rw):
		return Writing{Writer: call.Recv, Status: WriteHeader}, true
	case IsEncode(fn):
		if ctor, ok := ast.Unparen(call.Recv).(*ast.CallExpr); ok && len(ctor.Args) == 1 {
			if f, ok := typeutil.Callee(info, ctor).(*types.Func); ok && IsEncoderCtor(f) {
				return Writing{Writer: ctor.Args[0], BodyOnly: true, Bodies: call.Args}, true
			}
		}
	}
	if wf := LookupWriterFunc(fn); wf != nil {
		if a := call.Arg(wf.Writer); a != nil {
			w := Writing{Writer: a, BodyOnly: true}
			if wf.Body >= 0 && wf.Body < len(call.Args) {
				w.Bodies = call.Args[wf.Body:]
			}
			return w, true
		}
	}
	return Writing{}, false
}

// BuffersStatus reports whether t is a writer whose WriteHeader only records the
// code until the first body write, ignoring codes <= 0: gin's ResponseWriter (and
// its implementation). A header set after such a WriteHeader is still sent, and
// WriteHeader(-1) there is gin's way to keep the current status.
func BuffersStatus(t types.Type) bool {
	return match.Type(t, "github.com/gin-gonic/gin", "ResponseWriter") || match.Type(t, "github.com/gin-gonic/gin", "responseWriter")
}

// A Hijacker is a method that takes the connection over from a response: net/http
// ignores the response's WriteHeader and Write calls after it.
type Hijacker struct {
	Lib        *Lib
	Recv, Name string
}

// Hijackers lists them.
var Hijackers = []Hijacker{
	{NetHTTPLib, "Hijacker", "Hijack"}, // func (Hijacker) Hijack() (net.Conn, *bufio.ReadWriter, error)
}

// HijackOf returns the response whose connection call takes over:
// w for w.(http.Hijacker).Hijack().
func HijackOf(call *match.Call) (ast.Expr, bool) {
	for _, h := range Hijackers {
		for _, p := range h.Lib.Paths {
			if call.Recv != nil && match.Method(call.Fn, p, h.Recv, h.Name) {
				w := ast.Unparen(call.Recv)
				if ta, ok := w.(*ast.TypeAssertExpr); ok {
					w = ta.X
				}
				return w, true
			}
		}
	}
	return nil, false
}
