package corswild

import (
	"go/ast"
	"go/constant"
	"go/token"
	"go/types"
	"iter"
	"slices"
	"strings"

	"github.com/protolint/protolint/internal/constval"
	"github.com/protolint/protolint/internal/match"
)

// alwaysTrue reports whether every return statement of body (outside nested
// function literals) allows the origin whatever it is: the constant true ("return
// true", "return true, nil", echo v5's "return origin, true, nil"), or a test that
// only rejects an empty origin (origin != "", len(origin) > 0). The allowing result
// is the first bool result; params are the callback's parameters.
func alwaysTrue(info *types.Info, body *ast.BlockStmt, params []*types.Var) bool {
	n := 0
	for ret := range returns(body) {
		if !returnsTrue(info, ret, params) {
			return false
		}
		n++
	}
	return n > 0
}

// returns yields the return statements of a function body, outside the function
// literals nested in it.
func returns(body *ast.BlockStmt) iter.Seq[*ast.ReturnStmt] {
	return func(yield func(*ast.ReturnStmt) bool) {
		more := true
		ast.Inspect(body, func(n ast.Node) bool {
			switch n := n.(type) {
			case *ast.FuncLit:
				return false
			case *ast.ReturnStmt:
				more = more && yield(n)
			}
			return more
		})
	}
}

// What an origin callback that allows every origin makes the library send.
const (
	sendsRequestOrigin = iota // the request's Origin: reflection
	sendsStar                 // "*"
	sendsOther                // a fixed or computed origin on some path: not reported
)

// sentOrigin says what the returns of an always-true callback send as
// Access-Control-Allow-Origin. Callbacks that return only a bool leave it to the
// library, which sends the request's Origin; echo v5's UnsafeAllowOriginFunc returns
// the origin to send as its first result. A callback that sends a fixed or computed
// origin on some path may be choosing between origins on purpose
// (if origin == admin { return origin, ... }; return app, ...), so only callbacks
// whose every return sends the request's Origin or "*" are classified.
func sentOrigin(info *types.Info, body *ast.BlockStmt, params []*types.Var) int {
	reflects, stars, others := 0, 0, 0
	for ret := range returns(body) {
		var origin ast.Expr
		for _, r := range ret.Results {
			if b, ok := info.TypeOf(r).Underlying().(*types.Basic); ok && b.Info()&types.IsString != 0 {
				origin = r
				break
			}
		}
		switch {
		case origin == nil, isParam(info, origin, params):
			reflects++ // a bool alone: the library sends the request's Origin
		default:
			if s, ok := constval.String(info, origin); ok && s == "*" {
				stars++
			} else {
				others++
			}
		}
	}
	switch {
	case others > 0:
		return sendsOther
	case reflects > 0:
		return sendsRequestOrigin
	}
	return sendsStar
}

// isParam reports whether e is one of params.
func isParam(info *types.Info, e ast.Expr, params []*types.Var) bool {
	id, ok := ast.Unparen(e).(*ast.Ident)
	if !ok {
		return false
	}
	v, ok := info.Uses[id].(*types.Var)
	return ok && slices.Contains(params, v)
}

func returnsTrue(info *types.Info, ret *ast.ReturnStmt, params []*types.Var) bool {
	for _, r := range ret.Results {
		tv := info.Types[r]
		if b, isBool := tv.Type.Underlying().(*types.Basic); isBool && b.Info()&types.IsBoolean != 0 {
			if tv.Value != nil {
				return tv.Value.Kind() == constant.Bool && constant.BoolVal(tv.Value)
			}
			return onlyNonEmpty(info, r, params)
		}
	}
	return false
}

// onlyNonEmpty reports whether e is origin != "" or len(origin) > 0 (or != 0) for a
// string parameter origin: a test that every real origin passes.
func onlyNonEmpty(info *types.Info, e ast.Expr, params []*types.Var) bool {
	b, ok := ast.Unparen(e).(*ast.BinaryExpr)
	if !ok {
		return false
	}
	param := func(x ast.Expr) bool { return isParam(info, x, params) }
	isLen := func(x ast.Expr) bool {
		call, ok := ast.Unparen(x).(*ast.CallExpr)
		if !ok || len(call.Args) != 1 {
			return false
		}
		id, ok := ast.Unparen(call.Fun).(*ast.Ident)
		_, builtin := info.Uses[id].(*types.Builtin)
		return ok && builtin && id.Name == "len" && param(call.Args[0])
	}
	zero := func(x ast.Expr) bool {
		v := info.Types[x].Value
		return v != nil && (v.Kind() == constant.String && constant.StringVal(v) == "" || v.Kind() == constant.Int && constant.Sign(v) == 0)
	}
	switch b.Op {
	case token.NEQ:
		return (param(b.X) && zero(b.Y)) || (param(b.Y) && zero(b.X)) || (isLen(b.X) && zero(b.Y))
	case token.GTR:
		return isLen(b.X) && zero(b.Y)
	}
	return false
}

// A weakCheck is a string comparison on an origin that attackers can pass.
type weakCheck struct {
	name    string // strings function
	example func(c string) string
	advice  string
	weak    func(c string) bool
}

var weakChecks = []weakCheck{
	{
		name:    "HasSuffix",
		weak:    func(c string) bool { return c != "" && !strings.HasPrefix(c, ".") && !strings.Contains(c, "://") },
		example: func(c string) string { return "https://evil" + c },
		advice:  "check for the suffix with its leading dot, or compare the whole origin",
	},
	{
		name: "Contains",
		weak: func(c string) bool { return c != "" },
		example: func(c string) string {
			return "https://" + strings.TrimPrefix(strings.TrimPrefix(c, "https://"), "http://") + ".evil.net"
		},
		advice: "compare the whole origin, or parse it and check the host",
	},
	{
		name: "HasPrefix",
		weak: func(c string) bool {
			return c != "" && !strings.HasSuffix(c, "/") && !strings.HasSuffix(c, ":")
		},
		example: func(c string) string {
			if strings.HasSuffix(c, "://") {
				return c + "evil.net"
			}
			return c + ".evil.net"
		},
		advice: "compare the whole origin",
	},
}

// checkWeakCalls reports weak checks on the origin parameters in body.
func (c *checker) checkWeakCalls(body ast.Node, origins []*types.Var) {
	var strs []*types.Var
	for _, v := range origins {
		if b, ok := v.Type().Underlying().(*types.Basic); ok && b.Info()&types.IsString != 0 {
			strs = append(strs, v)
		}
	}
	if len(strs) == 0 {
		return
	}
	ast.Inspect(body, func(n ast.Node) bool {
		call, ok := n.(*ast.CallExpr)
		if !ok {
			return true
		}
		c.checkWeakCall(call, func(e ast.Expr) bool {
			id, ok := ast.Unparen(e).(*ast.Ident)
			if !ok {
				return false
			}
			for _, v := range strs {
				if c.pass.TypesInfo.Uses[id] == v {
					return true
				}
			}
			return false
		})
		return true
	})
}

// checkWeakCall reports call if it is a weak strings check whose subject isOrigin.
func (c *checker) checkWeakCall(call *ast.CallExpr, isOrigin func(ast.Expr) bool) {
	rc, ok := c.res.Resolve(call)
	if !ok || len(call.Args) != 2 || c.weak[call] {
		return
	}
	for _, w := range weakChecks {
		if !match.Func(rc.Fn, "strings", w.name) || !isOrigin(call.Args[0]) {
			continue
		}
		lit, ok := constval.String(c.pass.TypesInfo, call.Args[1])
		if !ok || !w.weak(lit) {
			return
		}
		c.weak[call] = true
		c.report(call, catWeakCheck, nil, "",
			"strings.%s(origin, %q) also accepts attacker-controlled origins such as %q; %s", w.name, lit, w.example(lit), w.advice)
		return
	}
}
