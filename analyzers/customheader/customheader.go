package customheader

import (
	_ "embed"
	"fmt"
	"go/ast"

	"path/filepath"
	"slices"
	"strings"

	"golang.org/x/tools/go/analysis"
	"golang.org/x/tools/go/ast/inspector"

	"github.com/protolint/protolint/internal/analyzerdoc"
	"github.com/protolint/protolint/internal/callsite"
	"github.com/protolint/protolint/internal/constval"
	"github.com/protolint/protolint/internal/cors"
	"github.com/protolint/protolint/internal/directive"
	"github.com/protolint/protolint/internal/httpapi"
	"github.com/protolint/protolint/internal/match"
)

//go:embed doc.go
var doc string

// Categories of the findings, as documented in doc.go.
const (
	catUnexposed = "unexposed"
	catPrefix    = "prefix"
	catLate      = "late"
)

// Analyzer is the customheader analyzer with its default configuration.
var Analyzer = NewAnalyzer()

type config struct {
	prefix string
	expose nameSet
}

// NewAnalyzer returns a customheader analyzer with its own flags.
func NewAnalyzer() *analysis.Analyzer {
	cfg := &config{prefix: "X-", expose: nameSet{}}
	a := &analysis.Analyzer{
		Name:      "customheader",
		Doc:       analyzerdoc.Extract(doc, "customheader"),
		URL:       "https://pkg.go.dev/github.com/protolint/protolint/analyzers/customheader",
		Requires:  []*analysis.Analyzer{callsite.Analyzer},
		FactTypes: []analysis.Fact{new(headerFacts)},
		Run:       func(pass *analysis.Pass) (any, error) { run(pass, cfg); return nil, nil },
	}
	a.Flags.StringVar(&cfg.prefix, "prefix", "X-", `the prefix custom header names must have; "" turns the rule off (RFC 6648)`)
	a.Flags.Var(&cfg.expose, "expose", "comma-separated standard headers the front end reads, which must be exposed too (e.g. ETag,Location,Link)")
	return a
}

// nameSet is a flag.Value holding comma-separated header names, lower-cased.
type nameSet map[string]bool

func (s *nameSet) String() string {
	var l []string
	for n := range *s {
		l = append(l, n)
	}
	slices.Sort(l)
	return strings.Join(l, ",")
}

func (s *nameSet) Set(v string) error {
	m := make(nameSet)
	for n := range strings.SplitSeq(v, ",") {
		if n = strings.TrimSpace(n); n != "" {
			m[strings.ToLower(n)] = true
		}
	}
	*s = m
	return nil
}

// headerFacts is a package fact: the custom response headers the package sets, and
// the CORS configurations it builds. Packages that import it see both, so the first
// package that sees a header and a configuration can report.
type headerFacts struct {
	Sets    []SetFact
	Configs []ConfigFact
}

// A SetFact is a custom response header set somewhere: its name and "dir/file.go:line".
type SetFact struct {
	Name, At string
}

// A ConfigFact summarises a CORS configuration: where it is, the headers it exposes
// (lower-cased), whether it exposes "*", allows credentials, or has an exposure list
// that is not statically known.
type ConfigFact struct {
	At          string
	Exposed     []string
	Star        bool
	Credentials bool
	Unknown     bool
}

func (*headerFacts) AFact() {}

func (f *headerFacts) String() string {
	var sets, cfgs []string
	for _, s := range f.Sets {
		sets = append(sets, s.Name)
	}
	for _, c := range f.Configs {
		cfgs = append(cfgs, "["+strings.Join(c.Exposed, ",")+"]")
	}
	return fmt.Sprintf("headers(sets=%s configs=%s)", strings.Join(sets, ","), strings.Join(cfgs, ","))
}

type checker struct {
	pass *analysis.Pass
	cfg  *config
	rep  *directive.Reporter
	res  match.Calls
	idx  *callsite.Index
	in   *inspector.Inspector
}

// A set is a response header set in this package.
type set struct {
	cur   inspector.Cursor
	call  ast.Node // the call or assignment
	key   ast.Expr
	value ast.Expr // nil if not a single expression
	name  string
	root  ast.Expr
	lib   *httpapi.Lib
}

func run(pass *analysis.Pass, cfg *config) {
	rep := directive.New(pass)
	defer rep.Finish()
	idx := callsite.Of(pass)
	c := &checker{pass: pass, cfg: cfg, rep: rep, res: idx, idx: idx, in: idx.Inspector()}

	var sets []set
	var configs []*cors.Config
	var manual []ConfigFact
	if !isLibrary(pass.Pkg.Path()) && httpapi.UsesAny(idx) {
		sets = c.collectSets()
		manual = c.manualExposures(sets)
	}
	if !isLibrary(pass.Pkg.Path()) && cors.Reachable(idx) {
		configs = cors.NewFinder(pass.TypesInfo, c.in, c.res).Find()
	}

	own := &headerFacts{}
	seenSet := make(map[SetFact]bool)
	for _, s := range sets {
		f := SetFact{Name: s.name, At: c.at(s.call)}
		if c.needsExposure(s.name) && !c.isTest(s.call) && !seenSet[f] {
			seenSet[f] = true
			own.Sets = append(own.Sets, f)
		}
	}
	for _, cf := range configs {
		own.Configs = append(own.Configs, c.configFact(cf))
	}
	own.Configs = append(own.Configs, manual...)
	if len(own.Sets) > 0 || len(own.Configs) > 0 {
		pass.ExportPackageFact(own)
	}

	c.checkPrefix(sets)
	c.checkUnexposed(sets, configs, own)
	c.checkLate(sets)
}

// isLibrary reports whether path belongs to one of the libraries protolint models
// (or a package below one): the headers their middleware can set and the
// configurations their own code builds are not the program's.
func isLibrary(path string) bool {
	path = match.Unvendor(path)
	under := func(lib string) bool { return path == lib || strings.HasPrefix(path, lib+"/") }
	for _, l := range httpapi.Libs {
		if l != httpapi.NetHTTPLib && slices.ContainsFunc(l.Paths, under) {
			return true
		}
	}
	for _, l := range cors.Libs {
		if slices.ContainsFunc(l.Paths, under) {
			return true
		}
	}
	return false
}

// at formats a position as "dir/file.go:line".
func (c *checker) at(n ast.Node) string {
	p := c.pass.Fset.Position(n.Pos())
	return fmt.Sprintf("%s/%s:%d", filepath.Base(filepath.Dir(p.Filename)), filepath.Base(p.Filename), p.Line)
}

func (c *checker) isTest(n ast.Node) bool {
	return strings.HasSuffix(c.pass.Fset.Position(n.Pos()).Filename, "_test.go")
}

// needsExposure reports whether scripts can read the header only if CORS exposes it:
// a custom header, or a standard one listed in -expose.
func (c *checker) needsExposure(name string) bool {
	n := strings.ToLower(name)
	if safelisted[n] {
		return false
	}
	return isCustom(name) || c.cfg.expose[n]
}

// collectSets finds the response headers set with a constant name.
func (c *checker) collectSets() []set {
	info := c.pass.TypesInfo
	var sets []set
	for cur, hs := range httpapi.ResponseHeaderSets(info, c.in, c.res) {
		name, ok := constval.String(info, hs.Key)
		if !ok || name == "" {
			continue
		}
		sets = append(sets, set{cur: cur, call: cur.Node(), key: hs.Key, value: hs.Value, name: name,
			root: httpapi.Root(info, hs.Writer), lib: hs.Lib})
	}
	return sets
}

// manualExposures turns hand-written Access-Control-Expose-Headers values into
// configurations.
func (c *checker) manualExposures(sets []set) []ConfigFact {
	var out []ConfigFact
	for _, s := range sets {
		if !strings.EqualFold(s.name, cors.HeaderExposeHeaders) {
			continue
		}
		f := ConfigFact{At: c.at(s.call)}
		v, ok := "", false
		if s.value != nil {
			v, ok = constval.String(c.pass.TypesInfo, s.value)
		}
		if !ok {
			f.Unknown = true
		}
		for part := range strings.SplitSeq(v, ",") {
			if part = strings.ToLower(strings.TrimSpace(part)); part == "*" {
				f.Star = true
			} else if part != "" {
				f.Exposed = append(f.Exposed, part)
			}
		}
		out = append(out, f)
	}
	return out
}

func (c *checker) configFact(cf *cors.Config) ConfigFact {
	f := ConfigFact{At: c.at(cf.Node), Credentials: cf.Credentials == cors.True, Unknown: cf.Exposed.Unknown}
	for _, v := range cf.Exposed.Known {
		if v.Text == "*" {
			f.Star = true
		} else {
			f.Exposed = append(f.Exposed, strings.ToLower(strings.TrimSpace(v.Text)))
		}
	}
	slices.Sort(f.Exposed)
	return f
}

// checkPrefix reports custom headers whose name lacks the configured prefix.
func (c *checker) checkPrefix(sets []set) {
	if c.cfg.prefix == "" {
		return
	}
	seen := make(map[ast.Node]bool)
	for _, s := range sets {
		if !isCustom(s.name) || strings.HasPrefix(strings.ToLower(s.name), strings.ToLower(c.cfg.prefix)) || seen[s.key] || c.isTest(s.call) {
			continue
		}
		seen[s.key] = true
		if std := nearStandard(s.name); std != "" {
			c.report(s.key, catPrefix,
				"header %q is not a standard header and lacks the %q prefix of the naming policy; did you mean the standard %q?",
				s.name, c.cfg.prefix, std)
			continue
		}
		c.report(s.key, catPrefix,
			"custom header %q lacks the %q prefix of the naming policy; name it %q, or set -customheader.prefix= to follow RFC 6648 instead",
			s.name, c.cfg.prefix, c.cfg.prefix+s.name)
	}
}

func (c *checker) report(n ast.Node, category, format string, args ...any) {
	c.rep.Report(analysis.Diagnostic{Pos: n.Pos(), End: n.End(), Category: category, Message: fmt.Sprintf(format, args...)})
}

// checkUnexposed reports custom headers that no CORS configuration in view exposes:
// at the set site when the configurations are in this package or its
// dependencies, and at this package's configurations for headers set in its
// dependencies.
func (c *checker) checkUnexposed(sets []set, configs []*cors.Config, own *headerFacts) {
	var depSets []SetFact
	var view []ConfigFact
	view = append(view, own.Configs...)
	for _, pf := range c.pass.AllPackageFacts() {
		if pf.Package == c.pass.Pkg {
			continue
		}
		if f, ok := pf.Fact.(*headerFacts); ok {
			depSets = append(depSets, f.Sets...)
			view = append(view, f.Configs...)
		}
	}
	if len(view) == 0 {
		return // no CORS in view: nothing is cross-origin as far as we can tell
	}
	// One exposure set for the whole view, and one description of it.
	all := false
	names := make(map[string]bool)
	for _, cf := range view {
		all = all || cf.Unknown || (cf.Star && !cf.Credentials)
		for _, n := range cf.Exposed {
			names[n] = true
		}
	}
	exposed := func(name string) bool { return all || names[strings.ToLower(name)] }
	var at []string
	for _, cf := range view {
		at = append(at, cf.At)
	}
	slices.Sort(at)
	at = slices.Compact(at)
	var whereText string
	switch {
	case len(at) == 1:
		whereText = "the CORS configuration at " + at[0]
	case len(at) <= 3:
		whereText = fmt.Sprintf("any of the %d CORS configurations in view (%s)", len(at), strings.Join(at, ", "))
	default:
		whereText = fmt.Sprintf("any of the %d CORS configurations in view (%s, and %d more)", len(at), strings.Join(at[:3], ", "), len(at)-3)
	}
	where := func() string { return whereText }

	// Headers set here: report at the first set of each name.
	reported := make(map[string]bool)
	for _, s := range sets {
		n := strings.ToLower(s.name)
		if reported[n] || !c.needsExposure(s.name) || c.isTest(s.call) || exposed(s.name) {
			continue
		}
		reported[n] = true
		c.report(s.key, catUnexposed,
			"custom response header %q is not exposed by %s: browsers hide it from cross-origin scripts; add it to the exposed headers",
			s.name, where())
	}

	// Headers set in dependencies: report at this package's configurations.
	if len(configs) == 0 {
		return
	}
	byName := make(map[string][]string)
	var order []string
	for _, s := range depSets {
		n := strings.ToLower(s.Name)
		if exposed(s.Name) {
			continue
		}
		if _, ok := byName[n]; !ok {
			order = append(order, s.Name)
		}
		byName[n] = append(byName[n], s.At)
	}
	slices.SortFunc(order, func(a, b string) int { return strings.Compare(strings.ToLower(a), strings.ToLower(b)) })
	for _, cf := range configs {
		for _, name := range order {
			at := slices.Compact(slices.Sorted(slices.Values(byName[strings.ToLower(name)])))
			c.report(cf.Node, catUnexposed,
				"custom response header %q (set at %s) is not exposed by this CORS configuration: browsers hide it from cross-origin scripts; add it to the exposed headers",
				name, strings.Join(at, ", "))
		}
	}
}
