package report

import (
	"bytes"
	"encoding/json"
	"go/token"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"golang.org/x/tools/go/analysis"

	"github.com/protolint/protolint/cmd/protolint/internal/rules"
)

var demo = &analysis.Analyzer{
	Name: "demo",
	URL:  "https://example.com/demo",
	Doc:  "check demo things\n\nEach finding has a category:\n\nalpha: the first kind.\n\n\tx := 1 // alpha\n",
}

func finding(rule, file string, line int, text, msg string) *Finding {
	cat := strings.TrimPrefix(rule, "demo/")
	return &Finding{Analyzer: demo, Category: cat, RuleID: rule, Message: msg, File: "/src/" + file, Filename: "/src/" + file,
		RelPath: file, Start: Pos{Line: line, Col: 2, Col16: 2, Offset: 100}, End: Pos{Line: line, Col: 5, Col16: 5, Offset: 103}, LineText: text}
}

func TestFingerprintIgnoresPositions(t *testing.T) {
	base := Fingerprint("demo/alpha", "a/b.go", "\tw.WriteHeader(42)", "invalid code 42")
	for name, fp := range map[string]string{
		"re-indented": Fingerprint("demo/alpha", "a/b.go", "    w.WriteHeader(42)  ", "invalid code 42"),
		"same line":   Fingerprint("demo/alpha", "a/b.go", "\tw.WriteHeader(42)", "invalid code 42"),
	} {
		if fp != base {
			t.Errorf("%s: fingerprint changed", name)
		}
	}
	a := Fingerprint("demo/alpha", "a/b.go", "x", "not exposed by the configuration at server/server.go:31: add it")
	b := Fingerprint("demo/alpha", "a/b.go", "x", "not exposed by the configuration at server/server.go:47: add it")
	if a != b {
		t.Errorf("a position quoted in the message changes the fingerprint")
	}
	for name, fp := range map[string]string{
		"rule":    Fingerprint("demo/beta", "a/b.go", "\tw.WriteHeader(42)", "invalid code 42"),
		"file":    Fingerprint("demo/alpha", "a/c.go", "\tw.WriteHeader(42)", "invalid code 42"),
		"line":    Fingerprint("demo/alpha", "a/b.go", "\tw.WriteHeader(43)", "invalid code 42"),
		"message": Fingerprint("demo/alpha", "a/b.go", "\tw.WriteHeader(42)", "invalid code 43"),
	} {
		if fp == base {
			t.Errorf("a different %s gives the same fingerprint", name)
		}
	}
}

func TestBaselineRoundTrip(t *testing.T) {
	old := []*Finding{
		finding("demo/alpha", "a.go", 10, "\tw.WriteHeader(42)", "invalid code 42"),
		finding("demo/alpha", "a.go", 20, "\tw.WriteHeader(42)", "invalid code 42"), // the same mistake twice
		finding("demo/alpha", "b.go", 5, "\tx()", "something"),
	}
	SetFingerprints(old)
	if old[0].Fingerprint != old[1].Fingerprint || old[0].Occurrence != 1 || old[1].Occurrence != 2 {
		t.Fatalf("duplicate findings: fingerprints %s/%d, %s/%d", old[0].Fingerprint, old[0].Occurrence, old[1].Fingerprint, old[1].Occurrence)
	}
	file := filepath.Join(t.TempDir(), "baseline.json")
	if err := NewBaseline(old).Write(file); err != nil {
		t.Fatal(err)
	}
	b, err := ReadBaseline(file)
	if err != nil {
		t.Fatal(err)
	}
	if len(b.Findings) != 2 || b.Findings[0].Count != 2 || b.Findings[0].File != "a.go" {
		t.Errorf("baseline entries: %+v", b.Findings)
	}

	// Lines moved, re-indented: all accepted. A third copy and a new finding are new.
	now := []*Finding{
		finding("demo/alpha", "a.go", 13, "  w.WriteHeader(42)", "invalid code 42"),
		finding("demo/alpha", "a.go", 23, "w.WriteHeader(42)", "invalid code 42"),
		finding("demo/alpha", "a.go", 30, "w.WriteHeader(42)", "invalid code 42"),
		finding("demo/alpha", "b.go", 9, "x()", "something"),
		finding("demo/alpha", "b.go", 12, "y()", "something"),
	}
	SetFingerprints(now)
	fresh, accepted := b.Filter(now)
	if accepted != 3 || len(fresh) != 2 || fresh[0].Start.Line != 30 || fresh[1].Start.Line != 12 {
		t.Errorf("Filter: accepted %d, new %v", accepted, fresh)
	}

	if _, err := ReadBaseline(filepath.Join(t.TempDir(), "missing.json")); err == nil {
		t.Error("reading a missing baseline: no error")
	}
}

func TestSARIF(t *testing.T) {
	rs, err := rules.For(demo)
	if err != nil {
		t.Fatal(err)
	}
	fs := []*Finding{
		finding("demo/alpha", "dir with space/a.go", 3, "\tabcdef", "bad thing"),
		finding("demo/undocumented", "b.go", 4, "\tabcdef", "other thing"),
	}
	fs[0].Fixes = []Fix{{Message: "Replace it", Edits: []Edit{{File: "/src/a.go", RelPath: "dir with space/a.go", Start: Pos{Offset: 100}, End: Pos{Offset: 103}, New: "xyz"}}}}
	SetFingerprints(fs)
	var buf bytes.Buffer
	err = WriteSARIF(&buf, fs, "/src", SARIFOptions{
		Tool:       Tool{Name: "protolint", Version: "1.2.3", SemanticVersion: "1.2.3", InformationURI: "https://example.com"},
		Rules:      rs,
		Invocation: Invocation{Successful: true, ExitCode: 3, WorkingDir: "/src"},
	})
	if err != nil {
		t.Fatal(err)
	}
	var log struct {
		Runs []struct {
			Tool struct {
				Driver struct {
					Rules []struct {
						ID      string
						HelpURI string `json:"helpUri"`
					}
				}
			}
			OriginalURIBaseIDs map[string]struct{ URI string } `json:"originalUriBaseIds"`
			Results            []struct {
				RuleID    string
				RuleIndex int
				Message   struct{ Text string }
				Locations []struct {
					PhysicalLocation struct {
						ArtifactLocation struct {
							URI       string
							URIBaseID string `json:"uriBaseId"`
						}
						Region struct {
							StartLine, StartColumn, EndLine, EndColumn int
							Snippet                                    struct{ Text string }
						}
					}
				}
				PartialFingerprints map[string]string
				Fixes               []json.RawMessage
			}
		}
	}
	if err := json.Unmarshal(buf.Bytes(), &log); err != nil {
		t.Fatal(err)
	}
	run := log.Runs[0]
	if got := run.OriginalURIBaseIDs[SrcRoot].URI; got != "file:///src/" {
		t.Errorf("%%SRCROOT%% = %q", got)
	}
	var ids []string
	for _, r := range run.Tool.Driver.Rules {
		ids = append(ids, r.ID)
	}
	if strings.Join(ids, " ") != "demo/alpha demo/directive demo/undocumented" {
		t.Errorf("rules %v: want the documented ones, then a generic rule for the undocumented category", ids)
	}
	if run.Tool.Driver.Rules[0].HelpURI != "https://example.com/demo#alpha" {
		t.Errorf("helpUri %q", run.Tool.Driver.Rules[0].HelpURI)
	}
	r0, r1 := run.Results[0], run.Results[1]
	loc := r0.Locations[0].PhysicalLocation
	if r0.RuleIndex != 0 || r1.RuleIndex != 2 || r0.Message.Text != "Bad thing." ||
		loc.ArtifactLocation.URI != "dir%20with%20space/a.go" || loc.ArtifactLocation.URIBaseID != SrcRoot ||
		loc.Region.StartLine != 3 || loc.Region.StartColumn != 2 || loc.Region.EndColumn != 5 || loc.Region.Snippet.Text != "abc" ||
		!strings.HasSuffix(r0.PartialFingerprints[FingerprintKey], ":1") || len(r0.Fixes) != 1 {
		t.Errorf("results:\n%s", buf.String())
	}
}

func TestGitHub(t *testing.T) {
	f := finding("demo/alpha", "a,b.go", 3, "x", "100% wrong:\nsecond line")
	f.Start.Col16, f.End.Col16 = 4, 7
	var buf bytes.Buffer
	if err := WriteGitHub(&buf, []*Finding{f}); err != nil {
		t.Fatal(err)
	}
	want := "::error file=a%2Cb.go,line=3,col=4,endLine=3,endColumn=7,title=demo/alpha::100%25 wrong:%0Asecond line\n"
	if buf.String() != want {
		t.Errorf("got  %q\nwant %q", buf.String(), want)
	}
}

func TestUTF16Columns(t *testing.T) {
	dir := t.TempDir()
	file := filepath.Join(dir, "a.go")
	// "é" is 2 bytes and 1 UTF-16 unit; "😀" is 4 bytes and 2 UTF-16 units.
	if err := os.WriteFile(file, []byte("package a\n\nvar s = \"é😀\" + x\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	c, err := NewCollector(dir)
	if err != nil {
		t.Fatal(err)
	}
	// x is at byte column 20 (1-based): var s = "é😀" + x
	p := c.pos(c.abs(file), token.Position{Filename: file, Line: 3, Column: 20, Offset: 30})
	if p.Col != 20 || p.Col16 != 17 {
		t.Errorf("column of x: bytes %d, UTF-16 %d; want 20, 17", p.Col, p.Col16)
	}
	if rel := c.rel(c.abs(file)); rel != "a.go" {
		t.Errorf("rel = %q", rel)
	}
	if rel := c.rel("/elsewhere/b.go"); rel != "" {
		t.Errorf("a file outside the root: rel = %q, want \"\"", rel)
	}
}
