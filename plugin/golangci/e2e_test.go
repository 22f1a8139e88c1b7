package golangci_test

// End-to-end test with the real golangci-lint: it builds golangci-lint v2.15.0 with
// this plugin offline (gclbuild: a wrapper module, the Go module proxy, no git), runs
// it with .golangci.example.yml on a copy of testdata/e2e, and compares its issues
// with the findings of protolint itself on the same copy.
//
// It is skipped with -short. It takes a few minutes on a cold build cache (the
// golangci-lint build dominates), seconds when warm. Set PROTOLINT_CUSTOM_GCL to an
// existing custom golangci-lint binary to skip the build.

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"runtime"
	"slices"
	"sort"
	"strings"
	"testing"
	"time"

	"github.com/protolint/protolint/analyzers"
	"github.com/protolint/protolint/plugin/golangci/gclbuild"
)

// finding identifies a finding the same way in both tools' output.
type finding struct {
	Linter  string // golangci-lint linter = protolint analyzer
	File    string // slash path relative to the module
	Line    int
	Col     int
	Message string
}

func (f finding) String() string {
	return fmt.Sprintf("%s:%d:%d: %s (%s)", f.File, f.Line, f.Col, f.Message, f.Linter)
}

type e2eEnv struct {
	root, tmp  string
	gcl, proto string // binaries
	cache      string // GOLANGCI_LINT_CACHE
}

type result struct {
	stdout, stderr string
	code           int
}

func (e *e2eEnv) run(t *testing.T, dir, name string, args ...string) result {
	t.Helper()
	ctx, cancel := context.WithTimeout(context.Background(), 15*time.Minute)
	defer cancel()
	cmd := exec.CommandContext(ctx, name, args...)
	cmd.Dir = dir
	cmd.Env = append(os.Environ(), "GOWORK=off", "GOLANGCI_LINT_CACHE="+e.cache)
	var stdout, stderr bytes.Buffer
	cmd.Stdout, cmd.Stderr = &stdout, &stderr
	start := time.Now()
	err := cmd.Run()
	t.Logf("(cd %s && %s %s): %.1fs", dir, filepath.Base(name), strings.Join(args, " "), time.Since(start).Seconds())
	res := result{stdout: stdout.String(), stderr: stderr.String()}
	var exit *exec.ExitError
	switch {
	case err == nil:
	case errors.As(err, &exit):
		res.code = exit.ExitCode()
	default:
		t.Fatalf("%s: %v\n%s", name, err, stderr.String())
	}
	return res
}

func TestGolangciLintE2E(t *testing.T) {
	if testing.Short() {
		t.Skip("end-to-end test with a custom golangci-lint: skipped with -short")
	}
	root, err := filepath.Abs(filepath.Join("..", ".."))
	if err != nil {
		t.Fatal(err)
	}
	e := &e2eEnv{root: root, tmp: t.TempDir()}
	e.cache = filepath.Join(e.tmp, "gcl-cache")

	e.gcl = os.Getenv("PROTOLINT_CUSTOM_GCL")
	if e.gcl == "" {
		e.gcl = filepath.Join(e.tmp, "custom-gcl")
		var log bytes.Buffer
		start := time.Now()
		err := gclbuild.Build(context.Background(), gclbuild.Options{Output: e.gcl, Protolint: root, Log: &log})
		if err != nil {
			t.Fatalf("building golangci-lint %s with the plugin: %v\n%s", gclbuild.DefaultVersion, err, log.String())
		}
		t.Logf("built golangci-lint %s with the plugin in %.1fs", gclbuild.DefaultVersion, time.Since(start).Seconds())
	}
	if res := e.run(t, e.tmp, e.gcl, "version"); res.code != 0 || !strings.Contains(res.stdout+res.stderr, strings.TrimPrefix(gclbuild.DefaultVersion, "v")) {
		t.Fatalf("custom-gcl version: exit %d\n%s%s", res.code, res.stdout, res.stderr)
	}
	e.proto = filepath.Join(e.tmp, "protolint")
	if res := e.run(t, root, "go", "build", "-o", e.proto, "./cmd/protolint"); res.code != 0 {
		t.Fatalf("go build ./cmd/protolint:\n%s", res.stderr)
	}

	example, err := os.ReadFile(filepath.Join(root, ".golangci.example.yml"))
	if err != nil {
		t.Fatal(err)
	}
	mod := e.copyModule(t, "e2e", string(example))

	// The reference: protolint itself on the same module.
	want := e.protolint(t, mod)
	perAnalyzer := make(map[string]int)
	for f := range want {
		perAnalyzer[f.Linter]++
	}
	t.Logf("protolint: %d findings %v", len(want), perAnalyzer)

	t.Run("default", func(t *testing.T) {
		got := e.golangci(t, mod)
		compare(t, "golangci-lint with .golangci.example.yml vs protolint", got, want)
		for _, a := range analyzers.All {
			n := 0
			for f := range got {
				if f.Linter == a.Name {
					n++
				}
			}
			switch {
			case n > 0:
			case perAnalyzer[a.Name] == 0:
				t.Errorf("%s: testdata/e2e has no finding of this analyzer; add a case so that the plugin is tested for it", a.Name)
			default:
				t.Errorf("%s: no issue from linter %s", a.Name, a.Name)
			}
		}
	})

	t.Run("setting", func(t *testing.T) {
		// httpstatus allow: [499] removes exactly the findings about 499.
		is499 := regexp.MustCompile(`\b499\b`)
		about499 := func(f finding) bool { return f.Linter == "httpstatus" && is499.MatchString(f.Message) }
		if countWhere(want, about499) == 0 {
			t.Fatal("no httpstatus finding about 499 in testdata/e2e")
		}
		cfg := replaceOnce(t, string(example), "allow: [] #", "allow: [499] #")
		dir := e.copyModule(t, "allow499", cfg)
		compare(t, "httpstatus allow: [499]", e.golangci(t, dir), without(want, about499))

		// A list of two, and a boolean: literal: false drops the literal findings.
		isLiteral := func(f finding) bool {
			return f.Linter == "httpstatus" && strings.HasPrefix(f.Message, "numeric status code ")
		}
		if countWhere(want, isLiteral) == 0 {
			t.Fatal("no httpstatus literal finding in testdata/e2e")
		}
		cfg = replaceOnce(t, cfg, "allow: [499] #", "allow: [499, 520] #")
		cfg = replaceOnce(t, cfg, "literal: true # report integer literals where net/http", "literal: false # report integer literals where net/http")
		is520 := func(f finding) bool {
			return f.Linter == "httpstatus" && strings.HasPrefix(f.Message, "unregistered HTTP status code 520")
		}
		dir = e.copyModule(t, "allow499520", cfg)
		compare(t, "httpstatus allow: [499, 520], literal: false", e.golangci(t, dir),
			without(want, func(f finding) bool { return about499(f) || is520(f) || isLiteral(f) }))
	})

	t.Run("unknown-setting", func(t *testing.T) {
		cfg := replaceOnce(t, string(example), "allow: [] #", "nosuch: 1\n          allow: [] #")
		dir := e.copyModule(t, "unknown", cfg)
		res := e.run(t, dir, e.gcl, "run", "./...")
		if res.code != 3 || !strings.Contains(res.stderr, `httpstatus: unknown setting "nosuch"; valid settings: allow, literal`) {
			t.Errorf("an unknown setting: want exit status 3 and an error naming the valid settings, got %d\n%s%s", res.code, res.stdout, res.stderr)
		}
	})

	t.Run("custom-gcl.yml", func(t *testing.T) {
		// The real `golangci-lint custom` with the repository's .custom-gcl.yml. It
		// clones golangci-lint from github.com, which this test must not need: a git
		// shim first on PATH serves that one clone from the module cache (the rest of
		// git is the real one). The resulting binary must find the same issues.
		if runtime.GOOS == "windows" {
			t.Skip("the git shim is a shell script")
		}
		git, err := exec.LookPath("git")
		if err != nil {
			t.Skip("git is not installed; golangci-lint custom needs it")
		}
		if res := e.run(t, e.tmp, "go", "mod", "download", "github.com/golangci/golangci-lint/v2@"+gclbuild.DefaultVersion); res.code != 0 {
			t.Fatalf("go mod download: %s", res.stderr)
		}
		shimDir := filepath.Join(e.tmp, "gitshim")
		if err := os.MkdirAll(shimDir, 0o755); err != nil {
			t.Fatal(err)
		}
		shim := "#!/bin/sh\n" +
			"# Serve golangci-lint's clone from the Go module cache; pass everything else to git.\n" +
			"if [ \"$1\" = clone ] && echo \"$*\" | grep -q 'golangci/golangci-lint.git'; then\n" +
			"  tag=$(echo \"$*\" | sed -n 's/.*--branch \\([^ ]*\\).*/\\1/p')\n" +
			"  cp -r \"$(go env GOMODCACHE)/github.com/golangci/golangci-lint/v2@$tag\" golangci-lint && chmod -R u+w golangci-lint\n" +
			"  exit $?\n" +
			"fi\n" +
			"exec " + git + " \"$@\"\n"
		if err := os.WriteFile(filepath.Join(shimDir, "git"), []byte(shim), 0o755); err != nil {
			t.Fatal(err)
		}
		dest := filepath.Join(e.tmp, "custom-out")
		cmd := exec.Command(e.gcl, "custom", "--destination", dest)
		cmd.Dir = root
		cmd.Env = append(os.Environ(), "GOWORK=off", "PATH="+shimDir+string(os.PathListSeparator)+os.Getenv("PATH"))
		start := time.Now()
		out, err := cmd.CombinedOutput()
		t.Logf("(cd %s && golangci-lint custom --destination %s): %.1fs", root, dest, time.Since(start).Seconds())
		if err != nil {
			t.Fatalf("golangci-lint custom with .custom-gcl.yml: %v\n%s", err, out)
		}
		built := &e2eEnv{root: root, tmp: e.tmp, gcl: filepath.Join(dest, "custom-gcl"), cache: filepath.Join(e.tmp, "gcl-cache-custom")}
		compare(t, "binary from golangci-lint custom", built.golangci(t, mod), want)
	})

	t.Run("nolint", func(t *testing.T) {
		// //nolint:httpstatus suppresses httpstatus on its line and nothing else.
		hs, ok := pickLine(mod, want, "httpstatus")
		if !ok {
			t.Fatal("no httpstatus finding on a line with a // want comment")
		}
		ws, ok := pickLine(mod, want, "wsclose")
		if !ok {
			t.Fatal("no wsclose finding on a line with a // want comment")
		}
		dir := e.copyModule(t, "nolint", string(example))
		setLineComment(t, dir, hs, "//nolint:httpstatus // e2e: suppressed")
		setLineComment(t, dir, ws, "//nolint:httpstatus // e2e: names another linter, suppresses nothing")
		suppressed := func(f finding) bool { return f.Linter == "httpstatus" && f.File == hs.File && f.Line == hs.Line }
		if countWhere(want, suppressed) == 0 {
			t.Fatal("picked line has no httpstatus finding")
		}
		compare(t, "//nolint:httpstatus", e.golangci(t, dir), without(want, suppressed))
	})
}

// copyModule copies testdata/e2e to a new directory with config as .golangci.yml.
func (e *e2eEnv) copyModule(t *testing.T, name, config string) string {
	t.Helper()
	src := filepath.Join(e.root, "testdata", "e2e")
	dst := filepath.Join(e.tmp, name)
	if err := os.CopyFS(dst, os.DirFS(src)); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(filepath.Join(dst, ".golangci.yml"), []byte(config), 0o644); err != nil {
		t.Fatal(err)
	}
	return dst
}

// protolint returns the findings of `protolint -json ./...` in dir.
func (e *e2eEnv) protolint(t *testing.T, dir string) map[finding]bool {
	t.Helper()
	res := e.run(t, dir, e.proto, "-json", "./...")
	if res.code != 0 {
		t.Fatalf("protolint -json ./...: exit status %d\n%s", res.code, res.stderr)
	}
	var tree map[string]map[string]json.RawMessage
	if err := json.Unmarshal([]byte(res.stdout), &tree); err != nil {
		t.Fatalf("protolint -json: %v", err)
	}
	out := make(map[finding]bool)
	for pkg, byAnalyzer := range tree {
		for name, raw := range byAnalyzer {
			var diags []struct {
				Posn    string `json:"posn"`
				Message string `json:"message"`
			}
			if err := json.Unmarshal(raw, &diags); err != nil {
				t.Fatalf("protolint -json: %s %s: %s", pkg, name, raw)
			}
			for _, d := range diags {
				var f finding
				file, line, col, ok := splitPosn(d.Posn)
				if !ok {
					t.Fatalf("bad posn %q", d.Posn)
				}
				rel, err := filepath.Rel(dir, file)
				if err != nil {
					t.Fatal(err)
				}
				f.Linter, f.File, f.Line, f.Col, f.Message = name, filepath.ToSlash(rel), line, col, d.Message
				out[f] = true
			}
		}
	}
	return out
}

// golangci returns the issues of `custom-gcl run ./...` in dir, without the
// "(related information)" issues that golangci-lint makes of related locations.
func (e *e2eEnv) golangci(t *testing.T, dir string) map[finding]bool {
	t.Helper()
	res := e.run(t, dir, e.gcl, "run", "--output.json.path=stdout", "--show-stats=false", "./...")
	if res.code != 0 && res.code != 1 {
		t.Fatalf("custom-gcl run ./...: exit status %d\n%s%s", res.code, res.stdout, res.stderr)
	}
	var report struct {
		Issues []struct {
			FromLinter string
			Text       string
			Pos        struct {
				Filename     string
				Line, Column int
			}
		}
	}
	if err := json.Unmarshal([]byte(res.stdout), &report); err != nil {
		t.Fatalf("custom-gcl JSON: %v\n%s", err, res.stdout)
	}
	if (res.code == 1) != (len(report.Issues) > 0) {
		t.Errorf("custom-gcl run: exit status %d with %d issues; want 1 with issues, 0 without", res.code, len(report.Issues))
	}
	out := make(map[finding]bool)
	for _, is := range report.Issues {
		if strings.HasPrefix(is.Text, is.FromLinter+"(related information): ") {
			continue
		}
		out[finding{is.FromLinter, filepath.ToSlash(is.Pos.Filename), is.Pos.Line, is.Pos.Column, is.Text}] = true
	}
	return out
}

func splitPosn(posn string) (file string, line, col int, ok bool) {
	i := strings.LastIndexByte(posn, ':')
	j := strings.LastIndexByte(posn[:max(i, 0)], ':')
	if i < 0 || j < 0 {
		return "", 0, 0, false
	}
	if _, err := fmt.Sscanf(posn[j+1:], "%d:%d", &line, &col); err != nil {
		return "", 0, 0, false
	}
	return posn[:j], line, col, true
}

func compare(t *testing.T, what string, got, want map[finding]bool) {
	t.Helper()
	var missing, extra []string
	for f := range want {
		if !got[f] {
			missing = append(missing, f.String())
		}
	}
	for f := range got {
		if !want[f] {
			extra = append(extra, f.String())
		}
	}
	sort.Strings(missing)
	sort.Strings(extra)
	if len(missing)+len(extra) > 0 {
		t.Errorf("%s: issues differ\nmissing (%d):\n\t%s\nunexpected (%d):\n\t%s", what,
			len(missing), strings.Join(missing, "\n\t"), len(extra), strings.Join(extra, "\n\t"))
	}
}

func without(set map[finding]bool, drop func(finding) bool) map[finding]bool {
	out := make(map[finding]bool)
	for f := range set {
		if !drop(f) {
			out[f] = true
		}
	}
	return out
}

func countWhere(set map[finding]bool, pred func(finding) bool) int {
	n := 0
	for f := range set {
		if pred(f) {
			n++
		}
	}
	return n
}

func replaceOnce(t *testing.T, s, old, new string) string {
	t.Helper()
	if strings.Count(s, old) != 1 {
		t.Fatalf(".golangci.example.yml: want exactly one %q", old)
	}
	return strings.Replace(s, old, new, 1)
}

// pickLine returns the first finding of linter, in file order, on a line that ends
// in a "// want" comment and has findings of that linter only.
func pickLine(dir string, set map[finding]bool, linter string) (finding, bool) {
	var fs []finding
	for f := range set {
		fs = append(fs, f)
	}
	sort.Slice(fs, func(i, j int) bool { return fs[i].String() < fs[j].String() })
	for _, f := range fs {
		if f.Linter != linter {
			continue
		}
		if slices.ContainsFunc(fs, func(g finding) bool { return g.File == f.File && g.Line == f.Line && g.Linter != linter }) {
			continue
		}
		data, err := os.ReadFile(filepath.Join(dir, f.File))
		if err != nil {
			continue
		}
		lines := strings.Split(string(data), "\n")
		if f.Line <= len(lines) && strings.Contains(lines[f.Line-1], "// want ") && !strings.HasPrefix(strings.TrimSpace(lines[f.Line-1]), "//") {
			return f, true
		}
	}
	return finding{}, false
}

// setLineComment replaces the "// want" comment of f's line with comment.
func setLineComment(t *testing.T, dir string, f finding, comment string) {
	t.Helper()
	path := filepath.Join(dir, f.File)
	data, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	lines := strings.Split(string(data), "\n")
	line := lines[f.Line-1]
	i := strings.Index(line, "// want ")
	lines[f.Line-1] = strings.TrimRight(line[:i], " \t") + " " + comment
	if err := os.WriteFile(path, []byte(strings.Join(lines, "\n")), 0o644); err != nil {
		t.Fatal(err)
	}
}
