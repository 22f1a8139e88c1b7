// Package fix builds suggested fixes that respect the file they edit: a replacement
// that names a package member uses the file's own name for that package (http.,
// nethttp., or nothing under a dot import), and no fix is offered where the package
// is not imported or its name is shadowed.
package fix

import (
	"go/ast"
	"go/token"
	"strings"

	"golang.org/x/tools/go/analysis"

	"github.com/protolint/protolint/internal/match"
)

// Qualifier returns the prefix ("http.", "nethttp.", or "" under a dot import) with
// which code at pos in file can refer to pkgPath.member, or false if the file does
// not import the package or the name is shadowed at pos.
func Qualifier(pass *analysis.Pass, file *ast.File, pos token.Pos, pkgPath, member string) (string, bool) {
	scope := pass.TypesInfo.Scopes[file]
	if scope == nil {
		return "", false
	}
	scope = scope.Innermost(pos)
	for _, spec := range file.Imports {
		pkgName := pass.TypesInfo.PkgNameOf(spec)
		if pkgName == nil || match.Unvendor(pkgName.Imported().Path()) != pkgPath {
			continue
		}
		switch pkgName.Name() {
		case "_":
		case ".":
			if _, obj := scope.LookupParent(member, pos); obj != nil && obj.Pkg() == pkgName.Imported() {
				return "", true
			}
		default:
			if _, obj := scope.LookupParent(pkgName.Name(), pos); obj == pkgName {
				return pkgName.Name() + ".", true
			}
		}
	}
	return "", false
}

// Replace returns a fix, titled message, that replaces the expression e (without
// its parentheses) by text.
func Replace(e ast.Expr, message, text string) []analysis.SuggestedFix {
	e = ast.Unparen(e)
	return []analysis.SuggestedFix{{
		Message:   message,
		TextEdits: []analysis.TextEdit{{Pos: e.Pos(), End: e.End(), NewText: []byte(text)}},
	}}
}

// StyleExempt returns the files of pass in which style findings (and their fixes)
// are not reported: generated files, which nobody edits by hand, and tests, where
// a numeric literal is no reason to fail a CI gate. Correctness findings still cover
// both.
func StyleExempt(pass *analysis.Pass) map[*ast.File]bool {
	m := make(map[*ast.File]bool, len(pass.Files))
	for _, f := range pass.Files {
		m[f] = ast.IsGenerated(f) || strings.HasSuffix(pass.Fset.File(f.FileStart).Name(), "_test.go")
	}
	return m
}
