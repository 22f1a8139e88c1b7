package wsclose

import (
	"go/ast"
	"go/token"
	"go/types"
	"slices"

	"golang.org/x/tools/go/ast/inspector"

	"github.com/protolint/protolint/internal/callsite"
	"github.com/protolint/protolint/internal/flow"
	"github.com/protolint/protolint/internal/httpapi"
	"github.com/protolint/protolint/internal/match"
)

// An upgrade is an upgrade attempt on a response.
type upgrade struct {
	s      *site
	api    *upgradeAPI
	root   ast.Expr   // the response written to: w, or the framework context c
	errVar *types.Var // the variable holding the upgrade's error, if any
	custom bool       // the upgrader's own Error function answers failures
}

func (c *checker) upgradeOf(s *site) *upgradeAPI {
	fn := s.Call.Fn
	recv := match.RecvName(fn)
	for i := range upgradeAPIs {
		u := &upgradeAPIs[i]
		if u.name == fn.Name() && u.recv == recv && inPaths(fn, u.paths) {
			return u
		}
	}
	return nil
}

// checkAfterUpgrade reports HTTP responses written after an upgrade attempt on the
// same response, on the control-flow paths that follow it.
func (c *checker) checkAfterUpgrade(sites []*site) {
	var ups []*upgrade
	for _, s := range sites {
		api := c.upgradeOf(s)
		if api == nil || !s.Fn.Valid() {
			continue
		}
		w := s.Call.Arg(api.writer)
		if w == nil {
			continue
		}
		u := &upgrade{s: s, api: api, root: httpapi.Root(c.pass.TypesInfo, w)}
		if api.errResult >= 0 {
			u.errVar = c.resultVar(s.Cur, api.errResult)
		}
		switch {
		case api.customError:
			u.custom = c.hasCustomError(s.Call.Recv)
		case slices.Equal(api.paths, melodyPaths):
			// m.Upgrader.Error = ...: melody hands failures to gorilla's upgrader.
			u.custom = c.hasCustomError(nil)
		}
		ups = append(ups, u)
	}
	if len(ups) == 0 {
		return
	}
	// A write can only follow an upgrade of its own function, or, inside a function
	// literal of the upgrade call (an x/net handler, a fasthttp callback), of an
	// enclosing function: index the upgrades by function to keep this linear.
	byFn := make(map[ast.Node][]*upgrade)
	for _, u := range ups {
		byFn[u.s.Fn.Node()] = append(byFn[u.s.Fn.Node()], u)
	}
	reported := make(map[ast.Node]bool)
	for _, s := range sites {
		if !s.Fn.Valid() || c.upgradeOf(s) != nil {
			continue
		}
		w, ok := httpapi.ResponseWriteOf(c.pass.TypesInfo, s.Call, c.rw)
		if !ok {
			continue
		}
		var candidates []*upgrade
		for fn := range s.Cur.Enclosing((*ast.FuncDecl)(nil), (*ast.FuncLit)(nil)) {
			candidates = append(candidates, byFn[fn.Node()]...)
		}
		if len(candidates) == 0 {
			continue
		}
		root := httpapi.Root(c.pass.TypesInfo, w.Writer)
		for _, u := range candidates {
			if reported[s.Call.Expr] || !match.SameRef(c.pass.TypesInfo, root, u.root) {
				continue
			}
			if msg, ok := c.afterUpgrade(u, s.Cur, s.Fn); ok {
				reported[s.Call.Expr] = true
				c.report(s.Call.Expr, catAfterUpgrade, "%s after %s", c.displayName(s.Call.Fn), msg)
			}
		}
	}
	c.checkEchoReturns(ups, reported)
}

// afterUpgrade decides whether the node at cur, in the function fn, runs after the
// upgrade u, and returns the message that explains why writing there is wrong.
func (c *checker) afterUpgrade(u *upgrade, cur inspector.Cursor, fn inspector.Cursor) (string, bool) {
	call := u.s.Call.Expr
	n := cur.Node()
	inside := call.Pos() <= n.Pos() && n.End() <= call.End()
	if !inside {
		if fn != u.s.Fn || n.Pos() < call.End() {
			return "", false
		}
		g := c.graphs.Of(fn)
		if g == nil || !flow.Reaches(g, call, n) {
			return "", false
		}
	}
	hint := u.api.closeHint
	switch {
	case inside || u.api.failure == hijacked:
		return "websocket upgrade: the connection is hijacked and the response can no longer be written; close the WebSocket instead: " + hint, true
	case u.errVar != nil && c.onFailurePath(cur, u.errVar, call.End()).on:
		if u.api.failure == silent || u.custom || c.onFailurePath(cur, u.errVar, call.End()).silent {
			return "", false // the library wrote nothing: answering is right
		}
		return "a failed websocket upgrade: the upgrader already replied with an HTTP error; log the error and return", true
	case u.api.recv == "FastHTTPUpgrader":
		return "websocket upgrade: the 101 response is already set up and changing it breaks the handshake; close the WebSocket in the handler instead: " + hint, true
	}
	return "websocket upgrade: the connection is hijacked and the response can no longer be written; close the WebSocket instead: " + hint, true
}

// resultVar returns the variable assigned result i of the call at cur, if the call
// is the only right-hand side of an assignment or declaration.
func (c *checker) resultVar(cur inspector.Cursor, i int) *types.Var {
	var lhs []ast.Expr
	switch p := cur.Parent().Node().(type) {
	case *ast.AssignStmt:
		if len(p.Rhs) == 1 {
			lhs = p.Lhs
		}
	case *ast.ValueSpec:
		if len(p.Values) == 1 {
			for _, n := range p.Names {
				lhs = append(lhs, n)
			}
		}
	}
	if i >= len(lhs) {
		return nil
	}
	id, ok := ast.Unparen(lhs[i]).(*ast.Ident)
	if !ok {
		return nil
	}
	v, _ := c.pass.TypesInfo.ObjectOf(id).(*types.Var)
	return v
}

// A failure says whether a node lies on a path where an error is known not to be
// nil: in the body of "if err != nil" or "if err == someErr", or the else branch of
// "if err == nil". Silent is set when the error is one that the library returns
// without writing anything (melody's ErrClosed).
type failure struct{ on, silent bool }

// onFailurePath reports whether cur lies on the failure path of the error err
// assigned by the call that ends at from. A test of err after err has been assigned
// again (by a later read on the connection) is about that later error.
func (c *checker) onFailurePath(cur inspector.Cursor, err *types.Var, from token.Pos) failure {
	for child, p := cur, cur.Parent(); p.Valid(); child, p = p, p.Parent() {
		switch n := p.Node().(type) {
		case *ast.FuncDecl, *ast.FuncLit:
			return failure{}
		case *ast.IfStmt:
			op, other, ok := c.errTest(n.Cond, err)
			if !ok || c.assignedBetween(p, err, from, n.Cond.Pos()) {
				continue
			}
			silent := other != nil && c.isSilentError(other)
			switch child.Node() {
			case n.Body:
				return failure{on: op == token.NEQ || other != nil, silent: silent}
			case n.Else:
				return failure{on: op == token.EQL && other == nil}
			}
		}
	}
	return failure{}
}

// assignedBetween reports whether v is assigned in the function around cur between
// the positions from and to.
func (c *checker) assignedBetween(cur inspector.Cursor, v *types.Var, from, to token.Pos) bool {
	fn, ok := callsite.EnclosingFunc(cur)
	if !ok {
		return false
	}
	for a := range fn.Preorder((*ast.AssignStmt)(nil)) {
		as := a.Node().(*ast.AssignStmt)
		if as.Pos() < from || as.Pos() >= to {
			continue
		}
		for _, l := range as.Lhs {
			if id, ok := ast.Unparen(l).(*ast.Ident); ok && c.pass.TypesInfo.ObjectOf(id) == v {
				return true
			}
		}
	}
	return false
}

// isSilentError reports whether e is an error that an upgrade entry point returns
// without writing a response (melody's ErrClosed).
func (c *checker) isSilentError(e ast.Expr) bool {
	var obj types.Object
	switch e := ast.Unparen(e).(type) {
	case *ast.Ident:
		obj = c.pass.TypesInfo.Uses[e]
	case *ast.SelectorExpr:
		obj = c.pass.TypesInfo.Uses[e.Sel]
	}
	return obj != nil && obj.Name() == "ErrClosed" && inPaths(obj, melodyPaths)
}

// errTest reports whether cond compares err: "err != nil" or "err == nil" (other
// is nil), or "err == x" / "err != x" with another error (other is x).
func (c *checker) errTest(cond ast.Expr, err *types.Var) (op token.Token, other ast.Expr, ok bool) {
	b, isBin := ast.Unparen(cond).(*ast.BinaryExpr)
	if !isBin || (b.Op != token.NEQ && b.Op != token.EQL) {
		return 0, nil, false
	}
	info := c.pass.TypesInfo
	isErr := func(e ast.Expr) bool {
		id, ok := ast.Unparen(e).(*ast.Ident)
		return ok && info.Uses[id] == err
	}
	x, y := b.X, b.Y
	if isErr(y) {
		x, y = y, x
	}
	if !isErr(x) {
		return 0, nil, false
	}
	if info.Types[y].IsNil() {
		return b.Op, nil, true
	}
	if b.Op == token.EQL {
		return b.Op, y, true
	}
	return 0, nil, false
}

// hasCustomError reports whether the upgrader recv may have its Error field set, so
// that the library does not write the failure response itself. A local or
// package-level upgrader is looked up precisely; one reached through a parameter or
// another package is assumed custom if this package sets an Error anywhere.
func (c *checker) hasCustomError(recv ast.Expr) bool {
	if c.custom == nil {
		c.custom = c.findCustomErrors()
	}
	if recv == nil {
		return c.custom.any
	}
	e := ast.Unparen(recv)
	if u, ok := e.(*ast.UnaryExpr); ok && u.Op == token.AND {
		e = ast.Unparen(u.X)
	}
	if lit, ok := e.(*ast.CompositeLit); ok {
		return c.litSetsError(lit)
	}
	var obj types.Object
	switch e := e.(type) {
	case *ast.Ident:
		obj = c.pass.TypesInfo.Uses[e]
	case *ast.SelectorExpr:
		obj = c.pass.TypesInfo.Uses[e.Sel]
	}
	if obj == nil {
		return c.custom.any
	}
	if c.custom.objs[obj] {
		return true
	}
	if v, ok := obj.(*types.Var); ok && !v.IsField() && v.Pkg() == c.pass.Pkg {
		return false // every assignment to it is in view
	}
	return c.custom.any
}

type customErrors struct {
	objs map[types.Object]bool // variables and fields given an upgrader with an Error
	any  bool
}

// findCustomErrors finds the upgraders of this package that get an Error function:
// from a composite literal (var u = websocket.Upgrader{Error: f}) or an assignment
// (u.Error = f).
func (c *checker) findCustomErrors() *customErrors {
	ce := &customErrors{objs: make(map[types.Object]bool)}
	info := c.pass.TypesInfo
	mark := func(e ast.Expr) {
		ce.any = true
		e = ast.Unparen(e)
		if u, ok := e.(*ast.UnaryExpr); ok && u.Op == token.AND {
			e = ast.Unparen(u.X)
		}
		switch e := e.(type) {
		case *ast.Ident:
			if obj := info.ObjectOf(e); obj != nil {
				ce.objs[obj] = true
			}
		case *ast.SelectorExpr:
			if obj := info.ObjectOf(e.Sel); obj != nil {
				ce.objs[obj] = true
			}
		}
	}
	for _, f := range c.pass.Files {
		ast.Inspect(f, func(n ast.Node) bool {
			switch n := n.(type) {
			case *ast.AssignStmt:
				for i, l := range n.Lhs {
					if sel, ok := ast.Unparen(l).(*ast.SelectorExpr); ok && sel.Sel.Name != "" && c.isUpgraderErrorField(sel) {
						mark(sel.X)
					}
					if len(n.Lhs) == len(n.Rhs) && c.exprSetsError(n.Rhs[i]) {
						mark(l)
					}
				}
			case *ast.ValueSpec:
				for i, name := range n.Names {
					if len(n.Names) == len(n.Values) && c.exprSetsError(n.Values[i]) {
						mark(name)
					}
				}
			case *ast.KeyValueExpr:
				if c.exprSetsError(n.Value) {
					if id, ok := n.Key.(*ast.Ident); ok {
						mark(id)
					}
				}
			}
			return true
		})
	}
	return ce
}

// isUpgraderErrorField reports whether sel selects the Error field of a gorilla or
// fasthttp/websocket upgrader.
func (c *checker) isUpgraderErrorField(sel *ast.SelectorExpr) bool {
	s := c.pass.TypesInfo.Selections[sel]
	if s == nil || s.Kind() != types.FieldVal || s.Obj().Name() != "Error" {
		return false
	}
	for _, p := range gorillaPaths {
		if match.Type(s.Recv(), p, "Upgrader") || match.Type(s.Recv(), p, "FastHTTPUpgrader") {
			return true
		}
	}
	return false
}

func (c *checker) exprSetsError(e ast.Expr) bool {
	e = ast.Unparen(e)
	if u, ok := e.(*ast.UnaryExpr); ok && u.Op == token.AND {
		e = ast.Unparen(u.X)
	}
	lit, ok := e.(*ast.CompositeLit)
	return ok && c.litSetsError(lit)
}

// litSetsError reports whether lit is an upgrader literal with an Error function.
func (c *checker) litSetsError(lit *ast.CompositeLit) bool {
	t := c.pass.TypesInfo.TypeOf(lit)
	isUpgrader := false
	for _, p := range gorillaPaths {
		isUpgrader = isUpgrader || match.Type(t, p, "Upgrader") || match.Type(t, p, "FastHTTPUpgrader")
	}
	if !isUpgrader {
		return false
	}
	for _, elt := range lit.Elts {
		kv, ok := elt.(*ast.KeyValueExpr)
		if !ok {
			continue
		}
		if id, ok := kv.Key.(*ast.Ident); ok && id.Name == "Error" && !c.pass.TypesInfo.Types[kv.Value].IsNil() {
			if f, ok := c.pass.TypesInfo.Uses[id].(*types.Var); ok && f.IsField() {
				return true
			}
		}
	}
	return false
}

// checkEchoReturns reports echo handlers that return a non-nil error after a
// successful upgrade: echo's error handler then writes a response onto the hijacked
// connection. After a failed upgrade the response is committed and echo writes
// nothing more, so "return err" there is fine.
func (c *checker) checkEchoReturns(ups []*upgrade, reported map[ast.Node]bool) {
	info := c.pass.TypesInfo
	for _, u := range ups {
		if !c.isEchoContext(u.root) {
			continue
		}
		for cur := range u.s.Fn.Preorder((*ast.ReturnStmt)(nil)) {
			ret := cur.Node().(*ast.ReturnStmt)
			if len(ret.Results) != 1 || info.Types[ret.Results[0]].IsNil() || reported[ast.Unparen(ret.Results[0])] {
				continue
			}
			if fn, ok := callsite.EnclosingFunc(cur); !ok || fn != u.s.Fn {
				continue // a return of a nested function literal
			}
			if t := info.TypeOf(ret.Results[0]); t == nil || !types.Implements(t, errorIface) {
				continue
			}
			if _, ok := c.afterUpgrade(u, cur, u.s.Fn); !ok {
				continue
			}
			if u.errVar != nil && c.onFailurePath(cur, u.errVar, u.s.Call.Expr.End()).on {
				continue
			}
			c.report(ret.Results[0], catAfterUpgrade,
				"error returned from an echo handler after websocket upgrade: echo's error handler writes it onto the hijacked connection; log it and return nil")
		}
	}
}

// isEchoContext reports whether e is an echo v3/v4 Context or an echo v5 *Context.
func (c *checker) isEchoContext(e ast.Expr) bool {
	t := c.pass.TypesInfo.TypeOf(e)
	return slices.ContainsFunc([]string{"github.com/labstack/echo/v4", "github.com/labstack/echo", "github.com/labstack/echo/v5"},
		func(p string) bool { return match.Type(t, p, "Context") })
}

var errorIface = types.Universe.Lookup("error").Type().Underlying().(*types.Interface)

func isErrorType(t types.Type) bool {
	return t != nil && types.Identical(t, types.Universe.Lookup("error").Type())
}
