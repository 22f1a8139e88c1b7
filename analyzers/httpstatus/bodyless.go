package httpstatus

import (
	"go/ast"

	"golang.org/x/tools/go/ast/inspector"
	"golang.org/x/tools/go/cfg"

	"github.com/protolint/protolint/internal/constval"
	"github.com/protolint/protolint/internal/httpapi"
	"github.com/protolint/protolint/internal/match"
)

// A bodyWrite is a call that writes response body bytes to writer.
type bodyWrite struct {
	s      *site
	writer ast.Expr
}

// checkBodyless reports body writes that must follow w.WriteHeader(204) or
// w.WriteHeader(304) on the same writer: net/http answers them with
// http.ErrBodyNotAllowed. "Must follow" is dominance in the function's control-flow
// graph, which is built only for functions that contain such a WriteHeader.
func (c *checker) checkBodyless(sites []*site) {
	type header struct {
		s    *site
		code int64
	}
	var headers []header
	var writes []bodyWrite
	for _, s := range sites {
		if code, ok := c.noBodyStatus(s); ok {
			headers = append(headers, header{s, code})
		} else if w := c.bodyWriter(s); w != nil {
			writes = append(writes, bodyWrite{s, w})
		}
	}
	if len(headers) == 0 || len(writes) == 0 {
		return
	}
	graphs := make(map[ast.Node]*cfg.CFG)
	reported := make(map[*site]bool)
	for _, h := range headers {
		for _, w := range writes {
			if reported[w.s] || !h.s.fn.Valid() || w.s.fn != h.s.fn || w.s.call.Expr.Pos() < h.s.call.Expr.End() ||
				!match.SameRef(c.pass.TypesInfo, w.writer, h.s.call.Recv) {
				continue
			}
			g, ok := graphs[h.s.fn.Node()]
			if !ok {
				g = newCFG(h.s.fn)
				graphs[h.s.fn.Node()] = g
			}
			if g != nil && dominates(g, h.s.call.Expr, w.s.call.Expr) {
				reported[w.s] = true
				c.report(w.s.call.Expr, catBodyless,
					"body written after WriteHeader(%d): net/http refuses it with http.ErrBodyNotAllowed; remove the write or use a status that allows a body",
					h.code)
			}
		}
	}
}

// noBodyStatus reports whether s is WriteHeader(204) or WriteHeader(304) on a
// ResponseWriter.
func (c *checker) noBodyStatus(s *site) (int64, bool) {
	sk, ok := c.sinkOf(s.call)
	if !ok || sk.via != httpapi.WriteHeader || sk.wrapped != "" || s.call.Recv == nil {
		return 0, false
	}
	code, ok := constval.Int(c.pass.TypesInfo, s.call.Arg(0))
	return code, ok && (code == 204 || code == 304)
}

// bodyWriter returns the writer that s writes a body to, if s is w.Write(...),
// fmt.Fprint*(w, ...), io.WriteString(w, ...), io.Copy(w, ...) or
// json.NewEncoder(w).Encode(...).
func (c *checker) bodyWriter(s *site) ast.Expr {
	fn := s.call.Fn
	switch {
	case fn.Name() == "Write" && s.call.Recv != nil &&
		(match.Method(fn, "net/http", "ResponseWriter", "Write") || c.implementsResponseWriter(fn)):
		return s.call.Recv
	case httpapi.IsEncode(fn):
		ctor, ok := ast.Unparen(s.call.Recv).(*ast.CallExpr)
		if !ok {
			return nil
		}
		if cc, ok := c.res.Resolve(ctor); ok && httpapi.IsEncoderCtor(cc.Fn) {
			return cc.Arg(0)
		}
	default:
		if i, ok := httpapi.WriterFuncArg(fn); ok {
			return s.call.Arg(i)
		}
	}
	return nil
}

func newCFG(fn inspector.Cursor) *cfg.CFG {
	if !fn.Valid() {
		return nil
	}
	var body *ast.BlockStmt
	switch n := fn.Node().(type) {
	case *ast.FuncDecl:
		body = n.Body
	case *ast.FuncLit:
		body = n.Body
	}
	if body == nil {
		return nil
	}
	return cfg.New(body, func(*ast.CallExpr) bool { return true })
}

// dominates reports whether every path from the entry of g to b passes through a.
func dominates(g *cfg.CFG, a, b ast.Node) bool {
	ba, ia := blockOf(g, a)
	bb, ib := blockOf(g, b)
	if ba == nil || bb == nil || !bb.Live {
		return false
	}
	if ba == bb {
		return ia < ib || (ia == ib && a.End() <= b.Pos())
	}
	// b is dominated by a's block if b cannot be reached from the entry without it.
	seen := map[*cfg.Block]bool{ba: true}
	stack := []*cfg.Block{g.Blocks[0]}
	for len(stack) > 0 {
		blk := stack[len(stack)-1]
		stack = stack[:len(stack)-1]
		if seen[blk] {
			continue
		}
		if blk == bb {
			return false
		}
		seen[blk] = true
		stack = append(stack, blk.Succs...)
	}
	return true
}

// blockOf returns the block whose node contains n, and the node's index.
func blockOf(g *cfg.CFG, n ast.Node) (*cfg.Block, int) {
	for _, b := range g.Blocks {
		for i, node := range b.Nodes {
			if node.Pos() <= n.Pos() && n.End() <= node.End() {
				return b, i
			}
		}
	}
	return nil, 0
}
