// Package directive implements protolint's suppression comments inside the analyzers,
// so that they work under every driver (protolint, go vet, golangci-lint, nogo):
//
//	//protolint:ignore httpstatus,wsclose the partner API requires 299
//
// A directive suppresses the named analyzers' findings on its own line (as a trailing
// comment) and on the line below it (as a comment line above the code). The reason is
// required: a directive without one suppresses nothing and is reported, and so is a
// directive that suppresses nothing.
package directive

import (
	"cmp"
	"fmt"
	"go/ast"
	"go/token"
	"slices"
	"strings"

	"golang.org/x/tools/go/analysis"
)

// Prefix starts every suppression comment.
const Prefix = "//protolint:ignore"

// Category is the diagnostic category of findings about directives themselves.
const Category = "directive"

// Known lists the analyzers of the suite. A directive naming anything else is
// reported, by the first known analyzer it names or, if none, by Known[0].
var Known = []string{"httpstatus", "wsclose", "corswild", "customheader"}

// A directive is one parsed suppression comment that concerns the current analyzer.
type directive struct {
	comment *ast.Comment
	file    *token.File
	line    int
	names   []string
	unknown []string
	reason  string
	used    bool
}

// Reporter reports an analyzer's diagnostics, dropping those that a directive
// suppresses. Make one per pass with New, report through it, and call Finish at the
// end of the pass: it reports in source order, whatever order the checks ran in.
type Reporter struct {
	pass  *analysis.Pass
	dirs  []*directive // directives of this pass that name this analyzer or that it must report
	diags []analysis.Diagnostic
}

// New parses the directives in the files of pass that concern pass.Analyzer.
func New(pass *analysis.Pass) *Reporter {
	r := &Reporter{pass: pass}
	name := pass.Analyzer.Name
	for _, f := range pass.Files {
		var tf *token.File
		for _, cg := range f.Comments {
			for _, c := range cg.List {
				rest, ok := strings.CutPrefix(c.Text, Prefix)
				if !ok || (rest != "" && rest[0] != ' ' && rest[0] != '\t') {
					continue
				}
				if tf == nil {
					tf = pass.Fset.File(f.FileStart)
				}
				d := parse(c, rest)
				d.file, d.line = tf, tf.Line(c.Slash)
				if slices.Contains(d.names, name) || d.reporter() == name {
					r.dirs = append(r.dirs, d)
				}
			}
		}
	}
	return r
}

func parse(c *ast.Comment, rest string) *directive {
	d := &directive{comment: c}
	fields := strings.Fields(rest)
	if len(fields) == 0 {
		return d
	}
	for n := range strings.SplitSeq(fields[0], ",") {
		if n == "" {
			continue
		}
		if slices.Contains(Known, n) {
			d.names = append(d.names, n)
		} else {
			d.unknown = append(d.unknown, n)
		}
	}
	d.reason = strings.Join(fields[1:], " ")
	return d
}

// reporter returns the analyzer that reports problems with d that concern no single
// analyzer: unknown names, or no names at all.
func (d *directive) reporter() string {
	if len(d.names) > 0 {
		return d.names[0]
	}
	return Known[0]
}

// Report reports d unless a directive suppresses it.
func (r *Reporter) Report(d analysis.Diagnostic) {
	if r.suppressed(d.Pos) {
		return
	}
	r.diags = append(r.diags, d)
}

func (r *Reporter) suppressed(pos token.Pos) bool {
	if len(r.dirs) == 0 || !pos.IsValid() {
		return false
	}
	tf := r.pass.Fset.File(pos)
	line := tf.Line(pos)
	name := r.pass.Analyzer.Name
	for _, d := range r.dirs {
		if d.file == tf && (d.line == line || d.line+1 == line) && d.reason != "" && slices.Contains(d.names, name) {
			d.used = true
			return true
		}
	}
	return false
}

// Finish reports the diagnostics in source order, then the directives that lack a
// reason, name unknown analyzers, or suppressed nothing during this pass.
func (r *Reporter) Finish() {
	// Sort by file name and offset, not by token.Pos: go/packages parses files in
	// parallel, so the order of files in the FileSet, and thus of their Pos ranges,
	// varies from run to run.
	slices.SortStableFunc(r.diags, func(a, b analysis.Diagnostic) int {
		pa, pb := r.pass.Fset.Position(a.Pos), r.pass.Fset.Position(b.Pos)
		return cmp.Or(cmp.Compare(pa.Filename, pb.Filename), cmp.Compare(pa.Offset, pb.Offset))
	})
	for _, d := range r.diags {
		r.pass.Report(d)
	}
	name := r.pass.Analyzer.Name
	for _, d := range r.dirs {
		switch {
		case len(d.names) == 0 && len(d.unknown) == 0:
			r.report(d, "protolint:ignore directive names no analyzer; write //protolint:ignore <analyzer>[,<analyzer>] <reason>")
		case len(d.unknown) > 0 && d.reporter() == name:
			r.report(d, "protolint:ignore directive names unknown analyzer %s; protolint has %s",
				strings.Join(d.unknown, ","), strings.Join(Known, ", "))
		case !slices.Contains(d.names, name):
		case d.reason == "":
			r.report(d, "protolint:ignore directive needs a reason: //protolint:ignore %s <why the finding is accepted>", strings.Join(d.names, ","))
		case !d.used:
			r.report(d, "protolint:ignore directive for %s suppresses nothing; remove it", name)
		}
	}
}

func (r *Reporter) report(d *directive, format string, args ...any) {
	r.pass.Report(analysis.Diagnostic{
		Pos:      d.comment.Pos(),
		End:      d.comment.End(),
		Category: Category,
		Message:  fmt.Sprintf(format, args...),
	})
}
