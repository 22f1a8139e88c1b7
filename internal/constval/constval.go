// Package constval reads constant values of expressions through the type checker
// (go/constant), never by parsing source text: 200, (200), http.StatusOK, 2*100,
// int64(code), 0x1F4 and 5_00 all evaluate the same way.
package constval

import (
	"go/ast"
	"go/constant"
	"go/token"
	"go/types"
)

// Int returns the value of e if it is a constant expression with an exact integer
// value that fits in an int64.
func Int(info *types.Info, e ast.Expr) (int64, bool) {
	v := info.Types[e].Value
	if v == nil {
		return 0, false
	}
	v = constant.ToInt(v) // Unknown unless v is integral
	if v.Kind() != constant.Int {
		return 0, false
	}
	return constant.Int64Val(v)
}

// String returns the value of e if it is a string constant expression.
func String(info *types.Info, e ast.Expr) (string, bool) {
	v := info.Types[e].Value
	if v == nil || v.Kind() != constant.String {
		return "", false
	}
	return constant.StringVal(v), true
}

// IsIntLiteral reports whether e is an integer literal, possibly parenthesized:
// 200 or (200), but not http.StatusOK, 2*100 or -1.
func IsIntLiteral(e ast.Expr) bool {
	lit, ok := ast.Unparen(e).(*ast.BasicLit)
	return ok && lit.Kind == token.INT
}
