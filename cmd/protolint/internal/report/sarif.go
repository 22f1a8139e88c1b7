package report

import (
	"encoding/json"
	"io"
	"net/url"
	"path/filepath"
	"strconv"
	"strings"
	"unicode"

	"github.com/protolint/protolint/cmd/protolint/internal/rules"
)

// SARIF constants.
const (
	SARIFVersion = "2.1.0"
	SARIFSchema  = "https://docs.oasis-open.org/sarif/sarif/v2.1.0/errata01/os/schemas/sarif-schema-2.1.0.json"
	// SrcRoot is the uriBaseId of every artifact location inside the source root.
	SrcRoot = "%SRCROOT%"
	// FingerprintKey is the key of protolint's fingerprint in partialFingerprints.
	FingerprintKey = "protolint/v1"
	// Level is the SARIF level of every protolint result: a finding fails the run.
	Level = "error"
)

// Tool describes the program that produced the findings.
type Tool struct {
	Name            string
	Version         string // shown as is
	SemanticVersion string // a semantic version, or ""
	InformationURI  string
}

// An Invocation describes the run.
type Invocation struct {
	Successful bool
	ExitCode   int
	Errors     []string // tool execution errors: packages that failed to load, analyzer failures
	WorkingDir string   // absolute
}

// SARIFOptions configures WriteSARIF.
type SARIFOptions struct {
	Tool       Tool
	Rules      []*rules.Rule
	Invocation Invocation
	// Baseline reports whether the findings were filtered by a baseline; the results
	// then carry baselineState "new".
	Baseline bool
}

type sarifLog struct {
	Schema  string     `json:"$schema"`
	Version string     `json:"version"`
	Runs    []sarifRun `json:"runs"`
}

type sarifRun struct {
	Tool               sarifTool                   `json:"tool"`
	Invocations        []sarifInvocation           `json:"invocations"`
	OriginalURIBaseIDs map[string]sarifArtifactLoc `json:"originalUriBaseIds,omitempty"`
	Results            []sarifResult               `json:"results"`
	ColumnKind         string                      `json:"columnKind"`
}

type sarifTool struct {
	Driver sarifDriver `json:"driver"`
}

type sarifDriver struct {
	Name            string      `json:"name"`
	Version         string      `json:"version,omitempty"`
	SemanticVersion string      `json:"semanticVersion,omitempty"`
	InformationURI  string      `json:"informationUri,omitempty"`
	Rules           []sarifRule `json:"rules"`
}

type sarifMessage struct {
	Text     string `json:"text"`
	Markdown string `json:"markdown,omitempty"`
}

type sarifRule struct {
	ID                   string          `json:"id"`
	Name                 string          `json:"name"`
	ShortDescription     sarifMessage    `json:"shortDescription"`
	FullDescription      sarifMessage    `json:"fullDescription"`
	Help                 sarifMessage    `json:"help"`
	HelpURI              string          `json:"helpUri,omitempty"`
	DefaultConfiguration sarifRuleConfig `json:"defaultConfiguration"`
	Properties           sarifRuleProps  `json:"properties"`
}

type sarifRuleConfig struct {
	Enabled bool   `json:"enabled"`
	Level   string `json:"level"`
}

type sarifRuleProps struct {
	Tags []string `json:"tags"`
}

type sarifInvocation struct {
	ExecutionSuccessful        bool                `json:"executionSuccessful"`
	ExitCode                   int                 `json:"exitCode"`
	WorkingDirectory           *sarifArtifactLoc   `json:"workingDirectory,omitempty"`
	ToolExecutionNotifications []sarifNotification `json:"toolExecutionNotifications,omitempty"`
}

type sarifNotification struct {
	Level   string       `json:"level"`
	Message sarifMessage `json:"message"`
}

type sarifArtifactLoc struct {
	URI       string `json:"uri"`
	URIBaseID string `json:"uriBaseId,omitempty"`
}

type sarifRegion struct {
	StartLine   int           `json:"startLine,omitempty"`
	StartColumn int           `json:"startColumn,omitempty"`
	EndLine     int           `json:"endLine,omitempty"`
	EndColumn   int           `json:"endColumn,omitempty"`
	ByteOffset  *int          `json:"byteOffset,omitempty"`
	ByteLength  *int          `json:"byteLength,omitempty"`
	Snippet     *sarifMessage `json:"snippet,omitempty"`
}

type sarifPhysicalLoc struct {
	ArtifactLocation sarifArtifactLoc `json:"artifactLocation"`
	Region           sarifRegion      `json:"region"`
}

type sarifLocation struct {
	ID               *int             `json:"id,omitempty"`
	PhysicalLocation sarifPhysicalLoc `json:"physicalLocation"`
	Message          *sarifMessage    `json:"message,omitempty"`
}

type sarifReplacement struct {
	DeletedRegion   sarifRegion   `json:"deletedRegion"`
	InsertedContent *sarifMessage `json:"insertedContent,omitempty"`
}

type sarifArtifactChange struct {
	ArtifactLocation sarifArtifactLoc   `json:"artifactLocation"`
	Replacements     []sarifReplacement `json:"replacements"`
}

type sarifFix struct {
	Description     sarifMessage          `json:"description"`
	ArtifactChanges []sarifArtifactChange `json:"artifactChanges"`
}

type sarifResult struct {
	RuleID              string            `json:"ruleId"`
	RuleIndex           int               `json:"ruleIndex"`
	Level               string            `json:"level"`
	Message             sarifMessage      `json:"message"`
	Locations           []sarifLocation   `json:"locations"`
	RelatedLocations    []sarifLocation   `json:"relatedLocations,omitempty"`
	PartialFingerprints map[string]string `json:"partialFingerprints"`
	BaselineState       string            `json:"baselineState,omitempty"`
	Fixes               []sarifFix        `json:"fixes,omitempty"`
}

// WriteSARIF writes findings as a SARIF 2.1.0 log with one run. Its rules are
// opts.Rules, plus a generic rule for any finding whose rule id is not among them.
func WriteSARIF(w io.Writer, findings []*Finding, root string, opts SARIFOptions) error {
	run := sarifRun{
		Tool: sarifTool{Driver: sarifDriver{
			Name:            opts.Tool.Name,
			Version:         opts.Tool.Version,
			SemanticVersion: opts.Tool.SemanticVersion,
			InformationURI:  opts.Tool.InformationURI,
			Rules:           []sarifRule{},
		}},
		OriginalURIBaseIDs: map[string]sarifArtifactLoc{SrcRoot: {URI: dirURI(root)}},
		Results:            []sarifResult{},
		ColumnKind:         "utf16CodeUnits",
	}
	index := make(map[string]int)
	for _, r := range opts.Rules {
		index[r.ID] = len(run.Tool.Driver.Rules)
		run.Tool.Driver.Rules = append(run.Tool.Driver.Rules, ruleDescriptor(r))
	}
	for _, f := range findings {
		i, ok := index[f.RuleID]
		if !ok {
			i = len(run.Tool.Driver.Rules)
			index[f.RuleID] = i
			run.Tool.Driver.Rules = append(run.Tool.Driver.Rules, genericRule(f))
		}
		run.Results = append(run.Results, result(f, i, opts.Baseline))
	}
	inv := sarifInvocation{ExecutionSuccessful: opts.Invocation.Successful, ExitCode: opts.Invocation.ExitCode}
	if opts.Invocation.WorkingDir != "" {
		inv.WorkingDirectory = &sarifArtifactLoc{URI: dirURI(opts.Invocation.WorkingDir)}
	}
	for _, e := range opts.Invocation.Errors {
		inv.ToolExecutionNotifications = append(inv.ToolExecutionNotifications, sarifNotification{Level: "error", Message: sarifMessage{Text: rules.Sentence(e)}})
	}
	run.Invocations = []sarifInvocation{inv}
	log := sarifLog{Schema: SARIFSchema, Version: SARIFVersion, Runs: []sarifRun{run}}
	enc := json.NewEncoder(w)
	enc.SetIndent("", "  ")
	enc.SetEscapeHTML(false)
	return enc.Encode(log)
}

func ruleDescriptor(r *rules.Rule) sarifRule {
	full := r.Description()
	help := full
	var flags []string
	for _, f := range r.Flags {
		flags = append(flags, r.FlagName(f))
	}
	help += "\n\nDefault: " + r.DefaultText() + "."
	if len(flags) > 0 {
		help += "\nFlags: " + strings.Join(flags, ", ") + "."
	}
	return sarifRule{
		ID:                   r.ID,
		Name:                 ruleName(r.ID),
		ShortDescription:     sarifMessage{Text: rules.Sentence(r.Summary)},
		FullDescription:      sarifMessage{Text: fullText(r, full)},
		Help:                 sarifMessage{Text: help, Markdown: rules.RuleMarkdown(r)},
		HelpURI:              r.HelpURI(),
		DefaultConfiguration: sarifRuleConfig{Enabled: r.Default, Level: Level},
		Properties:           sarifRuleProps{Tags: []string{"protolint", r.Analyzer.Name}},
	}
}

// fullText returns the rule's description as sentences: capitalised, and with a
// final period unless it ends with a code example.
func fullText(r *rules.Rule, full string) string {
	if len(r.Blocks) > 0 && r.Blocks[len(r.Blocks)-1].Code {
		return strings.TrimSuffix(rules.Sentence(full+"."), ".")
	}
	return rules.Sentence(full)
}

func genericRule(f *Finding) sarifRule {
	title, _, _ := strings.Cut(f.Analyzer.Doc, "\n\n")
	text := rules.Sentence(title)
	uri := f.Analyzer.URL
	if uri != "" && f.Category != "" {
		uri += "#" + f.Category
	}
	return sarifRule{
		ID:                   f.RuleID,
		Name:                 ruleName(f.RuleID),
		ShortDescription:     sarifMessage{Text: text},
		FullDescription:      sarifMessage{Text: text},
		Help:                 sarifMessage{Text: text + " See protolint help " + f.Analyzer.Name + "."},
		HelpURI:              uri,
		DefaultConfiguration: sarifRuleConfig{Enabled: true, Level: Level},
		Properties:           sarifRuleProps{Tags: []string{"protolint", f.Analyzer.Name}},
	}
}

// ruleName turns a rule id into a PascalCase name: httpstatus/errorok -> HttpstatusErrorok.
func ruleName(id string) string {
	var b strings.Builder
	up := true
	for _, r := range id {
		if !unicode.IsLetter(r) && !unicode.IsDigit(r) {
			up = true
			continue
		}
		if up {
			r = unicode.ToUpper(r)
			up = false
		}
		b.WriteRune(r)
	}
	return b.String()
}

func result(f *Finding, ruleIndex int, baseline bool) sarifResult {
	res := sarifResult{
		RuleID:              f.RuleID,
		RuleIndex:           ruleIndex,
		Level:               Level,
		Message:             sarifMessage{Text: rules.Sentence(f.Message)},
		Locations:           []sarifLocation{{PhysicalLocation: physical(f.File, f.RelPath, f.Start, f.End, f.LineText)}},
		PartialFingerprints: map[string]string{FingerprintKey: f.Fingerprint + ":" + strconv.Itoa(f.Occurrence)},
	}
	if baseline {
		res.BaselineState = "new"
	}
	for i, r := range f.Related {
		id := i + 1
		res.RelatedLocations = append(res.RelatedLocations, sarifLocation{
			ID:               &id,
			PhysicalLocation: physical(r.File, r.RelPath, r.Start, r.End, ""),
			Message:          &sarifMessage{Text: rules.Sentence(r.Message)},
		})
	}
	for _, fx := range f.Fixes {
		sf := sarifFix{Description: sarifMessage{Text: rules.Sentence(fx.Message)}}
		byFile := make(map[string]int)
		for _, e := range fx.Edits {
			i, ok := byFile[e.File]
			if !ok {
				i = len(sf.ArtifactChanges)
				byFile[e.File] = i
				sf.ArtifactChanges = append(sf.ArtifactChanges, sarifArtifactChange{ArtifactLocation: artifact(e.File, e.RelPath)})
			}
			off, n := e.Start.Offset, e.End.Offset-e.Start.Offset
			rep := sarifReplacement{DeletedRegion: sarifRegion{ByteOffset: &off, ByteLength: &n}}
			if e.New != "" {
				rep.InsertedContent = &sarifMessage{Text: e.New}
			}
			sf.ArtifactChanges[i].Replacements = append(sf.ArtifactChanges[i].Replacements, rep)
		}
		if len(sf.ArtifactChanges) > 0 {
			res.Fixes = append(res.Fixes, sf)
		}
	}
	return res
}

func physical(file, rel string, start, end Pos, lineText string) sarifPhysicalLoc {
	reg := sarifRegion{StartLine: start.Line, StartColumn: start.Col16, EndLine: end.Line, EndColumn: end.Col16}
	if reg.EndLine < reg.StartLine || (reg.EndLine == reg.StartLine && reg.EndColumn < reg.StartColumn) {
		reg.EndLine, reg.EndColumn = reg.StartLine, reg.StartColumn
	}
	if lineText != "" && end.Line == start.Line && end.Offset > start.Offset && end.Col-1 <= len(lineText) && start.Col >= 1 {
		reg.Snippet = &sarifMessage{Text: lineText[start.Col-1 : end.Col-1]}
	}
	return sarifPhysicalLoc{ArtifactLocation: artifact(file, rel), Region: reg}
}

func artifact(file, rel string) sarifArtifactLoc {
	if rel != "" {
		return sarifArtifactLoc{URI: relURI(rel), URIBaseID: SrcRoot}
	}
	return sarifArtifactLoc{URI: fileURI(file)}
}

// relURI escapes a slash-separated relative path as a relative URI reference.
func relURI(rel string) string {
	parts := strings.Split(rel, "/")
	for i, p := range parts {
		parts[i] = url.PathEscape(p)
	}
	return strings.Join(parts, "/")
}

func fileURI(file string) string {
	p := filepath.ToSlash(file)
	if !strings.HasPrefix(p, "/") {
		p = "/" + p // Windows: C:/x -> /C:/x
	}
	return (&url.URL{Scheme: "file", Path: p}).String()
}

func dirURI(dir string) string {
	u := fileURI(dir)
	if !strings.HasSuffix(u, "/") {
		u += "/"
	}
	return u
}
