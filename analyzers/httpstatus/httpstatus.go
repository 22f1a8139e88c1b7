package httpstatus

import (
	_ "embed"
	"fmt"
	"go/ast"
	"go/constant"
	"go/token"
	"go/types"
	"reflect"
	"regexp"
	"slices"
	"strings"

	"golang.org/x/tools/go/analysis"

	"github.com/protolint/protolint/internal/analyzerdoc"
	"github.com/protolint/protolint/internal/callsite"
	"github.com/protolint/protolint/internal/constval"
	"github.com/protolint/protolint/internal/directive"
	"github.com/protolint/protolint/internal/fix"
	"github.com/protolint/protolint/internal/flow"
	"github.com/protolint/protolint/internal/httpapi"
	"github.com/protolint/protolint/internal/match"
	"github.com/protolint/protolint/internal/wrapper"
)

//go:embed doc.go
var doc string

// Categories of the findings, as documented in doc.go.
const (
	catInvalid   = "invalid"
	catUnknown   = "unknown"
	catClass     = "class"
	catErrorOK   = "errorok"
	catLiteral   = "literal"
	catEmptyBody = "emptybody"
	catBodyless  = "bodyless"
)

// Analyzer is the httpstatus analyzer with its default configuration.
var Analyzer = NewAnalyzer()

type config struct {
	allow   codeSet
	literal bool
}

// NewAnalyzer returns an httpstatus analyzer with its own flags, so that tests and
// embedding programs can configure an instance without touching Analyzer.
func NewAnalyzer() *analysis.Analyzer {
	cfg := &config{allow: codeSet{}, literal: true}
	a := &analysis.Analyzer{
		Name:      "httpstatus",
		Doc:       analyzerdoc.Extract(doc, "httpstatus"),
		URL:       "https://pkg.go.dev/github.com/protolint/protolint/analyzers/httpstatus",
		Requires:  []*analysis.Analyzer{callsite.Analyzer},
		FactTypes: []analysis.Fact{new(statusParam), new(wrapperPackage)},
		Run:       func(pass *analysis.Pass) (any, error) { run(pass, cfg); return nil, nil },
	}
	a.Flags.Var(&cfg.allow, "allow", "comma-separated status codes outside the IANA registry that the code base uses on purpose, e.g. 499,520")
	a.Flags.BoolVar(&cfg.literal, "literal", true, "report integer literals passed as status codes where net/http declares a constant")
	return a
}

// A site is a resolved call with its syntactic context.
type site = callsite.Site

// A sink is what a call does with a status code: a row of httpapi.StatusAPIs, or a
// wrapper function that passes its parameter on to one.
type sink struct {
	fn     *types.Func // the callee; see name
	via    *httpapi.StatusAPI
	kind   httpapi.Kind
	engine httpapi.Engine
	code   int
	msg    int
	body   int
	lib    *types.Package // the callee's package, for the library's own constants
	// wrapped names the API that a wrapper passes the code to, for messages; "" for
	// the APIs of the table themselves.
	wrapped string
}

type checker struct {
	pass    *analysis.Pass
	cfg     *config
	rep     *directive.Reporter
	res     match.Calls
	rw      *types.Interface   // net/http.ResponseWriter, if net/http is imported at all
	noStyle map[*ast.File]bool // generated files and tests: style findings are skipped
	sites   []*site
	graphs  flow.Graphs
}

func run(pass *analysis.Pass, cfg *config) {
	rep := directive.New(pass)
	defer rep.Finish()
	idx := callsite.Of(pass)
	if !httpapi.UsesAny(idx) && !wrapper.Reached(pass, idx, new(wrapperPackage)) {
		return // no status API is reachable from this package, not even through a wrapper
	}
	c := &checker{
		pass:    pass,
		cfg:     cfg,
		rep:     rep,
		res:     idx,
		rw:      match.LookupInterface(idx.Import("net/http"), "ResponseWriter"),
		noStyle: fix.StyleExempt(pass),
	}

	sites := idx.Sites()
	c.sites = sites

	c.findWrappers(sites)
	for _, s := range sites {
		c.checkSite(s)
	}
	c.checkWrites(sites)
}

// sinkOf reports what call does with a status code, if anything.
func (c *checker) sinkOf(call *match.Call) (sink, bool) {
	fn := call.Fn
	api := httpapi.LookupStatus(fn)
	if api == nil && fn.Name() == "WriteHeader" && c.implementsResponseWriter(fn) {
		api = httpapi.WriteHeader
	}
	if api != nil {
		sk := sink{
			fn: fn, via: api, kind: api.Kind, engine: api.Lib.Engine,
			code: api.Code, msg: api.Msg, body: api.Body, lib: fn.Pkg(),
		}
		if api == httpapi.WriteHeader && call.Recv != nil && httpapi.BuffersStatus(c.pass.TypesInfo.TypeOf(call.Recv)) {
			sk.engine = httpapi.Gin // c.Writer.WriteHeader: gin's writer buffers the code
		}
		return sk, true
	}
	var f statusParam
	if c.pass.ImportObjectFact(fn.Origin(), &f) {
		return c.sinkOfFact(fn, &f), true
	}
	return sink{}, false
}

func (c *checker) implementsResponseWriter(fn *types.Func) bool {
	return c.rw != nil && match.Implements(fn, c.rw)
}

func (c *checker) displayName(fn *types.Func) string { return match.DisplayName(fn, c.pass.Pkg) }

// name names the callee of a sink as users write it: http.Error,
// (*gin.Context).JSON, writeError.
func (c *checker) name(sk sink) string { return c.displayName(sk.fn) }

// checkSite applies the rules about one call's status code and body.
func (c *checker) checkSite(s *site) {
	sk, ok := c.sinkOf(s.Call)
	if !ok {
		return
	}
	if sk.kind == httpapi.Body {
		c.checkChainBody(s, sk)
		return
	}
	arg := s.Call.Arg(sk.code)
	if arg == nil {
		return
	}
	code, ok := constval.Int(c.pass.TypesInfo, arg)
	if !ok || (sk.engine == httpapi.Gin && code < 0) {
		return // gin's own sentinel for "keep the status already set": c.Render(-1, ...)
	}
	if !(c.checkInvalid(s, arg, sk, code) || c.checkClass(arg, sk, code) || c.checkUnknown(arg, sk, code)) {
		c.checkLiteral(s, arg, sk, code)
	}
	if code >= 200 && code <= 299 && sk.kind == httpapi.Write {
		if body := s.Call.Arg(sk.body); body != nil && sk.body >= 0 {
			c.checkErrorBody(body, code)
		}
	}
	if sk.kind == httpapi.Error && sk.msg >= 0 && code >= 400 && code <= 499 {
		if msg := s.Call.Arg(sk.msg); msg != nil {
			if v, ok := constval.String(c.pass.TypesInfo, msg); ok && strings.TrimSpace(v) == "" {
				c.report(msg, catEmptyBody,
					"%s with empty message for status %d: the client gets no description of what it did wrong; say what was wrong with the request",
					c.name(sk), code)
			}
		}
	}
}

// checkChainBody handles fiber's c.Status(code).JSON(body): the status comes from
// the receiver call.
func (c *checker) checkChainBody(s *site, sk sink) {
	recv, ok := ast.Unparen(s.Call.Recv).(*ast.CallExpr)
	if !ok {
		return
	}
	inner, ok := c.res.Resolve(recv)
	if !ok {
		return
	}
	isk, ok := c.sinkOf(inner)
	if !ok || isk.kind != httpapi.Write {
		return
	}
	code, ok := constval.Int(c.pass.TypesInfo, inner.Arg(isk.code))
	if !ok || code < 200 || code > 299 {
		return
	}
	if body := s.Call.Arg(sk.body); body != nil {
		c.checkErrorBody(body, code)
	}
}

func (c *checker) report(n ast.Node, category, format string, args ...any) {
	c.rep.Report(analysis.Diagnostic{
		Pos:      n.Pos(),
		End:      n.End(),
		Category: category,
		Message:  fmt.Sprintf(format, args...),
	})
}

// checkInvalid reports codes outside 100..999.
func (c *checker) checkInvalid(s *site, arg ast.Expr, sk sink, code int64) bool {
	if code >= 100 && code <= 999 {
		return false
	}
	if sk.engine == httpapi.NetHTTP && sk.kind != httpapi.Lookup && c.headerSent(s) {
		return true // net/http ignores the call without looking at the code
	}
	var effect string
	switch {
	case sk.kind == httpapi.Lookup:
		effect = c.name(sk) + " has no text for it"
	case sk.engine == httpapi.Gin && code == 0:
		effect = "gin ignores it and sends the previous status, 200 by default"
	case sk.engine == httpapi.Fasthttp && code <= 0:
		effect = "fasthttp sends 200 OK instead"
	case sk.engine == httpapi.Fasthttp:
		effect = "fasthttp sends the number verbatim and clients reject the response"
	default:
		effect = fmt.Sprintf("net/http panics with \"invalid WriteHeader code %d\"", code)
	}
	c.report(arg, catInvalid, "invalid HTTP status code %d: %s; use a code between 100 and 599", code, effect)
	return true
}

// checkUnknown reports in-range codes that are not in the IANA registry.
func (c *checker) checkUnknown(arg ast.Expr, sk sink, code int64) bool {
	if _, ok := registered[code]; ok || c.cfg.allow[code] {
		return false
	}
	if code >= 600 {
		c.report(arg, catUnknown,
			"unregistered HTTP status code %d: HTTP defines only the classes 1xx to 5xx, so clients may reject the response; use a registered code, or -httpstatus.allow=%d if it is deliberate",
			code, code)
		return true
	}
	c.report(arg, catUnknown,
		"unregistered HTTP status code %d: it is not in the IANA registry, so clients treat it as a plain %d; use a registered code, or -httpstatus.allow=%d if it is deliberate",
		code, code/100*100, code)
	return true
}

// checkClass reports error helpers given a non-error code and redirect helpers given
// a code that is not a redirect.
func (c *checker) checkClass(arg ast.Expr, sk sink, code int64) bool {
	name, via := c.name(sk), ""
	if sk.wrapped != "" {
		via = "it passes the code to " + sk.wrapped + ", so "
	}
	switch sk.kind {
	case httpapi.Error:
		if code >= 400 {
			return false
		}
		c.report(arg, catClass, "%s with non-error status %d: %sthe client sees %s, not a failure; use a 4xx or 5xx code",
			name, code, via, classNoun(code))
		return true
	case httpapi.Redirect:
		api := sk.via
		if api == nil || api.Passes == nil {
			return false
		}
		isRedirect := slices.Contains(httpapi.RedirectCodes, code) || slices.Contains(api.Extra, code)
		switch {
		case !api.Passes(code):
			effect := api.Otherwise
			if strings.Contains(effect, "%d") {
				effect = fmt.Sprintf(effect, code)
			}
			adj := "non-redirect"
			if isRedirect {
				adj = "unsupported redirect"
			}
			c.report(arg, catClass, "%s with %s status %d: %s%s; use a redirect code such as http.StatusFound or http.StatusSeeOther",
				name, adj, code, via, effect)
			return true
		case !isRedirect:
			c.report(arg, catClass, "%s with non-redirect status %d: %sclients do not follow the Location header of a %d response; use a redirect code such as http.StatusFound or http.StatusSeeOther",
				name, code, via, code)
			return true
		}
	}
	return false
}

func classNoun(code int64) string {
	switch code / 100 {
	case 1:
		return "an informational response"
	case 2:
		return "a success"
	case 3:
		return "a redirect"
	}
	return "no error"
}

// checkLiteral suggests the net/http constant for an integer literal.
func (c *checker) checkLiteral(s *site, arg ast.Expr, sk sink, code int64) {
	if !c.cfg.literal || c.noStyle[s.File] || !constval.IsIntLiteral(arg) {
		return
	}
	goName := registered[code]
	if goName == "" {
		return
	}
	name := "http." + goName
	var fixes []analysis.SuggestedFix
	if q, ok := fix.Qualifier(c.pass, s.File, arg.Pos(), "net/http", goName); ok {
		fixes = fix.Replace(arg, fmt.Sprintf("Replace %d with %s", code, q+goName), q+goName)
	} else if sk.lib != nil && sk.lib.Path() != "net/http" && hasConst(sk.lib, goName, code) {
		if q, ok := fix.Qualifier(c.pass, s.File, arg.Pos(), match.Unvendor(sk.lib.Path()), goName); ok {
			name = sk.lib.Name() + "." + goName
			fixes = fix.Replace(arg, fmt.Sprintf("Replace %d with %s", code, q+goName), q+goName)
		}
	}
	c.rep.Report(analysis.Diagnostic{
		Pos:            arg.Pos(),
		End:            arg.End(),
		Category:       catLiteral,
		Message:        fmt.Sprintf("numeric status code %d; use %s", code, name),
		SuggestedFixes: fixes,
	})
}

// hasConst reports whether pkg declares the integer constant name with value code,
// as fiber and fasthttp do for their copies of the net/http constants.
func hasConst(pkg *types.Package, name string, code int64) bool {
	k, ok := pkg.Scope().Lookup(name).(*types.Const)
	if !ok {
		return false
	}
	v, ok := constant.Int64Val(constant.ToInt(k.Val()))
	return ok && v == code
}

// checkErrorBody reports a body that is plainly an error, sent with a 2xx status.
func (c *checker) checkErrorBody(body ast.Expr, code int64) {
	if c.isErrorBody(body) {
		c.report(body, catErrorOK, "error body sent with success status %d: clients treat the failure as a success; use a 4xx or 5xx code", code)
	}
}

func (c *checker) isErrorBody(e ast.Expr) bool {
	info := c.pass.TypesInfo
	e = ast.Unparen(e)
	if u, ok := e.(*ast.UnaryExpr); ok && u.Op == token.AND {
		e = ast.Unparen(u.X)
	}
	switch e := e.(type) {
	case *ast.CallExpr:
		if c.isErrorCall(e) {
			return true
		}
	case *ast.CompositeLit:
		return isErrorTypeName(info.TypeOf(e)) || c.isErrorLiteral(e)
	}
	tv, ok := info.Types[e]
	if !ok || tv.IsNil() || tv.Type == nil || tv.IsType() {
		return false
	}
	return isError(tv.Type) || isErrorTypeName(tv.Type)
}

// isErrorCall reports whether call is err.Error() on an error value.
func (c *checker) isErrorCall(call *ast.CallExpr) bool {
	rc, ok := c.res.Resolve(call)
	return ok && rc.Fn.Name() == "Error" && rc.Recv != nil &&
		rc.Fn.Signature().Params().Len() == 0 && isError(c.pass.TypesInfo.TypeOf(rc.Recv))
}

// isError reports whether t is the error interface or implements it.
func isError(t types.Type) bool {
	errType := types.Universe.Lookup("error").Type()
	return t != nil && (types.Identical(t, errType) || types.Implements(t, errType.Underlying().(*types.Interface)))
}

// errorTypeName matches the names of types that say they describe an error:
// APIError, HTTPError, ErrorResponse, ErrResp, ErrorBody; not ErrorLog or ErrorStats.
var errorTypeName = regexp.MustCompile(`(?i)(error|err)(response|resp|body|payload|message|msg|dto)?$`)

// isErrorTypeName reports whether t (or what it points to) is a named type whose
// name says it is an error.
func isErrorTypeName(t types.Type) bool {
	if t == nil {
		return false
	}
	if p, ok := types.Unalias(t).(*types.Pointer); ok {
		t = p.Elem()
	}
	n, ok := types.Unalias(t).(*types.Named)
	return ok && errorTypeName.MatchString(n.Obj().Name())
}

// isErrorLiteral reports whether lit, a map or struct literal, is plainly an error
// payload: its only or first key is "error" or "err"; or any "error", "err" or
// "errors" key holds an error value or err.Error(); or a "success" or "ok" key is
// the constant false.
func (c *checker) isErrorLiteral(lit *ast.CompositeLit) bool {
	info := c.pass.TypesInfo
	st, _ := info.TypeOf(lit).Underlying().(*types.Struct)
	keyName := func(kv *ast.KeyValueExpr) string {
		if st == nil {
			k, _ := constval.String(info, kv.Key)
			return strings.ToLower(k)
		}
		id, ok := kv.Key.(*ast.Ident)
		if !ok {
			return ""
		}
		field, ok := info.ObjectOf(id).(*types.Var)
		if !ok || !field.IsField() {
			return ""
		}
		for i := range st.NumFields() {
			if st.Field(i) == field {
				if tag, _, _ := strings.Cut(reflect.StructTag(st.Tag(i)).Get("json"), ","); tag != "" && tag != "-" {
					return strings.ToLower(tag)
				}
			}
		}
		return strings.ToLower(field.Name())
	}
	for i, elt := range lit.Elts {
		kv, ok := elt.(*ast.KeyValueExpr)
		if !ok {
			return false
		}
		switch key := keyName(kv); key {
		case "error", "err", "errors":
			if i == 0 && key != "errors" {
				return true
			}
			v := ast.Unparen(kv.Value)
			if call, ok := v.(*ast.CallExpr); ok && c.isErrorCall(call) {
				return true
			}
			if tv, ok := info.Types[v]; ok && !tv.IsNil() && isError(tv.Type) {
				return true
			}
		case "success", "ok":
			if b := info.Types[kv.Value].Value; b != nil && b.Kind() == constant.Bool && !constant.BoolVal(b) {
				return true
			}
		}
	}
	return false
}
