// Package report turns the results of an analysis run into findings with stable
// fingerprints, and writes them as SARIF 2.1.0, GitHub workflow annotations or plain
// text; it also reads and writes baselines of accepted findings.
package report

import (
	"cmp"
	"crypto/sha256"
	"encoding/hex"
	"fmt"
	"go/token"
	"os"
	"path/filepath"
	"regexp"
	"slices"
	"strings"
	"unicode/utf16"

	"golang.org/x/tools/go/analysis"
	"golang.org/x/tools/go/analysis/checker"
)

// A Pos is a position in a source file. Line and Col are 1-based; Col counts bytes,
// as go/token does. Col16 counts UTF-16 code units, as SARIF does by default.
type Pos struct {
	Line, Col, Col16 int
	Offset           int // byte offset in the file
}

// A Finding is one diagnostic, deduplicated across a package and its test variant.
type Finding struct {
	Analyzer *analysis.Analyzer
	Category string
	RuleID   string // <analyzer>/<category>, or <analyzer> for a diagnostic without a category
	Message  string
	File     string // absolute, symbolic links resolved
	Filename string // as go/packages gave it, for text output
	RelPath  string // slash-separated path relative to the source root; "" outside it
	Start    Pos
	End      Pos    // equal to Start for an empty range
	LineText string // the source line of Start, without its newline
	Related  []Related
	Fixes    []Fix
	// Fingerprint identifies the finding independently of line numbers: a hash of
	// the rule id, the file, the normalised source line and the normalised message.
	// Occurrence numbers findings with equal fingerprints in source order (1, 2...).
	Fingerprint string
	Occurrence  int
}

// A Related location explains a finding.
type Related struct {
	File, Filename, RelPath string
	Start, End              Pos
	Message                 string
}

// A Fix is a suggested fix: edits to apply together.
type Fix struct {
	Message string
	Edits   []Edit
}

// An Edit replaces the bytes [Start.Offset, End.Offset) of File with New.
type Edit struct {
	File, RelPath string
	Start, End    Pos
	New           string
}

// Posn returns "file:line:col" as go/analysis drivers print it, with the absolute file name.
func (f *Finding) Posn() string { return fmt.Sprintf("%s:%d:%d", f.File, f.Start.Line, f.Start.Col) }

// Path returns the path to show for the finding's file: relative to the source root
// when the file is inside it, else absolute.
func (f *Finding) Path() string {
	if f.RelPath != "" {
		return f.RelPath
	}
	return filepath.ToSlash(f.File)
}

// A Collector converts diagnostics to findings. It reads source files to compute
// line texts and UTF-16 columns, and caches them.
type Collector struct {
	Root  string // absolute source root
	files map[string][]string
}

// NewCollector returns a Collector for the source root dir.
func NewCollector(root string) (*Collector, error) {
	abs, err := filepath.Abs(root)
	if err != nil {
		return nil, err
	}
	if r, err := filepath.EvalSymlinks(abs); err == nil {
		abs = r
	}
	return &Collector{Root: abs, files: make(map[string][]string)}, nil
}

// RuleID returns the rule id of a diagnostic of analyzer a with category cat.
func RuleID(a *analysis.Analyzer, cat string) string {
	if cat == "" {
		return a.Name
	}
	return a.Name + "/" + cat
}

// Collect returns the findings of the root actions of g, deduplicated (a file of a
// package and of its test variant is analysed twice), in source order with
// fingerprints and occurrence numbers set, and the errors of all actions.
func (c *Collector) Collect(g *checker.Graph) ([]*Finding, []error) {
	type key struct {
		analyzer   *analysis.Analyzer
		posn, end  string
		msg, categ string
	}
	seen := make(map[key]bool)
	var findings []*Finding
	var errs []error
	errSeen := make(map[string]bool)
	for act := range g.All() {
		if act.Err != nil {
			msg := fmt.Sprintf("%s: %v", act.Analyzer.Name, act.Err)
			if !errSeen[msg] {
				errSeen[msg] = true
				errs = append(errs, fmt.Errorf("%s", msg))
			}
			continue
		}
		if !act.IsRoot {
			continue
		}
		fset := act.Package.Fset
		for _, d := range act.Diagnostics {
			posn := fset.Position(d.Pos)
			end := posn
			if d.End.IsValid() {
				end = fset.Position(d.End)
			}
			k := key{act.Analyzer, posn.String(), end.String(), d.Message, d.Category}
			if seen[k] {
				continue
			}
			seen[k] = true
			findings = append(findings, c.finding(fset, act.Analyzer, d, posn, end))
		}
	}
	Sort(findings)
	SetFingerprints(findings)
	return findings, errs
}

func (c *Collector) finding(fset *token.FileSet, a *analysis.Analyzer, d analysis.Diagnostic, posn, end token.Position) *Finding {
	f := &Finding{
		Analyzer: a,
		Category: d.Category,
		RuleID:   RuleID(a, d.Category),
		Message:  d.Message,
		File:     c.abs(posn.Filename),
		Filename: posn.Filename,
	}
	f.RelPath = c.rel(f.File)
	f.Start = c.pos(f.File, posn)
	f.End = c.pos(c.abs(end.Filename), end)
	if lines := c.lines(f.File); f.Start.Line >= 1 && f.Start.Line <= len(lines) {
		f.LineText = lines[f.Start.Line-1]
	}
	for _, r := range d.Related {
		rp := fset.Position(r.Pos)
		re := rp
		if r.End.IsValid() {
			re = fset.Position(r.End)
		}
		file := c.abs(rp.Filename)
		f.Related = append(f.Related, Related{File: file, Filename: rp.Filename, RelPath: c.rel(file), Start: c.pos(file, rp), End: c.pos(file, re), Message: r.Message})
	}
	for _, sf := range d.SuggestedFixes {
		fix := Fix{Message: sf.Message}
		for _, e := range sf.TextEdits {
			sp := fset.Position(e.Pos)
			ep := sp
			if e.End.IsValid() {
				ep = fset.Position(e.End)
			}
			file := c.abs(sp.Filename)
			fix.Edits = append(fix.Edits, Edit{File: file, RelPath: c.rel(file), Start: c.pos(file, sp), End: c.pos(file, ep), New: string(e.NewText)})
		}
		f.Fixes = append(f.Fixes, fix)
	}
	return f
}

func (c *Collector) abs(file string) string {
	if file == "" {
		return file
	}
	if !filepath.IsAbs(file) {
		if a, err := filepath.Abs(file); err == nil {
			file = a
		}
	}
	if r, err := filepath.EvalSymlinks(file); err == nil {
		file = r
	}
	return file
}

func (c *Collector) rel(file string) string {
	r, err := filepath.Rel(c.Root, file)
	if err != nil || r == ".." || strings.HasPrefix(r, ".."+string(filepath.Separator)) || filepath.IsAbs(r) {
		return ""
	}
	return filepath.ToSlash(r)
}

func (c *Collector) lines(file string) []string {
	if l, ok := c.files[file]; ok {
		return l
	}
	var lines []string
	if data, err := os.ReadFile(file); err == nil {
		lines = strings.Split(strings.ReplaceAll(string(data), "\r\n", "\n"), "\n")
	}
	c.files[file] = lines
	return lines
}

func (c *Collector) pos(file string, p token.Position) Pos {
	out := Pos{Line: p.Line, Col: p.Column, Col16: p.Column, Offset: p.Offset}
	if lines := c.lines(file); p.Line >= 1 && p.Line <= len(lines) && p.Column >= 1 {
		line := lines[p.Line-1]
		n := min(p.Column-1, len(line))
		out.Col16 = len(utf16.Encode([]rune(line[:n]))) + 1 + (p.Column - 1 - n)
	}
	return out
}

// Sort sorts findings by file, position, rule and message.
func Sort(fs []*Finding) {
	slices.SortStableFunc(fs, func(a, b *Finding) int {
		return cmp.Or(
			cmp.Compare(a.Path(), b.Path()),
			cmp.Compare(a.Start.Line, b.Start.Line),
			cmp.Compare(a.Start.Col, b.Start.Col),
			cmp.Compare(a.RuleID, b.RuleID),
			cmp.Compare(a.Message, b.Message),
		)
	})
}

var (
	// positionInMessage matches positions that messages quote ("the CORS
	// configuration at server/server.go:31"), which move with unrelated edits.
	positionInMessage = regexp.MustCompile(`(\.go):\d+(:\d+)?\b`)
	lineInMessage     = regexp.MustCompile(`\b(lines?) \d+\b`)
)

// Fingerprint returns the fingerprint of a finding of rule in file (as shown,
// relative to the source root) on a line with the given text, with message.
// Whitespace in the line and positions quoted in the message are normalised away, so
// the fingerprint survives edits that move the finding or re-indent its line.
func Fingerprint(rule, file, lineText, message string) string {
	line := strings.Join(strings.Fields(lineText), " ")
	msg := positionInMessage.ReplaceAllString(message, "$1")
	msg = lineInMessage.ReplaceAllString(msg, "$1 N")
	h := sha256.New()
	for _, s := range []string{"protolint/v1", rule, file, line, msg} {
		h.Write([]byte(s))
		h.Write([]byte{0})
	}
	return hex.EncodeToString(h.Sum(nil))[:32]
}

// SetFingerprints sets Fingerprint and Occurrence on fs, which must be sorted.
func SetFingerprints(fs []*Finding) {
	count := make(map[string]int)
	for _, f := range fs {
		f.Fingerprint = Fingerprint(f.RuleID, f.Path(), f.LineText, f.Message)
		count[f.Fingerprint]++
		f.Occurrence = count[f.Fingerprint]
	}
}
