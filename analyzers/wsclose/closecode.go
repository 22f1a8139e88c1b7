package wsclose

import (
	"fmt"
	"go/ast"
	"go/constant"
	"go/token"
	"go/types"
	"slices"
	"strings"
	"unicode/utf8"

	"golang.org/x/tools/go/analysis"
	"golang.org/x/tools/go/ast/edge"
	"golang.org/x/tools/go/ast/inspector"

	"github.com/protolint/protolint/internal/constval"
	"github.com/protolint/protolint/internal/fix"
	"github.com/protolint/protolint/internal/match"
	"github.com/protolint/protolint/internal/wrapper"
)

// closeCodeParam is an object fact on a function or method whose integer (or
// StatusCode) parameter Code reaches a close-code sink unchanged, and whose string
// parameter Reason (or -1) reaches the sink's reason; Family is the family of the
// sink, which decides what happens on the wire.
type closeCodeParam struct {
	Code, Reason int
	Family       int
}

func (*closeCodeParam) AFact() {}

// wrapperPackage is a package fact: the package declares Funcs functions with a
// closeCodeParam fact.
type wrapperPackage struct{ Funcs int }

func (*wrapperPackage) AFact() {}

func (f *wrapperPackage) String() string { return fmt.Sprintf("wrapperPackage(%d)", f.Funcs) }

func (f *closeCodeParam) String() string {
	return fmt.Sprintf("closeCodeParam(code=%d reason=%d family=%d)", f.Code, f.Reason, f.Family)
}

// A sink is what a call does with a close code.
type sink struct {
	name         string
	code, reason int
	family       family
	lib          *types.Package // the package of a table API, for its constants; nil for wrappers
}

func inPaths(obj types.Object, paths []string) bool {
	return slices.Contains(paths, match.PkgPath(obj))
}

// sinkOf reports whether call sends a close code: an API of closeSinks or a wrapper.
func (c *checker) sinkOf(call *match.Call) (sink, bool) {
	fn := call.Fn
	recv := match.RecvName(fn)
	for _, cs := range closeSinks {
		if cs.name == fn.Name() && cs.recv == recv && inPaths(fn, cs.paths) {
			return sink{name: c.displayName(fn), code: cs.code, reason: cs.reason, family: cs.family, lib: fn.Pkg()}, true
		}
	}
	var f closeCodeParam
	if c.pass.ImportObjectFact(fn.Origin(), &f) {
		return sink{name: c.displayName(fn), code: f.Code, reason: f.Reason, family: family(f.Family)}, true
	}
	return sink{}, false
}

// findWrappers exports a closeCodeParam fact for each function of this package whose
// parameter reaches a close-code sink unchanged, iterating to a fixed point so that
// wrappers of wrappers are found too.
func (c *checker) findWrappers(sites []*site) {
	n := wrapper.Export(c.pass, sites, func(fd *ast.FuncDecl, sites []*site) analysis.Fact {
		if f := c.wrapperFact(fd, sites); f != nil {
			return f
		}
		return nil
	})
	if n > 0 {
		c.pass.ExportPackageFact(&wrapperPackage{Funcs: n})
	}
}

// wrapperFact returns the fact for fd if one of its integer parameters reaches a
// close-code sink unchanged.
func (c *checker) wrapperFact(fd *ast.FuncDecl, sites []*site) *closeCodeParam {
	info := c.pass.TypesInfo
	params := wrapper.Params(info, fd)
	for _, s := range sites {
		sk, ok := c.sinkOf(s.Call)
		if !ok {
			continue
		}
		p, idx := wrapper.ParamArg(info, params, s.Call.Arg(sk.code))
		if p == nil || !wrapper.IsInteger(p.Type()) || !wrapper.OnlyPassedOn(info, s.Fn, p) {
			continue
		}
		f := &closeCodeParam{Code: idx, Reason: -1, Family: int(sk.family)}
		if rp, ri := wrapper.ParamArg(info, params, s.Call.Arg(sk.reason)); rp != nil && sk.reason >= 0 {
			f.Reason = ri
		}
		return f
	}
	return nil
}

// checkCloseCall checks the close code and reason a call sends, and the codes a
// receive-side check compares with.
func (c *checker) checkCloseCall(s *site) {
	if sk, ok := c.sinkOf(s.Call); ok {
		arg := s.Call.Arg(sk.code)
		if arg != nil && !c.isCodeConversion(arg) {
			if code, ok := constval.Int(c.pass.TypesInfo, arg); ok {
				c.checkSentCode(s, arg, sk, code)
			}
		}
		if reason := s.Call.Arg(sk.reason); reason != nil && sk.reason >= 0 {
			c.checkReason(reason, sk.family)
		}
		return
	}
	fn := s.Call.Fn
	recv := match.RecvName(fn)
	for _, rc := range receiveChecks {
		if rc.name != fn.Name() || rc.recv != recv || !inPaths(fn, rc.paths) {
			continue
		}
		for i := rc.codes; ; i++ {
			arg := s.Call.Arg(i)
			if arg == nil {
				break
			}
			c.checkReceivedCode(arg)
		}
	}
}

// checkSentCode applies closecode, unregistered and literal to a code that is sent.
func (c *checker) checkSentCode(s *site, arg ast.Expr, sk sink, code int64) {
	if c.checkForbidden(arg, sk.family, code) {
		return
	}
	if code >= 3000 && code <= 3999 {
		if _, ok := registered3xxx[code]; !ok {
			c.report(arg, catUnregistered,
				"close code %d is not registered with IANA: 3000-3999 are for registered codes; use a private code in 4000-4999",
				code)
			return
		}
	}
	c.checkLiteral(s.File, arg, sk, code)
}

// checkForbidden reports a code that RFC 6455 forbids in a close frame, saying what
// the library then does.
func (c *checker) checkForbidden(arg ast.Expr, fam family, code int64) bool {
	var why string
	if name, ok := mustNotSend[code]; ok {
		why = fmt.Sprintf("%d (%s) reports a closure without a close frame and must not be sent (RFC 6455 §7.4.1)", code, name)
	} else if r := reserved(code); r != "" {
		why = r
	} else {
		return false
	}
	c.report(arg, catCloseCode, "close code %d must not be sent: %s; %s; use a defined code such as %s or a private code in 4000-4999",
		code, why, sendEffect(fam, code), suggestion[fam])
	return true
}

var suggestion = map[family]string{
	gorilla: "websocket.ClosePolicyViolation",
	coder:   "websocket.StatusPolicyViolation",
	gobwas:  "ws.StatusPolicyViolation",
	xnet:    "1008 (policy violation)",
}

// sendEffect says what each family of libraries does with a forbidden code.
func sendEffect(fam family, code int64) string {
	switch fam {
	case gorilla:
		switch {
		case code == 1005:
			return "FormatCloseMessage sends an empty close frame instead, without the reason"
		case code < 0 || code > 65535:
			return fmt.Sprintf("FormatCloseMessage truncates it to 16 bits and sends %d", uint16(code))
		}
		return "gorilla sends it, and the peer fails the connection with a protocol error"
	case coder:
		if code == 1005 {
			return "coder sends an empty close frame instead, without the reason"
		}
		return "coder refuses to send it and closes the connection without a close frame, so the peer sees 1006"
	case gobwas:
		if code >= 5000 {
			return "gobwas sends it; gobwas peers accept it, other peers fail the connection"
		}
		return "gobwas sends it, and the peer fails the connection with a protocol error"
	case xnet:
		return "x/net/websocket sends it unchecked, and the peer fails the connection with a protocol error"
	}
	return ""
}

// checkReason reports a constant close reason that does not fit in a close frame or
// is not UTF-8.
func (c *checker) checkReason(reason ast.Expr, fam family) {
	text, ok := constval.String(c.pass.TypesInfo, reason)
	if !ok {
		return
	}
	if !utf8.ValidString(text) {
		c.report(reason, catReason, "close reason is not valid UTF-8: the peer fails the connection (RFC 6455 §5.5.1); use UTF-8 text")
		return
	}
	if len(text) > maxReason {
		var effect string
		switch fam {
		case gorilla:
			effect = `WriteControl fails with "websocket: invalid control frame" and nothing is sent`
		case coder:
			effect = "coder refuses to send the close frame and the peer sees 1006"
		case gobwas:
			effect = "gobwas truncates it to 123 bytes, which can split a UTF-8 character"
		}
		c.report(reason, catReason, "close reason is %d bytes, more than the %d that fit in a close frame: %s; shorten it",
			len(text), maxReason, effect)
	}
}

// checkReceivedCode reports a code that a receive-side check compares with although
// it can never arrive. 1005, 1006 and 1015 are fine: libraries report them locally.
func (c *checker) checkReceivedCode(e ast.Expr) {
	code, ok := constval.Int(c.pass.TypesInfo, e)
	if !ok || code < 0 {
		return // coder's CloseStatus returns -1 for errors that are not close errors
	}
	if r := reserved(code); r != "" {
		c.report(e, catReceive, "close code %d can never be received: %s, so no peer sends it and the library rejects it on receipt; this check never matches",
			code, r)
	}
}

// checkOther handles comparisons and switches on received close codes, and
// conversions to a StatusCode type, which are sent codes.
func (c *checker) checkOther(cur inspector.Cursor) {
	info := c.pass.TypesInfo
	switch n := cur.Node().(type) {
	case *ast.BinaryExpr:
		if n.Op != token.EQL && n.Op != token.NEQ {
			return
		}
		if c.isReceivedCode(n.X) {
			c.checkReceivedCode(n.Y)
		} else if c.isReceivedCode(n.Y) {
			c.checkReceivedCode(n.X)
		}
	case *ast.SwitchStmt:
		if n.Tag == nil || !c.isReceivedCode(n.Tag) {
			return
		}
		for _, stmt := range n.Body.List {
			if cc, ok := stmt.(*ast.CaseClause); ok {
				for _, e := range cc.List {
					c.checkReceivedCode(e)
				}
			}
		}
	case *ast.CallExpr:
		if !c.isCodeConversion(n) || len(n.Args) != 1 {
			return
		}
		switch cur.ParentEdgeKind() {
		case edge.BinaryExpr_X, edge.BinaryExpr_Y, edge.CaseClause_List:
			return // compared with a received code: checked as such
		}
		code, ok := constval.Int(info, n)
		if !ok {
			return
		}
		fam := coder
		if inPaths(typeName(info.TypeOf(n)), gobwasPaths) {
			fam = gobwas
		}
		if !c.checkForbidden(n, fam, code) && code >= 3000 && code <= 3999 {
			if _, ok := registered3xxx[code]; !ok {
				c.report(n, catUnregistered,
					"close code %d is not registered with IANA: 3000-3999 are for registered codes; use a private code in 4000-4999", code)
			}
		}
	}
}

// isCodeConversion reports whether e is a conversion to coder's or gobwas's
// StatusCode type: websocket.StatusCode(4000).
func (c *checker) isCodeConversion(e ast.Expr) bool {
	call, ok := ast.Unparen(e).(*ast.CallExpr)
	if !ok {
		return false
	}
	tv, ok := c.pass.TypesInfo.Types[call.Fun]
	if !ok || !tv.IsType() {
		return false
	}
	tn := typeName(tv.Type)
	return tn != nil && tn.Name() == "StatusCode" && (inPaths(tn, coderPaths) || inPaths(tn, gobwasPaths))
}

func typeName(t types.Type) *types.TypeName {
	if n, ok := types.Unalias(t).(*types.Named); ok {
		return n.Obj()
	}
	return nil
}

// isReceivedCode reports whether e's value is a close code received from the peer:
// coder's CloseStatus(err), or the Code field of a close error.
func (c *checker) isReceivedCode(e ast.Expr) bool {
	info := c.pass.TypesInfo
	switch e := ast.Unparen(e).(type) {
	case *ast.CallExpr:
		call, ok := c.res.Resolve(e)
		if !ok {
			return false
		}
		for _, f := range receivedCodeFuncs {
			if call.Fn.Name() == f.name && call.Fn.Signature().Recv() == nil && inPaths(call.Fn, f.paths) {
				return true
			}
		}
	case *ast.SelectorExpr:
		sel := info.Selections[e]
		if sel == nil || sel.Kind() != types.FieldVal {
			return false
		}
		for _, f := range receivedCodeFields {
			if sel.Obj().Name() != f.field {
				continue
			}
			for _, p := range f.paths {
				if match.Type(sel.Recv(), p, f.typ) {
					return true
				}
			}
		}
	}
	return false
}

// checkLiteral suggests the library's constant for an integer literal close code.
func (c *checker) checkLiteral(file *ast.File, arg ast.Expr, sk sink, code int64) {
	if !c.cfg.literal || c.noStyle[file] || !constval.IsIntLiteral(arg) {
		return
	}
	pkg, name := c.closeConstant(sk, code)
	if name == "" {
		return
	}
	var fixes []analysis.SuggestedFix
	text := pkg.Name() + "." + name
	if q, ok := fix.Qualifier(c.pass, file, arg.Pos(), match.Unvendor(pkg.Path()), name); ok {
		text = q + name
		fixes = fix.Replace(arg, fmt.Sprintf("Replace %d with %s", code, text), text)
	}
	c.rep.Report(analysis.Diagnostic{
		Pos:            arg.Pos(),
		End:            arg.End(),
		Category:       catLiteral,
		Message:        fmt.Sprintf("numeric close code %d; use %s", code, text),
		SuggestedFixes: fixes,
	})
}

// closeConstant finds the constant that the sink's library (or, for melody and
// wrappers of the gorilla family, gorilla's own package) declares for code.
func (c *checker) closeConstant(sk sink, code int64) (*types.Package, string) {
	var candidates []*types.Package
	if sk.lib != nil {
		candidates = append(candidates, sk.lib)
	}
	switch sk.family {
	case gorilla:
		for _, p := range gorillaLike {
			candidates = append(candidates, c.idx.Import(p))
		}
	case coder:
		for _, p := range coderPaths {
			candidates = append(candidates, c.idx.Import(p))
		}
	case gobwas:
		candidates = append(candidates, c.idx.Import(gobwasPaths[0]))
	}
	prefix := constantPrefix[sk.family]
	for _, pkg := range candidates {
		if pkg == nil {
			continue
		}
		for _, name := range pkg.Scope().Names() {
			k, ok := pkg.Scope().Lookup(name).(*types.Const)
			if !ok || !k.Exported() || !strings.HasPrefix(name, prefix) {
				continue
			}
			if v, ok := constant.Int64Val(constant.ToInt(k.Val())); ok && v == code {
				return pkg, name
			}
		}
	}
	return nil, ""
}
