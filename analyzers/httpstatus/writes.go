package httpstatus

import (
	"go/ast"
	"go/types"

	"github.com/protolint/protolint/internal/constval"
	"github.com/protolint/protolint/internal/flow"
	"github.com/protolint/protolint/internal/httpapi"
	"github.com/protolint/protolint/internal/match"
)

// A bodyWrite is a call that writes response body bytes: w.Write(b), fmt.Fprint(w,
// ...), json.NewEncoder(w).Encode(v), fasthttp's ctx.SetBodyString(s), fiber's
// c.JSON(v) when not chained after c.Status. bodies are the arguments that end up in
// the body; netHTTP is set for writes through an http.ResponseWriter.
type bodyWrite struct {
	s       *site
	root    ast.Expr
	bodies  []ast.Expr
	netHTTP bool
}

// A header is a call that sets the status of a response (or framework context) with
// a constant code: w.WriteHeader(204), ctx.SetStatusCode(200), c.Status(200).
type header struct {
	s    *site
	root ast.Expr
	code int64
}

// checkWrites relates body writes to the status they are sent with, through the
// control flow of the enclosing function:
//
//   - bodyless: a net/http write that must follow WriteHeader(204) or
//     WriteHeader(304) on the same writer; net/http refuses it with
//     http.ErrBodyNotAllowed;
//   - errorok: an error body written after a 2xx status, or, in a handler, with no
//     status set before it at all (an implicit 200).
//
// "Must follow" is dominance in the function's control-flow graph, which is built only
// for functions that contain both a status and a write.
func (c *checker) checkWrites(sites []*site) {
	var headers []header
	var writes []bodyWrite
	for _, s := range sites {
		if h, ok := c.statusSet(s); ok {
			headers = append(headers, h)
		} else if w, ok := c.bodyWrite(s); ok {
			writes = append(writes, w)
		}
	}
	for _, w := range writes {
		if !w.s.Fn.Valid() {
			continue
		}
		var first *header // the earliest status set on the same response that dominates the write
		preceded := false // some status set on the same response precedes the write in the source
		for i := range headers {
			h := &headers[i]
			if h.s.Fn != w.s.Fn || h.s.Call.Expr.End() > w.s.Call.Expr.Pos() ||
				!match.SameRef(c.pass.TypesInfo, w.root, h.root) {
				continue
			}
			preceded = true
			if g := c.graphs.Of(w.s.Fn); g != nil && flow.Dominates(g, h.s.Call.Expr, w.s.Call.Expr) {
				if first == nil || h.s.Call.Expr.Pos() < first.s.Call.Expr.Pos() {
					first = h
				}
			}
		}
		switch {
		case first != nil && w.netHTTP && (first.code == 204 || first.code == 304):
			c.report(w.s.Call.Expr, catBodyless,
				"body written after WriteHeader(%d): net/http refuses it with http.ErrBodyNotAllowed; remove the write or use a status that allows a body",
				first.code)
		case first != nil && first.code >= 200 && first.code <= 299:
			if body := c.errorBody(w.bodies); body != nil {
				c.report(body, catErrorOK, "error body sent with success status %d: clients treat the failure as a success; use a 4xx or 5xx code", first.code)
			}
		case first == nil && !preceded && c.isHandlerRoot(w) && !c.statusPassedBefore(sites, w):
			if body := c.errorBody(w.bodies); body != nil {
				c.report(body, catErrorOK, "error body sent with the implicit status 200: clients treat the failure as a success; set a 4xx or 5xx status first")
			}
		}
	}
}

// errorBody returns the first of bodies that is plainly an error, or nil.
func (c *checker) errorBody(bodies []ast.Expr) ast.Expr {
	for _, b := range bodies {
		// w.Write([]byte(err.Error()))
		if conv, ok := ast.Unparen(b).(*ast.CallExpr); ok && len(conv.Args) == 1 {
			if tv, ok := c.pass.TypesInfo.Types[conv.Fun]; ok && tv.IsType() {
				b = conv.Args[0]
			}
		}
		if c.isErrorBody(b) {
			return b
		}
	}
	return nil
}

// handlerRoots are the types of a handler's response parameter: where the handler
// sets no status, a body goes out as 200.
var handlerRoots = []struct{ path, name string }{
	{"net/http", "ResponseWriter"},                // func(w http.ResponseWriter, r *http.Request)
	{"github.com/valyala/fasthttp", "RequestCtx"}, // func(ctx *fasthttp.RequestCtx)
	{"github.com/gofiber/fiber/v2", "Ctx"},        // func(c *fiber.Ctx) error
	{"github.com/gofiber/fiber/v3", "Ctx"},        // func(c fiber.Ctx) error
}

// isHandlerRoot reports whether w writes to the response parameter of a
// handler-shaped function: there the status is the handler's to set. For net/http
// the function must also take the *http.Request.
func (c *checker) isHandlerRoot(w bodyWrite) bool {
	id, ok := ast.Unparen(w.root).(*ast.Ident)
	if !ok {
		return false
	}
	v, ok := c.pass.TypesInfo.Uses[id].(*types.Var)
	if !ok {
		return false
	}
	netHTTP := false
	known := false
	for _, r := range handlerRoots {
		if match.Type(v.Type(), r.path, r.name) {
			known, netHTTP = true, r.path == "net/http"
		}
	}
	if !known {
		return false
	}
	var ftype *ast.FuncType
	switch n := w.s.Fn.Node().(type) {
	case *ast.FuncDecl:
		ftype = n.Type
	case *ast.FuncLit:
		ftype = n.Type
	}
	if ftype == nil || ftype.Params == nil {
		return false
	}
	isParam, hasRequest := false, false
	for _, field := range ftype.Params.List {
		if match.Type(c.pass.TypesInfo.TypeOf(field.Type), "net/http", "Request") {
			hasRequest = true
		}
		for _, name := range field.Names {
			if c.pass.TypesInfo.Defs[name] == v {
				isParam = true
			}
		}
	}
	return isParam && (hasRequest || !netHTTP)
}

// statusPassedBefore reports whether, before w in the same function, something may
// have set the status of w's response: a status API on it, or a call that is given
// the response and is not the library's own (a helper of the program). Body writes,
// header access and the framework's accessors (c.Params, c.BodyParser) do not count.
func (c *checker) statusPassedBefore(sites []*site, w bodyWrite) bool {
	info := c.pass.TypesInfo
	for _, s := range sites {
		if s.Fn != w.s.Fn || s.Call.Expr.Pos() >= w.s.Call.Expr.Pos() || httpapi.IsEncoderCtor(s.Call.Fn) {
			continue
		}
		if _, ok := c.bodyWrite(s); ok {
			continue
		}
		onRoot := s.Call.Recv != nil && match.SameRef(info, httpapi.Root(info, s.Call.Recv), w.root)
		for _, a := range s.Call.Args {
			onRoot = onRoot || match.SameRef(info, httpapi.Root(info, a), w.root)
		}
		if !onRoot {
			continue
		}
		if sk, ok := c.sinkOf(s.Call); ok && sk.kind != httpapi.Lookup {
			return true
		}
		if httpapi.LibOf(s.Call.Fn) == nil && match.PkgPath(s.Call.Fn) != "net/http" {
			return true // a helper of the program, or another library: it may set the status
		}
	}
	return false
}

// statusSet describes s if it sets the status of the response it is called on with
// a constant code.
func (c *checker) statusSet(s *site) (header, bool) {
	sk, ok := c.sinkOf(s.Call)
	if !ok || sk.kind != httpapi.Write || sk.wrapped != "" || s.Call.Recv == nil || sk.via == nil || sk.via.Writer != httpapi.Recv {
		return header{}, false
	}
	code, ok := constval.Int(c.pass.TypesInfo, s.Call.Arg(sk.code))
	if !ok {
		return header{}, false
	}
	return header{s, httpapi.Root(c.pass.TypesInfo, s.Call.Recv), code}, true
}

// bodyWrite describes s if it writes body bytes.
func (c *checker) bodyWrite(s *site) (bodyWrite, bool) {
	info := c.pass.TypesInfo
	if w, ok := httpapi.ResponseWriteOf(info, s.Call, c.rw); ok && w.BodyOnly {
		lib := httpapi.LibOf(s.Call.Fn)
		netHTTP := lib == nil || lib == httpapi.NetHTTPLib
		return bodyWrite{s, httpapi.Root(info, w.Writer), w.Bodies, netHTTP}, true
	}
	// fiber's c.JSON(v) on its own; c.Status(code).JSON(v) is checked as a chain.
	if sk, ok := c.sinkOf(s.Call); ok && sk.kind == httpapi.Body && s.Call.Recv != nil {
		if _, chained := ast.Unparen(s.Call.Recv).(*ast.CallExpr); chained {
			return bodyWrite{}, false
		}
		if b := s.Call.Arg(sk.body); b != nil {
			return bodyWrite{s, httpapi.Root(info, s.Call.Recv), []ast.Expr{b}, false}, true
		}
	}
	return bodyWrite{}, false
}

// headerSent reports whether the response that the call at s writes to has, on every
// path to s, already been written to or hijacked in the same function. net/http then
// ignores a WriteHeader without checking its code: it logs "superfluous
// response.WriteHeader call" (or "response.WriteHeader on hijacked connection") and
// returns, so an invalid code there does not panic.
func (c *checker) headerSent(s *site) bool {
	info := c.pass.TypesInfo
	w, ok := httpapi.ResponseWriteOf(info, s.Call, c.rw)
	if !ok || !s.Fn.Valid() {
		return false
	}
	root := httpapi.Root(info, w.Writer)
	for _, p := range c.sites {
		if p.Fn != s.Fn || p.Call.Expr.End() > s.Call.Expr.Pos() {
			continue
		}
		var prev ast.Expr
		if pw, ok := httpapi.ResponseWriteOf(info, p.Call, c.rw); ok {
			if pw.Status != nil {
				if code, ok := constval.Int(info, p.Call.Arg(pw.Status.Code)); ok && (code < 100 || code > 999) {
					continue // it panics rather than writes
				}
			}
			prev = pw.Writer
		} else if w, ok := httpapi.HijackOf(p.Call); ok {
			prev = w
		}
		if prev == nil || !match.SameRef(info, root, httpapi.Root(info, prev)) {
			continue
		}
		if g := c.graphs.Of(s.Fn); g != nil && flow.Dominates(g, p.Call.Expr, s.Call.Expr) {
			return true
		}
	}
	return false
}
