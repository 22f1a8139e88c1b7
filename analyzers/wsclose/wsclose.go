package wsclose

import (
	_ "embed"
	"fmt"
	"go/ast"
	"go/types"
	"slices"

	"golang.org/x/tools/go/analysis"

	"github.com/protolint/protolint/internal/analyzerdoc"
	"github.com/protolint/protolint/internal/callsite"
	"github.com/protolint/protolint/internal/directive"
	"github.com/protolint/protolint/internal/fix"
	"github.com/protolint/protolint/internal/flow"
	"github.com/protolint/protolint/internal/match"
	"github.com/protolint/protolint/internal/wrapper"
)

//go:embed doc.go
var doc string

// Categories of the findings, as documented in doc.go.
const (
	catAfterUpgrade = "afterupgrade"
	catCloseCode    = "closecode"
	catUnregistered = "unregistered"
	catReason       = "reason"
	catReceive      = "receive"
	catNoCode       = "nocode"
	catLiteral      = "literal"
)

// Analyzer is the wsclose analyzer with its default configuration.
var Analyzer = NewAnalyzer()

type config struct {
	literal bool
	nocode  bool
}

// NewAnalyzer returns a wsclose analyzer with its own flags.
func NewAnalyzer() *analysis.Analyzer {
	cfg := &config{literal: true}
	a := &analysis.Analyzer{
		Name:      "wsclose",
		Doc:       analyzerdoc.Extract(doc, "wsclose"),
		URL:       "https://pkg.go.dev/github.com/protolint/protolint/analyzers/wsclose",
		Requires:  []*analysis.Analyzer{callsite.Analyzer},
		FactTypes: []analysis.Fact{new(closeCodeParam), new(wrapperPackage)},
		Run:       func(pass *analysis.Pass) (any, error) { run(pass, cfg); return nil, nil },
	}
	a.Flags.BoolVar(&cfg.literal, "literal", true, "report integer literals passed as close codes where the library declares a constant")
	a.Flags.BoolVar(&cfg.nocode, "nocode", false, "report upgraded connections closed without a close frame on deliberate rejection paths")
	return a
}

// A site is a resolved call with its syntactic context.
type site = callsite.Site

type checker struct {
	pass    *analysis.Pass
	cfg     *config
	rep     *directive.Reporter
	res     match.Calls
	idx     *callsite.Index
	rw      *types.Interface // net/http.ResponseWriter, if reachable
	graphs  flow.Graphs
	noStyle map[*ast.File]bool // generated files and tests: style findings are skipped
	custom  *customErrors
}

// libPaths are the packages whose use makes a package worth analyzing.
var libPaths = slices.Concat(gorillaLike, coderPaths, xnetPaths, gobwasPaths, []string{"github.com/gobwas/ws/wsutil"})

func run(pass *analysis.Pass, cfg *config) {
	rep := directive.New(pass)
	defer rep.Finish()
	idx := callsite.Of(pass)
	if !idx.ImportsAny(libPaths...) && !wrapper.Reached(pass, idx, new(wrapperPackage)) {
		return // no WebSocket library is reachable from this package
	}
	c := &checker{
		pass:    pass,
		cfg:     cfg,
		rep:     rep,
		res:     idx,
		idx:     idx,
		rw:      match.LookupInterface(idx.Import("net/http"), "ResponseWriter"),
		noStyle: fix.StyleExempt(pass),
	}
	sites := idx.Sites()
	c.findWrappers(sites)
	for _, s := range sites {
		c.checkCloseCall(s)
	}
	// Comparisons, switches and conversions go to the close-code checks.
	for _, cur := range idx.Unresolved() {
		c.checkOther(cur)
	}
	for cur := range idx.Inspector().Root().Preorder((*ast.BinaryExpr)(nil), (*ast.SwitchStmt)(nil)) {
		c.checkOther(cur)
	}
	c.checkAfterUpgrade(sites)
	if cfg.nocode {
		c.checkNoCode(sites)
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

func (c *checker) displayName(fn *types.Func) string { return match.DisplayName(fn, c.pass.Pkg) }
