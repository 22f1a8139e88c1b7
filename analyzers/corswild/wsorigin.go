package corswild

import (
	"go/ast"
	"go/constant"
	"go/types"
	"slices"

	"golang.org/x/tools/go/ast/edge"
	"golang.org/x/tools/go/ast/inspector"

	"github.com/protolint/protolint/internal/constval"
	"github.com/protolint/protolint/internal/match"
)

// WebSocket upgraders and their origin settings (versions as in the API reference
// §2: gorilla/websocket v1.5.3, fasthttp/websocket v1.5.12, coder/websocket v1.8.15,
// nhooyr.io/websocket v1.8.17, golang.org/x/net v0.62.0, gofiber/contrib/websocket
// v1.3.4, olahol/melody v1.1.4).
var (
	gorillaWS = []string{"github.com/gorilla/websocket", "github.com/fasthttp/websocket"}
	coderWS   = []string{"github.com/coder/websocket", "nhooyr.io/websocket"}
	xnetWS    = []string{"golang.org/x/net/websocket"}
	fiberWS   = []string{"github.com/gofiber/contrib/websocket", "github.com/gofiber/websocket/v2"}
	melodyWS  = []string{"github.com/olahol/melody"}
	wsPaths   = slices.Concat(gorillaWS, coderWS, xnetWS, fiberWS, melodyWS)
)

const hijacking = "accepts every origin: browsers send the user's cookies with the WebSocket handshake and CORS does not apply, so any website can open a connection as the user (cross-site WebSocket hijacking)"

// checkWebSockets reports WebSocket endpoints that accept every origin.
func (c *checker) checkWebSockets() {
	info := c.pass.TypesInfo
	melodyCustomized := false
	var melodyNews []*ast.CallExpr
	// websocket.Handler(f) as the Handler of a websocket.Server literal: the Server's
	// Handshake decides, and the Server literal is checked on its own.
	servers := make(map[ast.Node]bool)
	root := c.in.Root()
	for cur := range root.Preorder((*ast.CompositeLit)(nil)) {
		if lit := cur.Node().(*ast.CompositeLit); c.isType(info.TypeOf(lit), xnetWS, "Server") {
			for _, elt := range lit.Elts {
				if kv, ok := elt.(*ast.KeyValueExpr); ok {
					servers[ast.Unparen(kv.Value)] = true
				}
			}
		}
	}
	for cur := range root.Preorder((*ast.CompositeLit)(nil), (*ast.AssignStmt)(nil), (*ast.CallExpr)(nil)) {
		switch n := cur.Node().(type) {
		case *ast.CompositeLit:
			c.checkWSLiteral(cur, n)
		case *ast.AssignStmt:
			for i, l := range n.Lhs {
				sel, ok := ast.Unparen(l).(*ast.SelectorExpr)
				if !ok || len(n.Lhs) != len(n.Rhs) {
					continue
				}
				s := info.Selections[sel]
				if s == nil || s.Obj().Name() != "CheckOrigin" {
					continue
				}
				if c.isType(s.Recv(), melodyWS, "Melody") || c.isUpgraderOfMelody(sel.X) {
					melodyCustomized = true
				}
				if c.isType(s.Recv(), gorillaWS, "Upgrader", "FastHTTPUpgrader") {
					if body, _ := c.funcOf(n.Rhs[i]); body != nil && alwaysTrue(info, body, nil) {
						c.report(n.Rhs[i], catWSOrigin, nil, "", "this CheckOrigin %s; compare the Origin header with an allow list", hijacking)
					}
				}
			}
			for _, l := range n.Lhs {
				if sel, ok := ast.Unparen(l).(*ast.SelectorExpr); ok && sel.Sel.Name == "Upgrader" {
					if s := info.Selections[sel]; s != nil && c.isType(s.Recv(), melodyWS, "Melody") {
						melodyCustomized = true
					}
				}
			}
		case *ast.CallExpr:
			if tv, ok := info.Types[n.Fun]; ok && tv.IsType() {
				if named, ok := types.Unalias(tv.Type).(*types.Named); ok && named.Obj().Name() == "Handler" && slices.Contains(xnetWS, match.PkgPath(named.Obj())) && !servers[n] {
					c.report(n, catWSOrigin, nil, "", "websocket.Handler %s; use websocket.Server with a Handshake that compares the Origin with an allow list", hijacking)
				}
				continue
			}
			rc, ok := c.res.Resolve(n)
			if !ok {
				continue
			}
			switch {
			case match.PkgPath(rc.Fn) != "" && rc.Fn.Name() == "Upgrade" && rc.Fn.Signature().Recv() == nil && slices.Contains(gorillaWS, match.PkgPath(rc.Fn)):
				c.report(n, catWSOrigin, nil, "", "the deprecated websocket.Upgrade %s; use a websocket.Upgrader whose CheckOrigin compares the Origin with an allow list (nil CheckOrigin allows same-origin requests only)", hijacking)
			case rc.Fn.Name() == "New" && rc.Fn.Signature().Recv() == nil && slices.Contains(fiberWS, match.PkgPath(rc.Fn)) && len(n.Args) == 1 && !n.Ellipsis.IsValid():
				c.report(n, catWSOrigin, nil, "", "websocket.New without a Config %s (Origins defaults to \"*\"); pass a Config with the allowed Origins", hijacking)
			case rc.Fn.Name() == "New" && rc.Fn.Signature().Recv() == nil && slices.Contains(melodyWS, match.PkgPath(rc.Fn)):
				melodyNews = append(melodyNews, n)
			}
		}
	}
	if !melodyCustomized {
		for _, n := range melodyNews {
			c.report(n, catWSOrigin, nil, "", "melody.New() %s (its upgrader's CheckOrigin returns true); set m.Upgrader.CheckOrigin to compare the Origin with an allow list", hijacking)
		}
	}
}

func (c *checker) isType(t types.Type, paths []string, names ...string) bool {
	for _, p := range paths {
		for _, n := range names {
			if match.Type(t, p, n) {
				return true
			}
		}
	}
	return false
}

// isUpgraderOfMelody reports whether x is m.Upgrader of a *melody.Melody m.
func (c *checker) isUpgraderOfMelody(x ast.Expr) bool {
	sel, ok := ast.Unparen(x).(*ast.SelectorExpr)
	if !ok || sel.Sel.Name != "Upgrader" {
		return false
	}
	s := c.pass.TypesInfo.Selections[sel]
	return s != nil && c.isType(s.Recv(), melodyWS, "Melody")
}

// checkWSLiteral checks the origin settings of a WebSocket configuration literal.
func (c *checker) checkWSLiteral(cur inspector.Cursor, lit *ast.CompositeLit) {
	info := c.pass.TypesInfo
	t := info.TypeOf(lit)
	field := func(name string) *ast.KeyValueExpr {
		for _, elt := range lit.Elts {
			if kv, ok := elt.(*ast.KeyValueExpr); ok {
				if id, ok := kv.Key.(*ast.Ident); ok && id.Name == name {
					if f, ok := info.Uses[id].(*types.Var); ok && f.IsField() {
						return kv
					}
				}
			}
		}
		return nil
	}
	switch {
	case c.isType(t, gorillaWS, "Upgrader", "FastHTTPUpgrader"):
		if kv := field("CheckOrigin"); kv != nil {
			if body, _ := c.funcOf(kv.Value); body != nil && alwaysTrue(info, body, nil) {
				c.report(kv, catWSOrigin, nil, "", "this CheckOrigin %s; compare the Origin header with an allow list (nil CheckOrigin allows same-origin requests only)", hijacking)
			}
		}
	case c.isType(t, coderWS, "AcceptOptions"):
		if kv := field("InsecureSkipVerify"); kv != nil {
			if v := info.Types[kv.Value].Value; v != nil && v.Kind() == constant.Bool && constant.BoolVal(v) {
				c.report(kv, catWSOrigin, nil, "", "InsecureSkipVerify %s; list the allowed hosts in OriginPatterns", hijacking)
			}
		}
		if kv := field("OriginPatterns"); kv != nil {
			if lit, ok := ast.Unparen(kv.Value).(*ast.CompositeLit); ok {
				for _, e := range lit.Elts {
					if s, ok := constval.String(info, e); ok && s == "*" {
						c.report(e, catWSOrigin, nil, "", "the origin pattern \"*\" %s; list the allowed hosts", hijacking)
					}
				}
			}
		}
	case c.isType(t, fiberWS, "Config"):
		kv := field("Origins")
		if kv == nil {
			if c.passedToFiberNew(cur) {
				c.report(lit, catWSOrigin, nil, "", "a websocket.Config without Origins %s (Origins defaults to \"*\"); list the allowed origins", hijacking)
			}
			return
		}
		if l, ok := ast.Unparen(kv.Value).(*ast.CompositeLit); ok {
			if len(l.Elts) == 0 {
				c.report(l, catWSOrigin, nil, "", "empty Origins %s (gofiber defaults them to \"*\"); list the allowed origins", hijacking)
			} else if s, ok := constval.String(info, l.Elts[0]); ok && s == "*" {
				c.report(l.Elts[0], catWSOrigin, nil, "", "Origins \"*\" %s; list the allowed origins", hijacking)
			}
		}
	case c.isType(t, xnetWS, "Server"):
		kv := field("Handshake")
		if kv == nil {
			c.report(lit, catWSOrigin, nil, "", "a websocket.Server without a Handshake %s; set Handshake to compare the Origin with an allow list", hijacking)
		} else if body, _ := c.funcOf(kv.Value); body != nil && returnsOnlyNil(info, body) {
			c.report(kv, catWSOrigin, nil, "", "a Handshake that always returns nil %s; compare the Origin with an allow list", hijacking)
		}
	}
}

// passedToFiberNew reports whether the literal at cur is an argument of gofiber's
// websocket.New.
func (c *checker) passedToFiberNew(cur inspector.Cursor) bool {
	for {
		parent := cur.Parent()
		switch parent.Node().(type) {
		case *ast.ParenExpr:
			cur = parent
			continue
		case *ast.CallExpr:
			if cur.ParentEdgeKind() != edge.CallExpr_Args {
				return false
			}
			rc, ok := c.res.Resolve(parent.Node().(*ast.CallExpr))
			return ok && rc.Fn.Name() == "New" && slices.Contains(fiberWS, match.PkgPath(rc.Fn))
		}
		return false
	}
}

// returnsOnlyNil reports whether every return of body (outside nested function
// literals) returns nil: a Handshake that accepts every request.
func returnsOnlyNil(info *types.Info, body *ast.BlockStmt) bool {
	n := 0
	for ret := range returns(body) {
		if len(ret.Results) != 1 || !info.Types[ret.Results[0]].IsNil() {
			return false
		}
		n++
	}
	return n > 0
}
