package corswild

import (
	"go/ast"
	"go/token"
	"go/types"
	"slices"
	"strings"

	"golang.org/x/tools/go/ast/inspector"

	"github.com/protolint/protolint/internal/callsite"
	"github.com/protolint/protolint/internal/constval"
	"github.com/protolint/protolint/internal/cors"
	"github.com/protolint/protolint/internal/httpapi"
	"github.com/protolint/protolint/internal/match"
)

// A headerSet is a response header set by hand with a constant name.
type headerSet struct {
	call  ast.Node // the call or assignment
	root  ast.Expr
	key   string
	value ast.Expr
}

// checkManual checks CORS headers set by hand, function by function (a middleware's
// handler literal is a function of its own): "*" with credentials, and a reflected
// Origin with credentials but no check.
func (c *checker) checkManual() {
	info := c.pass.TypesInfo
	byFunc := make(map[ast.Node][]headerSet)
	var order []inspector.Cursor
	add := func(cur inspector.Cursor, n ast.Node, w, keyExpr, value ast.Expr) {
		key, ok := constval.String(info, keyExpr)
		if !ok {
			return
		}
		fn, ok := callsite.EnclosingFunc(cur)
		if !ok {
			return
		}
		if _, seen := byFunc[fn.Node()]; !seen {
			order = append(order, fn)
		}
		byFunc[fn.Node()] = append(byFunc[fn.Node()], headerSet{n, httpapi.Root(info, w), key, value})
	}
	for cur, hs := range httpapi.ResponseHeaderSets(info, c.in, c.res) {
		if hs.Value != nil { // nil: a header map assignment of anything but a one-value literal
			add(cur, cur.Node(), hs.Writer, hs.Key, hs.Value)
		}
	}
	for _, fn := range order {
		sets := byFunc[fn.Node()]
		for _, origin := range sets {
			if !strings.EqualFold(origin.key, cors.HeaderAllowOrigin) {
				continue
			}
			creds := c.credentialsSet(sets, origin.root)
			if creds == nil {
				continue
			}
			if v, ok := constval.String(info, origin.value); ok && v == "*" {
				c.report(origin.value, catManual, creds.call, "Access-Control-Allow-Credentials is set here",
					"Access-Control-Allow-Origin \"*\" with Access-Control-Allow-Credentials \"true\": browsers refuse credentialed responses from a wildcard origin, so those requests fail; send a checked origin instead")
				continue
			}
			if vars := c.originVars(fn, origin.value); vars != nil || c.isRequestOrigin(origin.value) {
				if !c.checkedBefore(fn, vars, origin.call.Pos()) {
					c.report(origin.value, catReflect, creds.call, "Access-Control-Allow-Credentials is set here",
						"Access-Control-Allow-Origin is the request's Origin, unchecked, with credentials: %s; compare the origin with an allow list first", leak)
				}
			}
		}
	}
}

// credentialsSet returns the set of "Access-Control-Allow-Credentials: true" on root.
func (c *checker) credentialsSet(sets []headerSet, root ast.Expr) *headerSet {
	for i, s := range sets {
		if !strings.EqualFold(s.key, cors.HeaderAllowCredentials) || !match.SameRef(c.pass.TypesInfo, s.root, root) {
			continue
		}
		if v, ok := constval.String(c.pass.TypesInfo, s.value); ok && v == "true" {
			return &sets[i]
		}
	}
	return nil
}

// isRequestOrigin reports whether e reads the request's Origin header:
// r.Header.Get("Origin"), c.GetHeader("Origin"), c.Get("Origin"),
// string(ctx.Request.Header.Peek("Origin")).
func (c *checker) isRequestOrigin(e ast.Expr) bool {
	call, ok := ast.Unparen(e).(*ast.CallExpr)
	if !ok {
		return false
	}
	if tv, ok := c.pass.TypesInfo.Types[call.Fun]; ok && tv.IsType() && len(call.Args) == 1 {
		return c.isRequestOrigin(call.Args[0]) // string(...) or []byte(...)
	}
	rc, ok := c.res.Resolve(call)
	if !ok {
		return false
	}
	key, ok := httpapi.RequestHeaderGetOf(rc)
	if !ok {
		return false
	}
	k, ok := constval.String(c.pass.TypesInfo, key)
	return ok && strings.EqualFold(k, "Origin")
}

// originVars returns the local variable that e is, if it holds the request's Origin
// (origin := r.Header.Get("Origin")), followed by the variables it copies it from
// (allow := origin): every assignment to each is the Origin or another of them.
// It returns nil if e is not such a variable.
func (c *checker) originVars(fn inspector.Cursor, e ast.Expr) []*types.Var {
	v := c.localVar(e)
	if v == nil {
		return nil
	}
	var vars []*types.Var
	var follow func(v *types.Var) bool
	follow = func(v *types.Var) bool {
		if slices.Contains(vars, v) {
			return true
		}
		vars = append(vars, v)
		found := false
		for cur := range fn.Preorder((*ast.AssignStmt)(nil), (*ast.ValueSpec)(nil)) {
			lhs, rhs := match.Sides(cur.Node())
			for i, l := range lhs {
				lid, ok := l.(*ast.Ident)
				if !ok || c.pass.TypesInfo.ObjectOf(lid) != v {
					continue
				}
				if len(lhs) != len(rhs) {
					return false
				}
				switch src := c.localVar(rhs[i]); {
				case c.isRequestOrigin(rhs[i]):
				case src != nil && follow(src):
				default:
					return false // also assigned something else
				}
				found = true
			}
		}
		return found
	}
	if !follow(v) {
		return nil
	}
	return vars
}

// localVar returns the variable of the package (not a field) that e is, or nil.
func (c *checker) localVar(e ast.Expr) *types.Var {
	id, ok := ast.Unparen(e).(*ast.Ident)
	if !ok {
		return nil
	}
	if v, ok := c.pass.TypesInfo.Uses[id].(*types.Var); ok && !v.IsField() && v.Pkg() == c.pass.Pkg {
		return v
	}
	return nil
}

// checkedBefore reports whether the origin (one of the variables vars that hold it,
// or a direct read of the Origin header) is checked by a condition before pos in fn:
// compared with a non-empty constant, used as a map key, or passed to a function
// (slices.Contains, isAllowed). Weak checks among them are reported.
func (c *checker) checkedBefore(fn inspector.Cursor, vars []*types.Var, pos token.Pos) bool {
	info := c.pass.TypesInfo
	isOrigin := func(e ast.Expr) bool {
		if id, ok := ast.Unparen(e).(*ast.Ident); ok {
			if v, ok := info.Uses[id].(*types.Var); ok && slices.Contains(vars, v) {
				return true
			}
		}
		return c.isRequestOrigin(e)
	}
	checked := false
	for cur := range fn.Preorder((*ast.IfStmt)(nil), (*ast.SwitchStmt)(nil)) {
		if cur.Node().Pos() >= pos {
			continue
		}
		var conds []ast.Expr
		switch n := cur.Node().(type) {
		case *ast.IfStmt:
			conds = append(conds, n.Cond)
		case *ast.SwitchStmt:
			if n.Tag != nil && isOrigin(n.Tag) {
				checked = true
			}
			for _, s := range n.Body.List {
				if cc, ok := s.(*ast.CaseClause); ok {
					conds = append(conds, cc.List...)
				}
			}
		}
		for _, cond := range conds {
			ast.Inspect(cond, func(n ast.Node) bool {
				switch n := n.(type) {
				case *ast.BinaryExpr:
					if (n.Op == token.EQL || n.Op == token.NEQ) && (isOrigin(n.X) || isOrigin(n.Y)) {
						other := n.Y
						if isOrigin(n.Y) {
							other = n.X
						}
						if s, ok := constval.String(info, other); !ok || s != "" {
							checked = true
						}
						return false
					}
				case *ast.IndexExpr:
					if isOrigin(n.Index) {
						checked = true
					}
				case *ast.CallExpr:
					for _, a := range n.Args {
						if isOrigin(a) {
							checked = true
							c.checkWeakCall(n, isOrigin)
							break
						}
					}
				}
				return true
			})
		}
	}
	return checked
}
