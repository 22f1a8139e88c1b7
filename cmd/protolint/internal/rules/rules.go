// Package rules derives protolint's rules from the analyzers' own documentation: one
// rule per category of finding, with the id <analyzer>/<category>.
//
// An analyzer's Doc (the "# Analyzer NAME" section of its doc.go) lists its
// categories after a paragraph that says "Each finding has a category". Each category
// starts a paragraph of its own with its name and a colon, optionally with a
// parenthesised note between them:
//
//	invalid: a code outside 100-999. net/http panics ...
//
//		w.WriteHeader(42) // invalid HTTP status code 42: ...
//
//	nocode (off by default; -wsclose.nocode): a connection closed without ...
//
// A category's section runs until the next category, or until a paragraph that starts
// with a capitalised label ("Wrappers:", "Flags:") or is about suppression
// directives. Every analyzer also reports the suite-wide category "directive" for
// //protolint:ignore comments that are malformed or suppress nothing (see
// internal/directive), so every analyzer has that rule too.
//
// SARIF output (tool.driver.rules), docs/rules.md and the tests all use this package,
// so the rules cannot drift from the documentation.
package rules

import (
	"flag"
	"fmt"
	"regexp"
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

	"golang.org/x/tools/go/analysis"

	"github.com/protolint/protolint/internal/directive"
)

// A Rule is one category of one analyzer.
type Rule struct {
	ID       string // <analyzer>/<category>
	Analyzer *analysis.Analyzer
	Category string
	// Note is the parenthesised note after the category name in the Doc, if any:
	// "off by default; -wsclose.nocode".
	Note string
	// Summary is the first sentence of the category's description, without the
	// category name: "a code outside 100-999".
	Summary string
	// Blocks is the category's section of the Doc: its paragraphs and code examples,
	// in order, with the leading "name (note): " removed from the first paragraph.
	Blocks []Block
	// Default reports whether the rule is on by default (when its analyzer runs).
	Default bool
	// Toggle is the flag that turns the rule on or off, if there is one: a flag of
	// the analyzer named like the category (httpstatus -literal, wsclose -nocode,
	// customheader -prefix).
	Toggle *flag.Flag
	// Flags are the analyzer's flags that the section mentions, Toggle included.
	Flags []*flag.Flag
}

// A Block is a paragraph of prose or a code example.
type Block struct {
	Code bool
	// Lines are the block's lines: for prose, the lines of the paragraph; for code,
	// the example's lines without the indentation that marks them as code.
	Lines []string
}

// Text returns the block as plain text (code lines indented with a tab).
func (b Block) Text() string {
	if !b.Code {
		return strings.Join(b.Lines, "\n")
	}
	return "\t" + strings.Join(b.Lines, "\n\t")
}

// HelpURI returns the rule's documentation URL: the analyzer's URL with the category
// as the fragment, as go/analysis resolves the URL of a diagnostic that has a
// category and no URL of its own.
func (r *Rule) HelpURI() string {
	if r.Analyzer.URL == "" {
		return ""
	}
	return r.Analyzer.URL + "#" + r.Category
}

// Description returns the whole section as plain text.
func (r *Rule) Description() string {
	var parts []string
	for _, b := range r.Blocks {
		parts = append(parts, b.Text())
	}
	return strings.Join(parts, "\n\n")
}

// FlagName returns the command-line name of f for the rule's analyzer: -httpstatus.allow.
func (r *Rule) FlagName(f *flag.Flag) string { return "-" + r.Analyzer.Name + "." + f.Name }

// DefaultText says whether the rule is on by default and how to change that, in words.
func (r *Rule) DefaultText() string {
	switch {
	case r.Toggle == nil && r.Default:
		return "on"
	case r.Toggle == nil:
		return "off"
	case r.Default && isBool(r.Toggle):
		return fmt.Sprintf("on (off with %s=false)", r.FlagName(r.Toggle))
	case r.Default:
		return fmt.Sprintf("on (off with %s=)", r.FlagName(r.Toggle))
	case isBool(r.Toggle):
		return fmt.Sprintf("off (on with %s)", r.FlagName(r.Toggle))
	default:
		return fmt.Sprintf("off (on with %s=VALUE)", r.FlagName(r.Toggle))
	}
}

func isBool(f *flag.Flag) bool {
	b, ok := f.Value.(interface{ IsBoolFlag() bool })
	return ok && b.IsBoolFlag()
}

// DirectiveCategory is the category of findings about //protolint:ignore directives,
// which every analyzer reports.
const DirectiveCategory = directive.Category

var (
	categoryMarker = regexp.MustCompile(`(?i)\beach finding has a category\b`)
	categoryHead   = regexp.MustCompile(`^([a-z][a-z0-9-]*)(?: \(([^)]*)\))?: +(\S.*)$`)
	labelHead      = regexp.MustCompile(`^[A-Z][A-Za-z -]*:(\s|$)`)
	offByDefault   = regexp.MustCompile(`(?i)\boff by default\b`)
)

// For returns the rules of a, in the order of its Doc, followed by the directive
// rule. It returns an error if the Doc has no category section or a category twice.
func For(a *analysis.Analyzer) ([]*Rule, error) {
	blocks := splitBlocks(a.Doc)
	start := slices.IndexFunc(blocks, func(b Block) bool {
		return !b.Code && categoryMarker.MatchString(strings.Join(b.Lines, " "))
	})
	if start < 0 {
		return nil, fmt.Errorf("%s: Doc has no paragraph saying \"Each finding has a category\"", a.Name)
	}
	var rules []*Rule
	var cur *Rule
	for _, b := range blocks[start+1:] {
		if !b.Code {
			if m := categoryHead.FindStringSubmatch(b.Lines[0]); m != nil {
				cur = &Rule{ID: a.Name + "/" + m[1], Analyzer: a, Category: m[1], Note: m[2]}
				b.Lines = append([]string{m[3]}, b.Lines[1:]...)
				cur.Blocks = append(cur.Blocks, b)
				rules = append(rules, cur)
				continue
			}
			if labelHead.MatchString(b.Lines[0]) || strings.Contains(strings.Join(b.Lines, " "), directive.Prefix) ||
				strings.HasPrefix(b.Lines[0], "A finding is suppressed") {
				break
			}
		}
		if cur != nil {
			cur.Blocks = append(cur.Blocks, b)
		}
	}
	if len(rules) == 0 {
		return nil, fmt.Errorf("%s: Doc lists no category after \"Each finding has a category\"", a.Name)
	}
	seen := make(map[string]bool)
	for _, r := range rules {
		if seen[r.Category] {
			return nil, fmt.Errorf("%s: category %q documented twice", a.Name, r.Category)
		}
		seen[r.Category] = true
		r.complete()
	}
	if !seen[DirectiveCategory] {
		rules = append(rules, directiveRule(a))
	}
	return rules, nil
}

// All returns the rules of every analyzer, in order.
func All(analyzers []*analysis.Analyzer) ([]*Rule, error) {
	var all []*Rule
	for _, a := range analyzers {
		rs, err := For(a)
		if err != nil {
			return nil, err
		}
		all = append(all, rs...)
	}
	return all, nil
}

// complete fills Summary, Toggle, Flags and Default from the section's text.
func (r *Rule) complete() {
	r.Summary = firstSentence(strings.Join(r.Blocks[0].Lines, " "))
	var text strings.Builder
	text.WriteString(r.Note)
	for _, b := range r.Blocks {
		if !b.Code {
			text.WriteString("\n")
			text.WriteString(strings.Join(b.Lines, "\n"))
		}
	}
	r.Toggle = r.Analyzer.Flags.Lookup(r.Category)
	r.Analyzer.Flags.VisitAll(func(f *flag.Flag) {
		mention := regexp.MustCompile(`(^|[\s(\x60"'])-(` + regexp.QuoteMeta(r.Analyzer.Name) + `\.)?` + regexp.QuoteMeta(f.Name) + `\b`)
		if f == r.Toggle || mention.MatchString(text.String()) {
			r.Flags = append(r.Flags, f)
		}
	})
	switch {
	case offByDefault.MatchString(r.Note) || (r.Toggle == nil && offByDefault.MatchString(text.String())):
		r.Default = false
	case r.Toggle != nil && isBool(r.Toggle):
		r.Default = r.Toggle.DefValue == "true"
	case r.Toggle != nil:
		r.Default = r.Toggle.DefValue != ""
	default:
		r.Default = true
	}
}

func directiveRule(a *analysis.Analyzer) *Rule {
	r := &Rule{
		ID:       a.Name + "/" + DirectiveCategory,
		Analyzer: a,
		Category: DirectiveCategory,
		Summary:  "a //protolint:ignore directive that names no analyzer or an unknown one, gives no reason, or suppresses nothing",
		Blocks: []Block{
			{Lines: []string{
				"a " + directive.Prefix + " directive that names no analyzer or an unknown one, gives",
				"no reason, or suppresses nothing. A directive suppresses the named analyzers' findings",
				"on its own line and on the line below, and only with a reason; one that suppresses",
				"nothing is stale and should be removed.",
			}},
			{Code: true, Lines: []string{
				directive.Prefix + " " + a.Name + " the partner gateway requires it",
			}},
		},
		Default: true,
	}
	return r
}

// splitBlocks splits doc text into paragraphs and code blocks. Code lines are
// indented (go/doc comment syntax); a run of them, blank lines included, is one block.
func splitBlocks(doc string) []Block {
	var blocks []Block
	var cur *Block
	flush := func() {
		if cur != nil {
			for len(cur.Lines) > 0 && strings.TrimSpace(cur.Lines[len(cur.Lines)-1]) == "" {
				cur.Lines = cur.Lines[:len(cur.Lines)-1]
			}
			if len(cur.Lines) > 0 {
				blocks = append(blocks, *cur)
			}
			cur = nil
		}
	}
	lines := strings.Split(doc, "\n")
	for _, line := range lines {
		blank := strings.TrimSpace(line) == ""
		code := !blank && (line[0] == '\t' || line[0] == ' ')
		switch {
		case blank && cur != nil && cur.Code:
			cur.Lines = append(cur.Lines, "") // a blank line inside an example
		case blank:
			flush()
		case code:
			if cur == nil || !cur.Code {
				flush()
				cur = &Block{Code: true}
			}
			cur.Lines = append(cur.Lines, strings.TrimPrefix(strings.TrimPrefix(line, "\t"), "    "))
		default:
			if cur != nil && cur.Code {
				flush()
			}
			if cur == nil {
				cur = &Block{}
			}
			cur.Lines = append(cur.Lines, line)
		}
	}
	flush()
	return blocks
}

// firstSentence returns s up to its first full stop (a period followed by a space,
// or at the end), without the period. Periods of abbreviations (e.g., i.e., etc.)
// and of ellipses do not end a sentence.
func firstSentence(s string) string {
	s = strings.Join(strings.Fields(s), " ")
	for i := 0; i < len(s); i++ {
		if s[i] != '.' || (i+1 < len(s) && s[i+1] != ' ') || (i > 0 && s[i-1] == '.') {
			continue
		}
		word := s[strings.LastIndexByte(s[:i], ' ')+1 : i]
		switch strings.ToLower(strings.TrimLeft(word, "(")) {
		case "e.g", "i.e", "etc", "vs", "cf":
			continue
		}
		return s[:i]
	}
	return strings.TrimSuffix(s, ":")
}

// Sentence returns s with an upper-case first letter and a final period.
func Sentence(s string) string {
	s = strings.TrimSpace(s)
	if s == "" {
		return s
	}
	r, n := utf8.DecodeRuneInString(s)
	s = string(unicode.ToUpper(r)) + s[n:]
	switch s[len(s)-1] {
	case '.', '!', '?':
		return s
	case ':':
		return s[:len(s)-1] + "."
	}
	return s + "."
}
