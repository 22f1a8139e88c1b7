// End-to-end tests for the protolint binary.
//
// TestMain builds cmd/protolint once; the tests then run the binary, both
// standalone and as `go vet -vettool`, on the module in testdata/e2e, which
// requires the real framework modules (gin, echo v4/v5, fiber v2/v3,
// fasthttp, chi, chi render) pinned by its committed go.sum.
//
// Expected findings are written in the analyzed sources as analysistest-style
// comments, `// want "REGEXP" ...` (or `/* want ... */`), on the line of the
// finding. The check is exact: every diagnostic must be matched by a want on
// its line and every want by exactly one diagnostic.
//
// The tests are skipped with -short. They need the module cache (or the Go
// module proxy) for the e2e module's dependencies and take a few minutes,
// mostly for the go vet runs, which use a fresh GOCACHE (see drivers.md §1.2
// for the vet result-cache pitfall).
//
// Set PROTOLINT_E2E_BINARY to an existing multichecker binary to skip the
// build (useful to check the harness itself).
//
// The files under testdata/e2e are never modified: the -fix tests work on a
// copy of the module, and TestMain checks the tree is unchanged at the end.
package main_test

import (
	"bytes"
	"context"
	"crypto/sha256"
	"encoding/json"
	"errors"
	"flag"
	"fmt"
	"go/parser"
	"go/scanner"
	"go/token"
	"io/fs"
	"maps"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"slices"
	"sort"
	"strconv"
	"strings"
	"sync"
	"testing"
	"time"
)

var (
	repoRoot  string // absolute path of the protolint module
	e2eDir    string // testdata/e2e
	brokenDir string // testdata/e2e-broken
	binPath   string // the protolint binary under test
	vetCache  string // GOCACHE shared by the go vet runs of this test process
	tmpRoot   string // scratch space, removed at exit
	buildErr  error  // non-nil if the binary could not be built
)

const cmdTimeout = 15 * time.Minute

func TestMain(m *testing.M) {
	flag.Parse()
	if testing.Short() {
		os.Exit(m.Run())
	}
	os.Exit(e2eMain(m))
}

func e2eMain(m *testing.M) int {
	var err error
	repoRoot, err = filepath.Abs(filepath.Join("..", ".."))
	if err != nil {
		fmt.Fprintln(os.Stderr, err)
		return 1
	}
	if r, err := filepath.EvalSymlinks(repoRoot); err == nil {
		repoRoot = r
	}
	e2eDir = filepath.Join(repoRoot, "testdata", "e2e")
	brokenDir = filepath.Join(repoRoot, "testdata", "e2e-broken")

	tmpRoot, err = os.MkdirTemp("", "protolint-e2e-")
	if err != nil {
		fmt.Fprintln(os.Stderr, err)
		return 1
	}
	defer os.RemoveAll(tmpRoot)
	vetCache = filepath.Join(tmpRoot, "gocache-vet")
	if err := os.Mkdir(vetCache, 0o755); err != nil {
		fmt.Fprintln(os.Stderr, err)
		return 1
	}

	if bin := os.Getenv("PROTOLINT_E2E_BINARY"); bin != "" {
		binPath, err = filepath.Abs(bin)
		if err == nil {
			_, err = os.Stat(binPath)
		}
		buildErr = err
	} else {
		binPath = filepath.Join(tmpRoot, "protolint")
		cmd := exec.Command("go", "build", "-o", binPath, "github.com/protolint/protolint/cmd/protolint")
		cmd.Dir = repoRoot
		cmd.Env = subprocessEnv()
		if out, err := cmd.CombinedOutput(); err != nil {
			buildErr = fmt.Errorf("go build cmd/protolint: %v\n%s", err, out)
		}
	}

	before, err := snapshot(e2eDir)
	if err != nil {
		fmt.Fprintln(os.Stderr, err)
		return 1
	}
	code := m.Run()
	after, err := snapshot(e2eDir)
	if err != nil {
		fmt.Fprintln(os.Stderr, err)
		return 1
	}
	for name, sum := range before {
		if after[name] != sum {
			fmt.Fprintf(os.Stderr, "FAIL: e2e tests modified or removed testdata/e2e/%s\n", name)
			code = 1
		}
	}
	for name := range after {
		if _, ok := before[name]; !ok {
			fmt.Fprintf(os.Stderr, "FAIL: e2e tests created testdata/e2e/%s\n", name)
			code = 1
		}
	}
	return code
}

// snapshot returns the SHA-256 of every file under dir, by relative path.
func snapshot(dir string) (map[string][32]byte, error) {
	sums := make(map[string][32]byte)
	err := filepath.WalkDir(dir, func(path string, d fs.DirEntry, err error) error {
		if err != nil || d.IsDir() {
			return err
		}
		data, err := os.ReadFile(path)
		if err != nil {
			return err
		}
		rel, _ := filepath.Rel(dir, path)
		sums[filepath.ToSlash(rel)] = sha256.Sum256(data)
		return nil
	})
	return sums, err
}

// needBinary skips in -short mode and fails if the binary is unavailable.
func needBinary(t *testing.T) {
	t.Helper()
	if testing.Short() {
		t.Skip("end-to-end test: skipped with -short")
	}
	if buildErr != nil {
		t.Fatalf("protolint binary unavailable: %v", buildErr)
	}
}

// subprocessEnv is the environment of every subprocess: the test's own, with
// go.work disabled. GOFLAGS is deliberately left alone: the e2e modules rely
// on their committed go.sum.
func subprocessEnv(extra ...string) []string {
	return append(append(os.Environ(), "GOWORK=off"), extra...)
}

type result struct {
	stdout, stderr string
	code           int
	cmdline        string
}

func (r result) String() string {
	return fmt.Sprintf("$ %s\nexit status %d\n--- stdout:\n%s--- stderr:\n%s", r.cmdline, r.code, r.stdout, r.stderr)
}

// run runs name with args in dir and returns its output and exit code.
func run(t *testing.T, dir string, env []string, name string, args ...string) result {
	t.Helper()
	ctx, cancel := context.WithTimeout(context.Background(), cmdTimeout)
	defer cancel()
	cmd := exec.CommandContext(ctx, name, args...)
	cmd.Dir = dir
	cmd.Env = env
	var stdout, stderr bytes.Buffer
	cmd.Stdout, cmd.Stderr = &stdout, &stderr
	start := time.Now()
	err := cmd.Run()
	res := result{
		stdout:  stdout.String(),
		stderr:  stderr.String(),
		cmdline: fmt.Sprintf("(cd %s && %s %s)", dir, filepath.Base(name), strings.Join(args, " ")),
	}
	t.Logf("%s: %.1fs", res.cmdline, time.Since(start).Seconds())
	var exitErr *exec.ExitError
	switch {
	case err == nil:
	case ctx.Err() != nil:
		t.Fatalf("%s: timed out after %v\n%s", res.cmdline, cmdTimeout, res)
	case errors.As(err, &exitErr):
		res.code = exitErr.ExitCode()
	default:
		t.Fatalf("%s: %v", res.cmdline, err)
	}
	return res
}

func protolint(t *testing.T, dir string, args ...string) result {
	t.Helper()
	return run(t, dir, subprocessEnv(), binPath, args...)
}

func goVet(t *testing.T, dir string, args ...string) result {
	t.Helper()
	args = append([]string{"vet", "-vettool=" + binPath}, args...)
	return run(t, dir, subprocessEnv("GOCACHE="+vetCache), "go", args...)
}

// ---- diagnostics ----

type jsonEdit struct {
	Filename string `json:"filename"`
	Start    int    `json:"start"`
	End      int    `json:"end"`
	New      string `json:"new"`
}

type jsonFix struct {
	Message string     `json:"message"`
	Edits   []jsonEdit `json:"edits"`
}

type jsonDiag struct {
	Posn           string            `json:"posn"`
	End            string            `json:"end"`
	Message        string            `json:"message"`
	Category       string            `json:"category"`
	SuggestedFixes []jsonFix         `json:"suggested_fixes"`
	Related        []json.RawMessage `json:"related"`
}

// diag is one diagnostic, deduplicated across a package and its test variant.
type diag struct {
	File     string // absolute, symlinks resolved
	Line     int
	Col      int
	Analyzer string
	jsonDiag
}

func (d diag) key() lineMsg { return lineMsg{d.File, d.Line, d.Message} }

// lineMsg identifies a finding independently of the driver's output format.
type lineMsg struct {
	File    string
	Line    int
	Message string
}

func (k lineMsg) String() string {
	return fmt.Sprintf("%s:%d: %s", relToRepo(k.File), k.Line, k.Message)
}

func relToRepo(file string) string {
	if rel, err := filepath.Rel(repoRoot, file); err == nil && !strings.HasPrefix(rel, "..") {
		return filepath.ToSlash(rel)
	}
	return file
}

func canonFile(dir, file string) string {
	if !filepath.IsAbs(file) {
		file = filepath.Join(dir, file)
	}
	file = filepath.Clean(file)
	if r, err := filepath.EvalSymlinks(file); err == nil {
		file = r
	}
	return file
}

// splitPosn splits "file:line:col".
func splitPosn(posn string) (file string, line, col int, ok bool) {
	i := strings.LastIndexByte(posn, ':')
	if i < 0 {
		return
	}
	j := strings.LastIndexByte(posn[:i], ':')
	if j < 0 {
		return
	}
	line, err1 := strconv.Atoi(posn[j+1 : i])
	col, err2 := strconv.Atoi(posn[i+1:])
	if err1 != nil || err2 != nil {
		return
	}
	return posn[:j], line, col, true
}

// parseJSONTree parses the standalone -json output:
// {pkgID: {analyzer: [diagnostic...] | {"error": "..."}}}.
// Analyzer errors are reported with t.Errorf.
func parseJSONTree(t *testing.T, dir string, out string) []diag {
	t.Helper()
	var tree map[string]map[string]json.RawMessage
	if err := json.Unmarshal([]byte(out), &tree); err != nil {
		t.Fatalf("cannot parse -json output: %v\n%s", err, out)
	}
	type dedupKey struct{ posn, message string }
	seen := make(map[dedupKey]bool)
	var diags []diag
	for _, pkg := range slices.Sorted(maps.Keys(tree)) {
		for _, analyzer := range slices.Sorted(maps.Keys(tree[pkg])) {
			raw := bytes.TrimSpace(tree[pkg][analyzer])
			if len(raw) > 0 && raw[0] == '{' {
				var e struct {
					Error string `json:"error"`
				}
				_ = json.Unmarshal(raw, &e)
				t.Errorf("analyzer %s failed on package %s: %s", analyzer, pkg, e.Error)
				continue
			}
			var list []jsonDiag
			if err := json.Unmarshal(raw, &list); err != nil {
				t.Fatalf("package %s, analyzer %s: cannot parse diagnostics: %v\n%s", pkg, analyzer, err, raw)
			}
			for _, jd := range list {
				k := dedupKey{jd.Posn, jd.Message}
				if seen[k] {
					continue
				}
				seen[k] = true
				file, line, col, ok := splitPosn(jd.Posn)
				if !ok {
					t.Errorf("package %s, analyzer %s: bad posn %q", pkg, analyzer, jd.Posn)
					continue
				}
				diags = append(diags, diag{File: canonFile(dir, file), Line: line, Col: col, Analyzer: analyzer, jsonDiag: jd})
			}
		}
	}
	sort.Slice(diags, func(i, j int) bool {
		a, b := diags[i], diags[j]
		if a.File != b.File {
			return a.File < b.File
		}
		if a.Line != b.Line {
			return a.Line < b.Line
		}
		if a.Col != b.Col {
			return a.Col < b.Col
		}
		return a.Message < b.Message
	})
	return diags
}

var textDiagRE = regexp.MustCompile(`^(.+\.go):(\d+):(\d+): (.*)$`)

// parseText extracts the set of `file:line:col: message` lines printed by the
// standalone checker or by go vet (paths relative to dir). `# pkg` headers,
// related-information lines (message starting with a tab) and anything else
// are ignored.
func parseText(dir, out string) map[lineMsg]bool {
	set := make(map[lineMsg]bool)
	for _, l := range strings.Split(out, "\n") {
		if strings.HasPrefix(l, "#") {
			continue
		}
		m := textDiagRE.FindStringSubmatch(l)
		if m == nil || strings.HasPrefix(m[4], "\t") {
			continue
		}
		line, _ := strconv.Atoi(m[2])
		set[lineMsg{canonFile(dir, m[1]), line, m[4]}] = true
	}
	return set
}

func keySet(diags []diag) map[lineMsg]bool {
	set := make(map[lineMsg]bool)
	for _, d := range diags {
		set[d.key()] = true
	}
	return set
}

func without(set map[lineMsg]bool, drop func(lineMsg) bool) map[lineMsg]bool {
	out := make(map[lineMsg]bool)
	for k := range set {
		if !drop(k) {
			out[k] = true
		}
	}
	return out
}

// compareSets reports the differences between got and want.
func compareSets(t *testing.T, what string, got, want map[lineMsg]bool) {
	t.Helper()
	var missing, extra []string
	for k := range want {
		if !got[k] {
			missing = append(missing, k.String())
		}
	}
	for k := range got {
		if !want[k] {
			extra = append(extra, k.String())
		}
	}
	sort.Strings(missing)
	sort.Strings(extra)
	if len(missing) > 0 || len(extra) > 0 {
		t.Errorf("%s: findings differ from the expected set\nmissing (%d):\n\t%s\nunexpected (%d):\n\t%s",
			what, len(missing), strings.Join(missing, "\n\t"), len(extra), strings.Join(extra, "\n\t"))
	}
}

// ---- want annotations ----

type want struct {
	File string
	Line int
	Src  string // the Go string literal as written
	Re   *regexp.Regexp
}

func (w want) String() string {
	return fmt.Sprintf("%s:%d: want %s", relToRepo(w.File), w.Line, w.Src)
}

// collectWants parses every .go file under dir and returns its want
// expectations. A want comment is a // or /* */ comment whose text starts
// with "want" followed by one or more Go string literals, each a regexp that
// must match one diagnostic message reported on the comment's line.
func collectWants(t *testing.T, dir string) []want {
	t.Helper()
	var wants []want
	fset := token.NewFileSet()
	err := filepath.WalkDir(dir, func(path string, d fs.DirEntry, err error) error {
		if err != nil || d.IsDir() || !strings.HasSuffix(path, ".go") {
			return err
		}
		f, err := parser.ParseFile(fset, path, nil, parser.ParseComments|parser.SkipObjectResolution)
		if err != nil {
			return err
		}
		file := canonFile(dir, path)
		for _, cg := range f.Comments {
			for _, c := range cg.List {
				ws, err := parseWantComment(c.Text)
				if err != nil {
					t.Errorf("%s: malformed want comment %q: %v", fset.Position(c.Pos()), c.Text, err)
					continue
				}
				line := fset.Position(c.Pos()).Line
				for _, src := range ws {
					w := want{File: file, Line: line, Src: src}
					pattern, _ := strconv.Unquote(src)
					w.Re, err = regexp.Compile(pattern)
					if err != nil {
						t.Errorf("%s: bad want regexp %s: %v", fset.Position(c.Pos()), src, err)
						continue
					}
					wants = append(wants, w)
				}
			}
		}
		return nil
	})
	if err != nil {
		t.Fatalf("parsing want comments in %s: %v", dir, err)
	}
	return wants
}

// parseWantComment returns the string literals of a want comment (nil if the
// comment is not a want comment).
func parseWantComment(text string) ([]string, error) {
	switch {
	case strings.HasPrefix(text, "//"):
		text = text[2:]
	case strings.HasPrefix(text, "/*"):
		text = strings.TrimSuffix(text[2:], "*/")
	}
	text = strings.TrimSpace(text)
	rest, ok := strings.CutPrefix(text, "want")
	if !ok || (rest != "" && rest[0] != ' ' && rest[0] != '\t') {
		return nil, nil
	}
	var s scanner.Scanner
	fset := token.NewFileSet()
	src := []byte(rest)
	var scanErr error
	s.Init(fset.AddFile("want", -1, len(src)), src, func(pos token.Position, msg string) {
		if scanErr == nil {
			scanErr = fmt.Errorf("col %d: %s", pos.Column, msg)
		}
	}, 0)
	var lits []string
	for {
		_, tok, lit := s.Scan()
		if tok == token.EOF {
			break
		}
		if tok == token.SEMICOLON && lit == "\n" {
			continue // automatically inserted
		}
		if tok != token.STRING {
			return nil, fmt.Errorf("expected string literal, got %s %q", tok, lit)
		}
		if _, err := strconv.Unquote(lit); err != nil {
			return nil, fmt.Errorf("bad string literal %s: %v", lit, err)
		}
		lits = append(lits, lit)
	}
	if scanErr != nil {
		return nil, scanErr
	}
	if len(lits) == 0 {
		return nil, errors.New("no expectations after want")
	}
	return lits, nil
}

// checkWants matches diagnostics against wants line by line (a maximum
// bipartite matching, so overlapping regexps on one line cannot cause a
// spurious failure) and reports every unmatched diagnostic and want.
func checkWants(t *testing.T, diags []diag, wants []want) {
	t.Helper()
	type fl struct {
		file string
		line int
	}
	diagsAt := make(map[fl][]diag)
	wantsAt := make(map[fl][]want)
	for _, d := range diags {
		diagsAt[fl{d.File, d.Line}] = append(diagsAt[fl{d.File, d.Line}], d)
	}
	for _, w := range wants {
		wantsAt[fl{w.File, w.Line}] = append(wantsAt[fl{w.File, w.Line}], w)
	}
	var problems []string
	lines := make(map[fl]bool)
	for k := range diagsAt {
		lines[k] = true
	}
	for k := range wantsAt {
		lines[k] = true
	}
	for k := range lines {
		ds, ws := diagsAt[k], wantsAt[k]
		// wantOf[j] = index of diagnostic matched to want j, or -1.
		wantOf := make([]int, len(ws))
		for j := range wantOf {
			wantOf[j] = -1
		}
		var augment func(i int, seen []bool) bool
		augment = func(i int, seen []bool) bool {
			for j, w := range ws {
				if seen[j] || !w.Re.MatchString(ds[i].Message) {
					continue
				}
				seen[j] = true
				if wantOf[j] < 0 || augment(wantOf[j], seen) {
					wantOf[j] = i
					return true
				}
			}
			return false
		}
		matched := make([]bool, len(ds))
		for i := range ds {
			matched[i] = augment(i, make([]bool, len(ws)))
		}
		for i, d := range ds {
			if !matched[i] {
				problems = append(problems, fmt.Sprintf("%s:%d:%d: unexpected diagnostic (%s): %s",
					relToRepo(d.File), d.Line, d.Col, d.Analyzer, d.Message))
			}
		}
		for j, w := range ws {
			if wantOf[j] < 0 {
				var got []string
				for _, d := range ds {
					got = append(got, strconv.Quote(d.Message))
				}
				msg := fmt.Sprintf("%s:%d: no diagnostic matching %s", relToRepo(w.File), w.Line, w.Src)
				if len(got) > 0 {
					msg += " (line has: " + strings.Join(got, ", ") + ")"
				}
				problems = append(problems, msg)
			}
		}
	}
	sort.Strings(problems)
	for _, p := range problems {
		t.Error(p)
	}
}

// ---- shared runs ----

var (
	defaultOnce  sync.Once
	defaultRes   result
	defaultDiags []diag
	defaultFatal string
)

// standaloneDiags returns the findings of `protolint -json ./...` in
// testdata/e2e (run once per test process).
func standaloneDiags(t *testing.T) []diag {
	t.Helper()
	needBinary(t)
	defaultOnce.Do(func() {
		defaultRes = protolint(t, e2eDir, "-json", "./...")
		if defaultRes.code != 0 {
			defaultFatal = fmt.Sprintf("protolint -json ./...: want exit status 0\n%s", defaultRes)
			return
		}
		defaultDiags = parseJSONTree(t, e2eDir, defaultRes.stdout)
	})
	if defaultFatal != "" {
		t.Fatal(defaultFatal)
	}
	if len(defaultDiags) == 0 {
		t.Fatalf("protolint -json ./... reported nothing in testdata/e2e\n%s", defaultRes)
	}
	return defaultDiags
}

func isLiteral(k lineMsg) bool { return strings.HasPrefix(k.Message, "numeric status code ") }

var about499 = regexp.MustCompile(`\b499\b`)

func is499(k lineMsg) bool { return about499.MatchString(k.Message) }

func countWhere(set map[lineMsg]bool, f func(lineMsg) bool) int {
	n := 0
	for k := range set {
		if f(k) {
			n++
		}
	}
	return n
}

// ---- tests ----

// TestE2EWants checks `protolint -json ./...` against the want annotations.
func TestE2EWants(t *testing.T) {
	diags := standaloneDiags(t)
	wants := collectWants(t, e2eDir)
	if len(wants) == 0 {
		t.Fatal("no want annotations found in testdata/e2e")
	}
	checkWants(t, diags, wants)

	// The literal fix replaces the literal with the constant named in the
	// message, qualified with the file's own name for net/http; in a file that
	// does not import net/http but imports fiber or fasthttp, with that
	// package's copy of the constant (analyzers/httpstatus/doc.go); otherwise
	// there is no fix.
	constRE := regexp.MustCompile(`; use (?:\w+\.)?(Status\w+)`)
	for _, d := range diags {
		if !strings.HasPrefix(d.Message, "numeric status code ") {
			continue
		}
		where := fmt.Sprintf("%s:%d", relToRepo(d.File), d.Line)
		qual, ok, err := literalFixQualifier(d.File)
		if err != nil {
			t.Fatal(err)
		}
		if !ok {
			if len(d.SuggestedFixes) > 0 {
				t.Errorf("%s: literal finding has a suggested fix although the file imports no package with status constants: %+v", where, d.SuggestedFixes)
			}
			continue
		}
		m := constRE.FindStringSubmatch(d.Message)
		if m == nil {
			t.Errorf("%s: literal finding does not name a constant: %s", where, d.Message)
			continue
		}
		wantNew := m[1]
		if qual != "" {
			wantNew = qual + "." + m[1]
		}
		if len(d.SuggestedFixes) != 1 || len(d.SuggestedFixes[0].Edits) != 1 || d.SuggestedFixes[0].Edits[0].New != wantNew {
			t.Errorf("%s: want one suggested fix replacing the literal with %s, got %+v", where, wantNew, d.SuggestedFixes)
		}
	}
}

// literalFixQualifier returns the qualifier a literal fix must use in file:
// the file's name for net/http ("" for a dot import), else its name for
// fiber (v2/v3) or fasthttp; ok is false if the file imports none of them.
func literalFixQualifier(file string) (qual string, ok bool, err error) {
	f, err := parser.ParseFile(token.NewFileSet(), file, nil, parser.ImportsOnly)
	if err != nil {
		return "", false, err
	}
	fallback := map[string]string{
		"github.com/gofiber/fiber/v2": "fiber",
		"github.com/gofiber/fiber/v3": "fiber",
		"github.com/valyala/fasthttp": "fasthttp",
	}
	var other string
	var haveOther bool
	for _, imp := range f.Imports {
		p, _ := strconv.Unquote(imp.Path.Value)
		name := ""
		if imp.Name != nil {
			name = imp.Name.Name
		}
		if p == "net/http" {
			switch name {
			case "":
				return "http", true, nil
			case ".":
				return "", true, nil
			default:
				return name, true, nil
			}
		}
		if def, known := fallback[p]; known && !haveOther {
			haveOther = true
			other = def
			if name == "." {
				other = ""
			} else if name != "" {
				other = name
			}
		}
	}
	return other, haveOther, nil
}

func TestE2EExitCodes(t *testing.T) {
	needBinary(t)

	t.Run("text", func(t *testing.T) {
		want := keySet(standaloneDiags(t))
		res := protolint(t, e2eDir, "./...")
		if res.code != 3 {
			t.Fatalf("protolint ./...: want exit status 3 (findings)\n%s", res)
		}
		compareSets(t, "protolint ./... (text, stderr) vs -json", parseText(e2eDir, res.stderr), want)
	})

	t.Run("clean", func(t *testing.T) {
		res := protolint(t, e2eDir, "./clean")
		if res.code != 0 || res.stdout != "" || res.stderr != "" {
			t.Errorf("protolint ./clean: want exit status 0 and no output\n%s", res)
		}
	})

	t.Run("broken", func(t *testing.T) {
		res := protolint(t, brokenDir, "./...")
		if res.code != 1 {
			t.Errorf("protolint ./... on a package with a type error: want exit status 1\n%s", res)
		}
	})

	t.Run("json", func(t *testing.T) {
		standaloneDiags(t) // fails unless exit status 0
	})

	t.Run("usage", func(t *testing.T) {
		res := protolint(t, e2eDir)
		if res.code != 1 {
			t.Errorf("protolint without arguments: want exit status 1 (usage)\n%s", res)
		}
	})
}

func TestE2EFlags(t *testing.T) {
	all := keySet(standaloneDiags(t))

	t.Run("literal=false", func(t *testing.T) {
		if countWhere(all, isLiteral) == 0 {
			t.Fatal("no `numeric status code` finding in the default run")
		}
		res := protolint(t, e2eDir, "-json", "-httpstatus.literal=false", "./...")
		if res.code != 0 {
			t.Fatalf("want exit status 0\n%s", res)
		}
		compareSets(t, "-httpstatus.literal=false", keySet(parseJSONTree(t, e2eDir, res.stdout)), without(all, isLiteral))
	})

	t.Run("allow=499", func(t *testing.T) {
		if countWhere(all, is499) == 0 {
			t.Fatal("no finding about 499 in the default run")
		}
		res := protolint(t, e2eDir, "-json", "-httpstatus.allow=499", "./...")
		if res.code != 0 {
			t.Fatalf("want exit status 0\n%s", res)
		}
		compareSets(t, "-httpstatus.allow=499", keySet(parseJSONTree(t, e2eDir, res.stdout)), without(all, is499))
	})

	t.Run("allow=499,520", func(t *testing.T) {
		is520 := func(k lineMsg) bool { return strings.HasPrefix(k.Message, "unregistered HTTP status code 520") }
		res := protolint(t, e2eDir, "-json", "-httpstatus.allow=499,520", "./...")
		if res.code != 0 {
			t.Fatalf("want exit status 0\n%s", res)
		}
		compareSets(t, "-httpstatus.allow=499,520", keySet(parseJSONTree(t, e2eDir, res.stdout)),
			without(all, func(k lineMsg) bool { return is499(k) || is520(k) }))
	})
}

// TestE2EVet runs the binary as a go vet tool. All go vet runs share one
// fresh GOCACHE created by TestMain, and the first one vets ./... , so the
// vet result-cache pitfall (drivers.md §1.2) cannot hide findings.
func TestE2EVet(t *testing.T) {
	all := keySet(standaloneDiags(t))

	res := goVet(t, e2eDir, "./...")
	if res.code != 1 {
		t.Fatalf("go vet -vettool ./...: want exit status 1 (findings)\n%s", res)
	}
	compareSets(t, "go vet -vettool ./... vs standalone", parseText(e2eDir, res.stderr), all)

	res = goVet(t, e2eDir, "-httpstatus.allow=499", "./...")
	if res.code != 1 {
		t.Fatalf("go vet -vettool -httpstatus.allow=499 ./...: want exit status 1\n%s", res)
	}
	compareSets(t, "go vet -vettool -httpstatus.allow=499 ./...", parseText(e2eDir, res.stderr), without(all, is499))

	res = goVet(t, e2eDir, "./clean")
	if res.code != 0 || strings.TrimSpace(res.stderr) != "" {
		t.Errorf("go vet -vettool ./clean: want exit status 0 and no output\n%s", res)
	}
}

// copyModule copies testdata/e2e to a fresh temporary directory.
func copyModule(t *testing.T) string {
	t.Helper()
	dst := filepath.Join(t.TempDir(), "e2e")
	if err := os.CopyFS(dst, os.DirFS(e2eDir)); err != nil {
		t.Fatal(err)
	}
	return dst
}

func readLines(t *testing.T, file string) []string {
	t.Helper()
	data, err := os.ReadFile(file)
	if err != nil {
		t.Fatal(err)
	}
	return strings.Split(string(data), "\n")
}

// literalFixes lists, per file of testdata/e2e/nethttp, the lines the literal
// fix must rewrite: a line containing old becomes a line matching new.
var literalFixes = map[string][]struct{ old, new string }{
	"handlers.go": {
		{`w.WriteHeader(400)`, `w\.WriteHeader\(http\.StatusBadRequest\)`},
		{`w.WriteHeader((404))`, `w\.WriteHeader\(\(?http\.StatusNotFound\)?\)`},
		{`http.Error(w, "payment service unavailable", 503)`, `http\.Error\(w, "payment service unavailable", http\.StatusServiceUnavailable\)`},
	},
	"admin.go": {
		{`w.WriteHeader(503)`, `w\.WriteHeader\(nethttp\.StatusServiceUnavailable\)`},
	},
}

func TestE2EFixDiff(t *testing.T) {
	needBinary(t)

	t.Run("diff", func(t *testing.T) {
		dir := copyModule(t)
		before, err := snapshot(dir)
		if err != nil {
			t.Fatal(err)
		}
		res := protolint(t, dir, "-fix", "-diff", "./nethttp")
		if res.code != 0 {
			t.Fatalf("protolint -fix -diff ./nethttp: want exit status 0\n%s", res)
		}
		removed := map[string]bool{}
		added := map[string]bool{}
		for _, l := range strings.Split(res.stdout, "\n") {
			switch {
			case strings.HasPrefix(l, "---"), strings.HasPrefix(l, "+++"):
			case strings.HasPrefix(l, "-"):
				removed[strings.TrimSpace(l[1:])] = true
			case strings.HasPrefix(l, "+"):
				added[strings.TrimSpace(l[1:])] = true
			}
		}
		for file, fixes := range literalFixes {
			for _, f := range fixes {
				if !anyLine(removed, func(l string) bool { return strings.Contains(l, f.old) }) {
					t.Errorf("%s: diff does not remove the line with %s", file, f.old)
				}
				re := regexp.MustCompile(f.new)
				if !anyLine(added, re.MatchString) {
					t.Errorf("%s: diff does not add a line matching %s", file, f.new)
				}
			}
		}
		if strings.Contains(res.stdout, "zz_generated.go") {
			t.Errorf("diff touches the generated file")
		}
		if t.Failed() {
			t.Logf("%s", res)
		}
		after, err := snapshot(dir)
		if err != nil {
			t.Fatal(err)
		}
		for name, sum := range before {
			if after[name] != sum {
				t.Errorf("-fix -diff modified %s", name)
			}
		}
	})

	t.Run("fix", func(t *testing.T) {
		dir := copyModule(t)
		res := protolint(t, dir, "-fix", "./nethttp")
		if res.code != 0 {
			t.Fatalf("protolint -fix ./nethttp: want exit status 0\n%s", res)
		}
		entries, err := os.ReadDir(filepath.Join(e2eDir, "nethttp"))
		if err != nil {
			t.Fatal(err)
		}
		for _, e := range entries {
			name := e.Name()
			orig := readLines(t, filepath.Join(e2eDir, "nethttp", name))
			fixed := readLines(t, filepath.Join(dir, "nethttp", name))
			if len(orig) != len(fixed) {
				t.Errorf("nethttp/%s: -fix changed the number of lines (%d -> %d)", name, len(orig), len(fixed))
				continue
			}
			expected := literalFixes[name]
			done := make([]bool, len(expected))
		lines:
			for i := range orig {
				if orig[i] == fixed[i] {
					continue
				}
				for j, f := range expected {
					if strings.Contains(orig[i], f.old) {
						if !regexp.MustCompile(f.new).MatchString(fixed[i]) {
							t.Errorf("nethttp/%s:%d: fixed line %q does not match %s", name, i+1, fixed[i], f.new)
						}
						done[j] = true
						continue lines
					}
				}
				t.Errorf("nethttp/%s:%d: unexpected change:\n\t-%s\n\t+%s", name, i+1, orig[i], fixed[i])
			}
			for j, f := range expected {
				if !done[j] {
					t.Errorf("nethttp/%s: the line with %s was not fixed", name, f.old)
				}
			}
		}

		// The fixed package still builds (tests included) and has no literal finding left.
		if res := run(t, dir, subprocessEnv(), "go", "vet", "./nethttp"); res.code != 0 {
			t.Errorf("fixed package does not build/vet cleanly\n%s", res)
		}
		res = protolint(t, dir, "-json", "./nethttp")
		if res.code != 0 {
			t.Fatalf("protolint -json ./nethttp after -fix: want exit status 0\n%s", res)
		}
		for _, d := range parseJSONTree(t, dir, res.stdout) {
			if strings.HasPrefix(d.Message, "numeric status code") {
				t.Errorf("after -fix: %s:%d: %s", relToRepo(d.File), d.Line, d.Message)
			}
		}
	})
}

func anyLine(set map[string]bool, f func(string) bool) bool {
	for l := range set {
		if f(l) {
			return true
		}
	}
	return false
}

func TestE2EHelp(t *testing.T) {
	needBinary(t)

	res := protolint(t, e2eDir, "help")
	if res.code != 0 {
		t.Fatalf("protolint help: want exit status 0\n%s", res)
	}
	m := regexp.MustCompile(`(?m)^\s+httpstatus\s+(\S.*)$`).FindStringSubmatch(res.stdout)
	if m == nil {
		t.Fatalf("protolint help does not list httpstatus\n%s", res)
	}
	title := strings.TrimSpace(m[1])

	res = protolint(t, e2eDir, "help", "httpstatus")
	if res.code != 0 {
		t.Fatalf("protolint help httpstatus: want exit status 0\n%s", res)
	}
	out := res.stdout
	if !strings.HasPrefix(out, "httpstatus: "+title) {
		t.Errorf("protolint help httpstatus: want the doc title %q first\n%s", title, res)
	}
	for _, flag := range []string{"-httpstatus.allow", "-httpstatus.literal"} {
		if !strings.Contains(out, flag) {
			t.Errorf("protolint help httpstatus does not document %s\n%s", flag, res)
		}
	}
	if len(strings.Split(strings.TrimSpace(out), "\n")) < 5 {
		t.Errorf("protolint help httpstatus: doc looks too short\n%s", res)
	}

	res = protolint(t, e2eDir, "help", "nosuchanalyzer")
	if res.code == 0 {
		t.Errorf("protolint help nosuchanalyzer: want a non-zero exit status\n%s", res)
	}
}
