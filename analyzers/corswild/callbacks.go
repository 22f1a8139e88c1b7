package corswild

import (
	"go/ast"
	"go/constant"
	"go/types"
	"strings"

	"github.com/protolint/protolint/internal/constval"
	"github.com/protolint/protolint/internal/match"
)

// alwaysTrue reports whether every return statement of body (outside nested
// function literals) allows the origin with the constant true, whatever the origin:
// "return true", "return true, nil", echo v5's "return origin, true, nil". The
// allowing result is the first bool result.
func alwaysTrue(info *types.Info, body *ast.BlockStmt) bool {
	returns := 0
	ok := true
	ast.Inspect(body, func(n ast.Node) bool {
		switch n := n.(type) {
		case *ast.FuncLit:
			return false
		case *ast.ReturnStmt:
			returns++
			if !returnsTrue(info, n) {
				ok = false
			}
		}
		return ok
	})
	return ok && returns > 0
}

func returnsTrue(info *types.Info, ret *ast.ReturnStmt) bool {
	for _, r := range ret.Results {
		tv := info.Types[r]
		if b, isBool := tv.Type.Underlying().(*types.Basic); isBool && b.Info()&types.IsBoolean != 0 {
			return tv.Value != nil && tv.Value.Kind() == constant.Bool && constant.BoolVal(tv.Value)
		}
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
