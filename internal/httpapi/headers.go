package httpapi

import (
	"go/ast"
	"go/types"
	"iter"

	"golang.org/x/tools/go/ast/inspector"

	"github.com/protolint/protolint/internal/match"
)

// A HeaderSetter sets a response header: Key and Value are argument indexes (Value
// is the first of a variadic list for Append). Bytes: the key and value may be
// []byte (fasthttp).
type HeaderSetter struct {
	Lib        *Lib
	Recv, Name string
	Key, Value int
}

// HeaderSetters lists them, one row per API, with its signature. net/http's
// Header.Set and Add count only on a response's header map (w.Header()); see
// ResponseHeaderSet.
var HeaderSetters = []HeaderSetter{
	{NetHTTPLib, "Header", "Set", 0, 1},                   // func (h Header) Set(key, value string)
	{NetHTTPLib, "Header", "Add", 0, 1},                   // func (h Header) Add(key, value string)
	{GinLib, "Context", "Header", 0, 1},                   // func (c *Context) Header(key, value string)
	{FiberLib, "Ctx", "Set", 0, 1},                        // func (c *Ctx) Set(key, val string)
	{FiberLib, "Ctx", "Append", 0, 1},                     // func (c *Ctx) Append(field string, values ...string)
	{Fiber3Lib, "Ctx", "Set", 0, 1},                       // Set(key, val string)
	{Fiber3Lib, "Ctx", "Append", 0, 1},                    // Append(field string, values ...string)
	{FasthttpLib, "ResponseHeader", "Set", 0, 1},          // func (h *ResponseHeader) Set(key, value string)
	{FasthttpLib, "ResponseHeader", "Add", 0, 1},          // func (h *ResponseHeader) Add(key, value string)
	{FasthttpLib, "ResponseHeader", "SetBytesV", 0, 1},    // func (h *ResponseHeader) SetBytesV(key string, value []byte)
	{FasthttpLib, "ResponseHeader", "AddBytesV", 0, 1},    // func (h *ResponseHeader) AddBytesV(key string, value []byte)
	{FasthttpLib, "ResponseHeader", "SetBytesKV", 0, 1},   // func (h *ResponseHeader) SetBytesKV(key, value []byte)
	{FasthttpLib, "ResponseHeader", "AddBytesKV", 0, 1},   // func (h *ResponseHeader) AddBytesKV(key, value []byte)
	{FasthttpLib, "ResponseHeader", "SetCanonical", 0, 1}, // func (h *ResponseHeader) SetCanonical(key, value []byte)
}

// A RequestHeaderGetter reads a request header by name: Key is the argument index.
type RequestHeaderGetter struct {
	Lib        *Lib
	Recv, Name string
	Key        int
}

// RequestHeaderGetters lists them.
var RequestHeaderGetters = []RequestHeaderGetter{
	{NetHTTPLib, "Header", "Get", 0},          // func (h Header) Get(key string) string (r.Header.Get)
	{GinLib, "Context", "GetHeader", 0},       // func (c *Context) GetHeader(key string) string
	{FiberLib, "Ctx", "Get", 0},               // func (c *Ctx) Get(key string, defaultValue ...string) string
	{Fiber3Lib, "Ctx", "Get", 0},              // Get(key string, defaultValue ...string) string
	{FasthttpLib, "RequestHeader", "Peek", 0}, // func (h *RequestHeader) Peek(key string) []byte
}

// A HeaderSet is a call that sets a response header.
type HeaderSet struct {
	Writer     ast.Expr // the response (or framework context) whose header is set
	Key, Value ast.Expr
	Lib        *Lib // the library whose API sets it
}

// ResponseHeaderSets yields the response headers set in the syntax that in
// traverses, in source order, with the cursor of the call or assignment that sets
// each: calls of HeaderSetters (resolved by res) and assignments to a response's
// header map (see ResponseHeaderAssignsOf).
func ResponseHeaderSets(info *types.Info, in *inspector.Inspector, res match.Calls) iter.Seq2[inspector.Cursor, HeaderSet] {
	return func(yield func(inspector.Cursor, HeaderSet) bool) {
		for cur := range in.Root().Preorder((*ast.CallExpr)(nil), (*ast.AssignStmt)(nil)) {
			switch n := cur.Node().(type) {
			case *ast.CallExpr:
				call, ok := res.Resolve(n)
				if !ok {
					continue
				}
				if hs, ok := ResponseHeaderSetOf(info, call); ok && !yield(cur, hs) {
					return
				}
			case *ast.AssignStmt:
				for _, hs := range ResponseHeaderAssignsOf(info, n) {
					if !yield(cur, hs) {
						return
					}
				}
			}
		}
	}
}

// ResponseHeaderSetOf reports whether call sets a response header. For net/http,
// the header map must come from a ResponseWriter: w.Header().Set(k, v).
func ResponseHeaderSetOf(info *types.Info, call *match.Call) (HeaderSet, bool) {
	fn := call.Fn
	path, recv := match.PkgPath(fn), match.RecvName(fn)
	for _, h := range HeaderSetters {
		if h.Name != fn.Name() || h.Recv != recv || !inPaths(path, h.Lib.Paths) || call.Recv == nil {
			continue
		}
		key, val := call.Arg(h.Key), call.Arg(h.Value)
		if key == nil || val == nil {
			return HeaderSet{}, false
		}
		w := call.Recv
		if h.Lib == NetHTTPLib {
			var ok bool
			if w, ok = ResponseOfHeader(info, call.Recv); !ok {
				return HeaderSet{}, false
			}
		}
		return HeaderSet{Writer: w, Key: key, Value: val, Lib: h.Lib}, true
	}
	return HeaderSet{}, false
}

// ResponseOfHeader returns w for a header map expression w.Header() (on any
// ResponseWriter or echo's *Response).
func ResponseOfHeader(info *types.Info, h ast.Expr) (ast.Expr, bool) {
	call, ok := ast.Unparen(h).(*ast.CallExpr)
	if !ok || len(call.Args) != 0 {
		return nil, false
	}
	sel, ok := ast.Unparen(call.Fun).(*ast.SelectorExpr)
	if !ok {
		return nil, false
	}
	fn, ok := info.Uses[sel.Sel].(*types.Func)
	if !ok || fn.Name() != "Header" || fn.Signature().Recv() == nil {
		return nil, false
	}
	if match.Type(fn.Signature().Results().At(0).Type(), "net/http", "Header") {
		return sel.X, true
	}
	return nil, false
}

// RequestHeaderGetOf returns the key argument if call reads a request header.
func RequestHeaderGetOf(call *match.Call) (ast.Expr, bool) {
	fn := call.Fn
	path, recv := match.PkgPath(fn), match.RecvName(fn)
	for _, g := range RequestHeaderGetters {
		if g.Name == fn.Name() && g.Recv == recv && inPaths(path, g.Lib.Paths) {
			a := call.Arg(g.Key)
			return a, a != nil
		}
	}
	return nil, false
}

func inPaths(path string, paths []string) bool {
	for _, p := range paths {
		if p == path {
			return true
		}
	}
	return false
}

// LibOf returns the library that declares obj, or nil.
func LibOf(obj types.Object) *Lib {
	path := match.PkgPath(obj)
	for _, l := range Libs {
		if inPaths(path, l.Paths) {
			return l
		}
	}
	return nil
}

// ResponseHeaderAssignsOf returns the response headers that as sets directly in a
// response's header map: w.Header()["X-Total-Count"] = []string{"42"}. Value is the
// element of a one-element slice literal, or nil when the value is anything else.
func ResponseHeaderAssignsOf(info *types.Info, as *ast.AssignStmt) []HeaderSet {
	var sets []HeaderSet
	for i, l := range as.Lhs {
		ix, ok := ast.Unparen(l).(*ast.IndexExpr)
		if !ok {
			continue
		}
		w, ok := ResponseOfHeader(info, ix.X)
		if !ok {
			continue
		}
		hs := HeaderSet{Writer: w, Key: ix.Index, Lib: NetHTTPLib}
		if len(as.Lhs) == len(as.Rhs) {
			if lit, ok := ast.Unparen(as.Rhs[i]).(*ast.CompositeLit); ok && len(lit.Elts) == 1 {
				hs.Value = lit.Elts[0]
			}
		}
		sets = append(sets, hs)
	}
	return sets
}
