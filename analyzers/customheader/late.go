package customheader

import (
	"go/ast"
	"strings"

	"github.com/protolint/protolint/internal/callsite"
	"github.com/protolint/protolint/internal/constval"
	"github.com/protolint/protolint/internal/flow"
	"github.com/protolint/protolint/internal/httpapi"
	"github.com/protolint/protolint/internal/match"
)

// checkLate reports headers set after the status line or body went out on the same
// response, on a path that must pass through that write: net/http has sent the
// header block already, so the header is dropped. fiber and fasthttp buffer the
// whole response, and gin's Status only records the code, so those do not count.
// Trailers (declared with a "Trailer" header, or named with http.TrailerPrefix) are
// fine.
func (c *checker) checkLate(sets []set) {
	if len(sets) == 0 {
		return
	}
	info := c.pass.TypesInfo
	trailers := make(map[string]bool)
	for _, s := range sets {
		if strings.EqualFold(s.name, "Trailer") && s.value != nil {
			v, _ := constval.String(info, s.value)
			for t := range strings.SplitSeq(v, ",") {
				trailers[strings.ToLower(strings.TrimSpace(t))] = true
			}
		}
	}
	type write struct {
		call *ast.CallExpr
		root ast.Expr
		fn   ast.Node
		name string
	}
	writes := make(map[ast.Node][]write) // by enclosing function
	rw := match.LookupInterface(c.idx.Import("net/http"), "ResponseWriter")
	for _, s := range c.idx.Sites() {
		call, fn := s.Call, s.Fn
		if !fn.Valid() {
			continue
		}
		w, ok := httpapi.ResponseWriteOf(info, call, rw)
		if !ok || !c.sendsHeaders(call, w) {
			continue
		}
		writes[fn.Node()] = append(writes[fn.Node()], write{call.Expr, httpapi.Root(info, w.Writer), fn.Node(), match.DisplayName(call.Fn, c.pass.Pkg)})
	}
	var graphs flow.Graphs
	for _, s := range sets {
		if s.lib == httpapi.FiberLib || s.lib == httpapi.Fiber3Lib || s.lib == httpapi.FasthttpLib {
			continue
		}
		n := strings.ToLower(s.name)
		if trailers[n] || strings.HasPrefix(n, strings.ToLower(trailerPrefix)) || strings.EqualFold(s.name, "Trailer") {
			continue
		}
		fn, ok := callsite.EnclosingFunc(s.cur)
		if !ok {
			continue
		}
		for _, w := range writes[fn.Node()] {
			if w.call.End() > s.call.Pos() || !match.SameRef(info, w.root, s.root) {
				continue
			}
			g := graphs.Of(fn)
			if g == nil || !flow.Dominates(g, w.call, s.call) {
				continue
			}
			c.report(s.key, catLate,
				"header %q set after %s on line %d wrote the response: the header block is already sent, so it is dropped; set headers before writing the status or body",
				s.name, w.name, c.pass.Fset.Position(w.call.Pos()).Line)
			break
		}
	}
}

// sendsHeaders reports whether the write puts the header block on the wire: not an
// informational WriteHeader(1xx), not gin's Status or its buffered WriteHeader, and
// not a write through fiber or fasthttp, which buffer the whole response.
func (c *checker) sendsHeaders(call *match.Call, w httpapi.Writing) bool {
	lib := httpapi.LibOf(call.Fn)
	switch {
	case lib == httpapi.FiberLib || lib == httpapi.Fiber3Lib || lib == httpapi.FasthttpLib:
		return false
	case w.Status != nil && w.Status.Lib == httpapi.GinLib && w.Status.Name == "Status":
		return false
	case call.Fn.Name() == "WriteHeader" && call.Recv != nil && httpapi.BuffersStatus(c.pass.TypesInfo.TypeOf(call.Recv)):
		return false // gin's writer records the code until the first body write
	case w.Status == httpapi.WriteHeader:
		if code, ok := constval.Int(c.pass.TypesInfo, call.Arg(0)); ok && code >= 100 && code <= 199 {
			return false // interim responses: headers may still change
		}
	}
	return true
}
