package httpstatus

import (
	"go/ast"
	"go/types"

	"github.com/protolint/protolint/internal/constval"
	"github.com/protolint/protolint/internal/flow"
	"github.com/protolint/protolint/internal/httpapi"
	"github.com/protolint/protolint/internal/match"
)

// A bodyWrite is a call that writes response body bytes to writer; bodies are the
// argument expressions whose values end up in the body (none for io.Copy).
type bodyWrite struct {
	s      *site
	writer ast.Expr
	bodies []ast.Expr
}

// A header is a ResponseWriter's WriteHeader call with a constant code.
type header struct {
	s    *site
	code int64
}

// checkWrites relates the body writes of net/http handlers to the status they are
// sent with, through the control flow of the enclosing function:
//
//   - bodyless: a write that must follow WriteHeader(204) or WriteHeader(304) on the
//     same writer; net/http refuses it with http.ErrBodyNotAllowed;
//   - errorok: an error body written after WriteHeader(2xx), or, in a handler, with
//     no WriteHeader before it at all (an implicit 200).
//
// "Must follow" is dominance in the function's control-flow graph, which is built only
// for functions that contain both a WriteHeader and a write.
func (c *checker) checkWrites(sites []*site) {
	var headers []header
	var writes []bodyWrite
	for _, s := range sites {
		if code, ok := c.writeHeaderCode(s); ok {
			headers = append(headers, header{s, code})
		} else if w, ok := c.bodyWrite(s); ok {
			writes = append(writes, w)
		}
	}
	var graphs flow.Graphs
	for _, w := range writes {
		if !w.s.Fn.Valid() {
			continue
		}
		var first *header // the earliest WriteHeader on w.writer that dominates the write
		preceded := false // some WriteHeader on w.writer precedes the write in the source
		for i := range headers {
			h := &headers[i]
			if h.s.Fn != w.s.Fn || h.s.Call.Expr.End() > w.s.Call.Expr.Pos() ||
				!match.SameRef(c.pass.TypesInfo, w.writer, h.s.Call.Recv) {
				continue
			}
			preceded = true
			if g := graphs.Of(w.s.Fn); g != nil && flow.Dominates(g, h.s.Call.Expr, w.s.Call.Expr) {
				if first == nil || h.s.Call.Expr.Pos() < first.s.Call.Expr.Pos() {
					first = h
				}
			}
		}
		switch {
		case first != nil && (first.code == 204 || first.code == 304):
			c.report(w.s.Call.Expr, catBodyless,
				"body written after WriteHeader(%d): net/http refuses it with http.ErrBodyNotAllowed; remove the write or use a status that allows a body",
				first.code)
		case first != nil && first.code >= 200 && first.code <= 299:
			if body := c.errorBody(w.bodies); body != nil {
				c.report(body, catErrorOK, "error body sent with success status %d: clients treat the failure as a success; use a 4xx or 5xx code", first.code)
			}
		case first == nil && !preceded && c.isHandlerWriter(w) && !c.writerPassedBefore(sites, w):
			if body := c.errorBody(w.bodies); body != nil {
				c.report(body, catErrorOK, "error body sent with the implicit status 200: clients treat the failure as a success; call WriteHeader with a 4xx or 5xx code first")
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

// isHandlerWriter reports whether w writes to the http.ResponseWriter parameter of
// an http.HandlerFunc-shaped function: there the status is the handler's to set, so
// a body written without WriteHeader goes out as 200.
func (c *checker) isHandlerWriter(w bodyWrite) bool {
	id, ok := ast.Unparen(w.writer).(*ast.Ident)
	if !ok || c.rw == nil {
		return false
	}
	v, ok := c.pass.TypesInfo.Uses[id].(*types.Var)
	if !ok || !match.Type(v.Type(), "net/http", "ResponseWriter") {
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
	return isParam && hasRequest
}

// writerPassedBefore reports whether, before w in the same function, the writer is
// passed to any call other than its Header method and body writes: a helper may have
// set the status.
func (c *checker) writerPassedBefore(sites []*site, w bodyWrite) bool {
	for _, s := range sites {
		if s.Fn != w.s.Fn || s.Call.Expr.Pos() >= w.s.Call.Expr.Pos() || httpapi.IsEncoderCtor(s.Call.Fn) {
			continue
		}
		if _, ok := c.bodyWrite(s); ok {
			continue
		}
		for _, a := range s.Call.Args {
			if match.SameRef(c.pass.TypesInfo, a, w.writer) {
				return true
			}
		}
		if s.Call.Recv != nil && match.SameRef(c.pass.TypesInfo, s.Call.Recv, w.writer) && s.Call.Fn.Name() != "Header" {
			return true
		}
	}
	return false
}

// writeHeaderCode returns the constant code of a ResponseWriter's WriteHeader call.
func (c *checker) writeHeaderCode(s *site) (int64, bool) {
	sk, ok := c.sinkOf(s.Call)
	if !ok || sk.via != httpapi.WriteHeader || sk.wrapped != "" || s.Call.Recv == nil {
		return 0, false
	}
	return constval.Int(c.pass.TypesInfo, s.Call.Arg(0))
}

// bodyWrite describes s if it writes body bytes to a writer: w.Write(b),
// fmt.Fprint*(w, ...), io.WriteString(w, s), io.Copy(w, r), json.NewEncoder(w).Encode(v).
func (c *checker) bodyWrite(s *site) (bodyWrite, bool) {
	w, ok := httpapi.ResponseWriteOf(c.pass.TypesInfo, s.Call, c.rw)
	if !ok || !w.BodyOnly {
		return bodyWrite{}, false
	}
	return bodyWrite{s, w.Writer, w.Bodies}, true
}
