package corswild

import (
	_ "embed"
	"fmt"
	"go/ast"
	"go/types"
	"strings"

	"golang.org/x/tools/go/analysis"
	"golang.org/x/tools/go/ast/inspector"

	"github.com/protolint/protolint/internal/analyzerdoc"
	"github.com/protolint/protolint/internal/callsite"
	"github.com/protolint/protolint/internal/cors"
	"github.com/protolint/protolint/internal/directive"
	"github.com/protolint/protolint/internal/httpapi"
	"github.com/protolint/protolint/internal/match"
)

//go:embed doc.go
var doc string

// Categories of the findings, as documented in doc.go.
const (
	catOrigin    = "origin"
	catReflect   = "reflect"
	catWeakCheck = "weakcheck"
	catNull      = "null"
	catWildcard  = "wildcard"
	catManual    = "manual"
	catWSOrigin  = "wsorigin"
)

// Analyzer is the corswild analyzer.
var Analyzer = NewAnalyzer()

// NewAnalyzer returns a corswild analyzer.
func NewAnalyzer() *analysis.Analyzer {
	return &analysis.Analyzer{
		Name:     "corswild",
		Doc:      analyzerdoc.Extract(doc, "corswild"),
		URL:      "https://pkg.go.dev/github.com/protolint/protolint/analyzers/corswild",
		Requires: []*analysis.Analyzer{callsite.Analyzer},
		Run:      func(pass *analysis.Pass) (any, error) { run(pass); return nil, nil },
	}
}

type checker struct {
	pass *analysis.Pass
	rep  *directive.Reporter
	res  match.Calls
	idx  *callsite.Index
	in   *inspector.Inspector
	weak map[*ast.CallExpr]bool // weak checks already reported
}

// uses reports whether pkg reaches a CORS library, a WebSocket library or a web
// framework: otherwise it can neither configure CORS nor set a response header.
func uses(idx *callsite.Index) bool {
	return httpapi.UsesAny(idx) || cors.Reachable(idx) || idx.ImportsAny(wsPaths...)
}

func run(pass *analysis.Pass) {
	rep := directive.New(pass)
	defer rep.Finish()
	idx := callsite.Of(pass)
	if !uses(idx) {
		return
	}
	c := &checker{
		pass: pass,
		rep:  rep,
		res:  idx,
		idx:  idx,
		in:   idx.Inspector(),
		weak: make(map[*ast.CallExpr]bool),
	}
	if cors.Reachable(idx) {
		for _, cfg := range cors.NewFinder(pass.TypesInfo, c.in, c.res).Find() {
			c.checkConfig(cfg)
		}
	}
	c.checkManual()
	if idx.Reaches(wsPaths...) {
		c.checkWebSockets()
	}
}

func (c *checker) report(n ast.Node, category string, related ast.Node, relatedMsg, format string, args ...any) {
	d := analysis.Diagnostic{
		Pos:      n.Pos(),
		End:      n.End(),
		Category: category,
		Message:  fmt.Sprintf(format, args...),
	}
	if related != nil && related != n {
		d.Related = []analysis.RelatedInformation{{Pos: related.Pos(), End: related.End(), Message: relatedMsg}}
	}
	c.rep.Report(d)
}

const leak = "any website can read the responses to a logged-in user's requests"

// checkConfig applies the configuration rules to one CORS configuration.
func (c *checker) checkConfig(cfg *cors.Config) {
	if cfg.Credentials != cors.True {
		return
	}
	lib := cfg.Lib
	creds := cfg.CredsAt
	const credsMsg = "credentials are allowed here"

	// origin / reflect: every origin allowed.
	if at, ok := cfg.AllowsEveryOrigin(); ok {
		how := c.describeAll(cfg, at)
		switch {
		case lib.Star == cors.Panics:
			panicText := lib.StarPanic
			if lib.CommaList && len(cfg.Origins.Known) > 1 {
				panicText = "[CORS] Invalid origin format in configuration: *" // "*" only works alone
			}
			c.report(at, catOrigin, creds, credsMsg, "%s with credentials: %s panics at startup (%q); list the allowed origins", how, lib.Name, panicText)
		case cfg.Unsafe == cors.True:
			c.report(cfg.UnsafeAt, catReflect, creds, credsMsg,
				"UnsafeWildcardOriginWithAllowCredentials makes echo reflect every request's Origin with credentials: %s; list the allowed origins", leak)
		default:
			c.report(at, catOrigin, creds, credsMsg,
				"%s with credentials: %s sends \"Access-Control-Allow-Origin: *\", which browsers refuse for credentialed requests, so those requests fail; list the allowed origins", how, lib.Name)
		}
	}

	if !cfg.ListIgnored() {
		for _, o := range cfg.Origins.Known {
			c.checkOriginValue(cfg, o)
		}
	}

	// reflect: callbacks that allow every origin; weakcheck inside callbacks.
	for _, fn := range cfg.OriginFuncs {
		body, params := c.funcOf(fn)
		if body == nil {
			continue
		}
		if alwaysTrue(c.pass.TypesInfo, body, params) {
			switch sentOrigin(c.pass.TypesInfo, body, params) {
			case sendsRequestOrigin:
				c.report(fn, catReflect, creds, credsMsg,
					"the origin callback allows every origin, and %s reflects the request's Origin with credentials: %s; check the origin against an allow list", lib.Name, leak)
			case sendsStar:
				c.report(fn, catOrigin, creds, credsMsg,
					"the origin callback allows every origin and answers \"*\" with credentials: %s sends \"Access-Control-Allow-Origin: *\", which browsers refuse for credentialed requests, so those requests fail; return the allowed origin", lib.Name)
			}
			continue
		}
		c.checkWeakCalls(body, params)
	}

	// wildcard: "*" in methods, headers, exposed headers.
	for _, l := range []struct {
		vals cors.Values
		what string
		skip bool
	}{
		{cfg.Methods, "allowed methods", false},
		{cfg.Headers, "allowed headers", lib.HeadersStarWorks},
		{cfg.Exposed, "exposed headers", false},
	} {
		if v, ok := l.vals.Has("*"); ok && !l.skip {
			c.report(v.Node, catWildcard, creds, credsMsg,
				"\"*\" in the %s with credentials: it is not a wildcard there (browsers treat it as a literal name for credentialed requests), so it allows nothing; list the names", l.what)
		}
	}
}

// describeAll says how a configuration allows every origin.
func (c *checker) describeAll(cfg *cors.Config, at ast.Node) string {
	switch {
	case cfg.Preset:
		return "a preset that allows every origin"
	case cfg.AllowAll == cors.True:
		return "AllowAllOrigins"
	}
	if _, ok := cfg.Origins.Has("*"); ok {
		return `"*" among the allowed origins`
	}
	return fmt.Sprintf("no allowed origins (which %s treats as every origin)", cfg.Lib.Name)
}

// checkOriginValue checks one allowed origin of a configuration with credentials.
func (c *checker) checkOriginValue(cfg *cors.Config, o cors.Value) {
	lib, text := cfg.Lib, o.Text
	creds, credsMsg := cfg.CredsAt, "credentials are allowed here"
	switch {
	case strings.EqualFold(text, "null"):
		if lib.ReflectsNull {
			c.report(o.Node, catNull, creds, credsMsg,
				"\"null\" origin allowed with credentials: sandboxed iframes and file: pages send Origin: null, so %s through one; remove it", leak)
		} else {
			c.report(o.Node, catNull, creds, credsMsg,
				"\"null\" among the allowed origins: %s rejects it at startup, and with credentials it would let sandboxed pages of any site in; remove it", lib.Name)
		}
	case lib.Regexps && len(text) > 2 && strings.HasPrefix(text, "/") && strings.HasSuffix(strings.TrimRight(text, "gimuy"), "/"):
		re := strings.TrimSuffix(strings.TrimRight(text, "gimuy"), "/")[1:]
		if !strings.HasPrefix(re, "^") || !strings.HasSuffix(re, "$") {
			c.report(o.Node, catWeakCheck, creds, credsMsg,
				"regular expression origin %q is not anchored, so it also matches origins that merely contain it (https://example.com.evil.net); anchor it with ^ and $", text)
		}
	case text != "*" && strings.Contains(text, "*") && (lib.Patterns == "glob" && (lib != cors.GinCors || cfg.Wildcards == cors.True)):
		i := strings.Index(text, "*")
		prefix, suffix := text[:i], text[i+1:]
		switch {
		case suffix == "" && (prefix == "" || strings.HasSuffix(prefix, "://") || prefix == "http" || prefix == "https"):
			c.report(o.Node, catOrigin, creds, credsMsg,
				"origin pattern %q matches every origin%s, and %s reflects it with credentials: %s; list the allowed origins", text, schemeNote(prefix), lib.Name, leak)
		case !strings.HasSuffix(prefix, "://") || !strings.HasPrefix(suffix, "."):
			c.report(o.Node, catWeakCheck, creds, credsMsg,
				"origin pattern %q also matches attacker-controlled origins such as %q; write the pattern as scheme://*.domain", text, evilFor(prefix, suffix))
		}
	}
}

func schemeNote(prefix string) string {
	if p := strings.TrimSuffix(prefix, "://"); p != "" && p != prefix {
		return " of scheme " + p
	}
	return ""
}

// evilFor returns an origin an attacker can register that a pattern prefix*suffix
// matches.
func evilFor(prefix, suffix string) string {
	if strings.HasSuffix(prefix, "://") {
		return prefix + "evil" + suffix // https://*example.com: https://evilexample.com
	}
	return prefix + ".evil.net" + suffix // https://example.*: https://example..evil.net
}

// funcOf returns the body and parameters of a callback given as a function literal
// or as the name of a function declared in this package.
func (c *checker) funcOf(fn ast.Expr) (*ast.BlockStmt, []*types.Var) {
	var ftype *ast.FuncType
	var body *ast.BlockStmt
	switch f := ast.Unparen(fn).(type) {
	case *ast.FuncLit:
		ftype, body = f.Type, f.Body
	case *ast.Ident:
		obj, ok := c.pass.TypesInfo.Uses[f].(*types.Func)
		if !ok || obj.Pkg() != c.pass.Pkg {
			return nil, nil
		}
		for _, file := range c.pass.Files {
			for _, d := range file.Decls {
				if fd, ok := d.(*ast.FuncDecl); ok && c.pass.TypesInfo.Defs[fd.Name] == obj {
					ftype, body = fd.Type, fd.Body
				}
			}
		}
	}
	if ftype == nil || body == nil {
		return nil, nil
	}
	var params []*types.Var
	for _, field := range ftype.Params.List {
		for _, name := range field.Names {
			if v, ok := c.pass.TypesInfo.Defs[name].(*types.Var); ok {
				params = append(params, v)
			}
		}
	}
	return body, params
}
