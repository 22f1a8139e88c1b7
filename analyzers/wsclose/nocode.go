package wsclose

import (
	"go/ast"

	"golang.org/x/tools/go/ast/inspector"

	"github.com/protolint/protolint/internal/constval"
	"github.com/protolint/protolint/internal/match"
)

// abruptCloses are the methods that close a WebSocket connection without sending a
// close frame: the peer sees 1006 (abnormal closure) and no reason.
var abruptCloses = []struct {
	paths      []string
	recv, name string
	hint       string
}{
	// func (c *Conn) Close() error: "closes the underlying network connection without
	// sending or waiting for a close message"
	{gorillaPaths, "Conn", "Close", "conn.WriteControl(websocket.CloseMessage, websocket.FormatCloseMessage(websocket.ClosePolicyViolation, reason), deadline) first"},
	// func (c *Conn) CloseNow() (err error)
	{coderPaths, "Conn", "CloseNow", "conn.Close(websocket.StatusPolicyViolation, reason) instead"},
}

// checkNoCode reports connections closed abruptly on a deliberate rejection path: in
// the body of an if statement, not deferred, not after a failed read or write on the
// same connection (it is gone already), and with no close frame sent before.
func (c *checker) checkNoCode(sites []*site) {
	for _, s := range sites {
		hint, ok := c.abruptClose(s)
		if !ok || !s.Fn.Valid() || s.Call.Recv == nil {
			continue
		}
		if !c.inIfBody(s.Cur) || c.deferred(s.Cur) || c.afterIOFailure(sites, s) || c.closeFrameBefore(sites, s) {
			continue
		}
		c.report(s.Call.Expr, catNoCode,
			"%s closes the connection without a close frame: the peer sees 1006 (abnormal closure) and no reason; send a close code with %s",
			c.displayName(s.Call.Fn), hint)
	}
}

func (c *checker) abruptClose(s *site) (string, bool) {
	fn := s.Call.Fn
	recv := match.RecvName(fn)
	for _, ac := range abruptCloses {
		if ac.name == fn.Name() && ac.recv == recv && inPaths(fn, ac.paths) {
			return ac.hint, true
		}
	}
	return "", false
}

// inIfBody reports whether cur is inside the body or else branch of an if statement
// of its own function.
func (c *checker) inIfBody(cur inspector.Cursor) bool {
	for p := cur.Parent(); p.Valid(); p = p.Parent() {
		switch p.Node().(type) {
		case *ast.FuncDecl, *ast.FuncLit:
			return false
		case *ast.IfStmt:
			return true
		}
	}
	return false
}

// deferred reports whether cur runs deferred: defer conn.Close(), or inside a
// function literal that is deferred.
func (c *checker) deferred(cur inspector.Cursor) bool {
	for p := cur.Parent(); p.Valid(); p = p.Parent() {
		switch p.Node().(type) {
		case *ast.DeferStmt:
			return true
		case *ast.FuncDecl:
			return false
		}
	}
	return false
}

// afterIOFailure reports whether s is on the failure path of an error returned by a
// call that used the same connection (conn.ReadMessage(), wsjson.Read(ctx, conn, &v)).
func (c *checker) afterIOFailure(sites []*site, s *site) bool {
	for _, io := range sites {
		if io.Fn != s.Fn || io == s || io.Call.Expr.Pos() >= s.Call.Expr.Pos() || !c.usesConn(io, s.Call.Recv) {
			continue
		}
		res := io.Call.Fn.Signature().Results()
		for i := range res.Len() {
			if !isErrorType(res.At(i).Type()) {
				continue
			}
			if v := c.resultVar(io.Cur, i); v != nil && c.onFailurePath(s.Cur, v, io.Call.Expr.End()).on {
				return true
			}
		}
	}
	return false
}

// usesConn reports whether the call at s has conn as its receiver or an argument.
func (c *checker) usesConn(s *site, conn ast.Expr) bool {
	info := c.pass.TypesInfo
	if s.Call.Recv != nil && match.SameRef(info, s.Call.Recv, conn) {
		return true
	}
	for _, a := range s.Call.Args {
		if match.SameRef(info, a, conn) {
			return true
		}
	}
	return false
}

// closeFrameBefore reports whether a close frame is sent on the connection before s
// in the same function: conn.WriteControl(websocket.CloseMessage, ...),
// conn.WriteMessage(websocket.CloseMessage, ...), or a close-code sink.
func (c *checker) closeFrameBefore(sites []*site, s *site) bool {
	for _, o := range sites {
		if o.Fn != s.Fn || o.Call.Expr.Pos() >= s.Call.Expr.Pos() {
			continue
		}
		if _, ok := c.sinkOf(o.Call); ok {
			return true
		}
		if !c.usesConn(o, s.Call.Recv) {
			continue
		}
		switch o.Call.Fn.Name() {
		case "WriteControl", "WriteMessage", "NextWriter":
			if mt, ok := constval.Int(c.pass.TypesInfo, o.Call.Arg(0)); ok && mt == 8 && inPaths(o.Call.Fn, gorillaPaths) {
				return true // CloseMessage
			}
		}
	}
	return false
}
