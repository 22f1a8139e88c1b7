package bench_test

import (
	"bufio"
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"flag"
	"fmt"
	"maps"
	"os"
	"os/exec"
	"path/filepath"
	"slices"
	"strconv"
	"strings"
	"sync"
	"testing"
	"time"
)

var update = flag.Bool("corpus.update", false,
	"rewrite testdata/corpus/findings.tsv with the current findings, keeping the verdicts of those already there and marking new ones UNREVIEWED")

// corpusModules are the modules under testdata/corpus, each analyzed with the
// patterns in its patterns.txt.
var corpusModules = []string{"libs", "centrifugo", "caddy", "odd"}

// stdModule is the name of the standard library's entries in findings.tsv, and
// stdReviewedOn the Go release whose standard library they were reviewed on.
const (
	stdModule     = "std"
	stdReviewedOn = "go1.26.8"
)

// wantLoadErrors lists, per corpus module, the packages that must fail to load
// (odd/typeerr does not type-check, on purpose). Any other load error means the
// corpus itself is broken (a go.sum entry missing, say) and findings would be
// lost, so it fails the test.
var wantLoadErrors = map[string][]string{
	"odd": {"example.com/corpus/odd/typeerr"},
}

const findingsFile = "../testdata/corpus/findings.tsv"

var (
	repoRoot  string
	tmpRoot   string // scratch space, removed at exit
	binPath   string // the protolint binary under test
	buildErr  error
	buildOnce sync.Once
)

func TestMain(m *testing.M) {
	flag.Parse()
	root, err := filepath.Abs("..")
	if err != nil {
		fmt.Fprintln(os.Stderr, err)
		os.Exit(1)
	}
	repoRoot = root
	tmpRoot, err = os.MkdirTemp("", "protolint-bench-")
	if err != nil {
		fmt.Fprintln(os.Stderr, err)
		os.Exit(1)
	}
	binPath = filepath.Join(tmpRoot, "protolint")
	code := m.Run()
	os.RemoveAll(tmpRoot)
	os.Exit(code)
}

// needBinary skips in -short mode and builds cmd/protolint once.
func needBinary(t *testing.T) {
	t.Helper()
	if testing.Short() {
		t.Skip("runs protolint on the corpus from the module proxy: skipped with -short")
	}
	buildOnce.Do(func() {
		cmd := exec.Command("go", "build", "-o", binPath, "./cmd/protolint")
		cmd.Dir = repoRoot
		cmd.Env = append(os.Environ(), "GOWORK=off")
		if out, err := cmd.CombinedOutput(); err != nil {
			buildErr = fmt.Errorf("go build ./cmd/protolint: %v\n%s", err, out)
		}
	})
	if buildErr != nil {
		t.Fatal(buildErr)
	}
}

type runResult struct {
	stdout, stderr []byte
	exit           int
}

var (
	runMu    sync.Mutex
	runCache = make(map[string]runResult)
)

// protolint runs the binary in dir (relative to the repository) with args,
// and memoizes the result per (dir, env, args): the tests share runs.
func protolint(t *testing.T, dir string, env []string, args ...string) runResult {
	t.Helper()
	key := strings.Join(append(append([]string{dir}, env...), args...), "\x00")
	runMu.Lock()
	defer runMu.Unlock()
	if r, ok := runCache[key]; ok {
		return r
	}
	ctx, cancel := context.WithTimeout(context.Background(), 10*time.Minute)
	defer cancel()
	cmd := exec.CommandContext(ctx, binPath, args...)
	cmd.Dir = filepath.Join(repoRoot, dir)
	cmd.Env = append(os.Environ(), "GOWORK=off", "GOFLAGS="+os.Getenv("GOFLAGS")+" -mod=readonly")
	cmd.Env = append(cmd.Env, env...)
	var stdout, stderr bytes.Buffer
	cmd.Stdout, cmd.Stderr = &stdout, &stderr
	start := time.Now()
	err := cmd.Run()
	r := runResult{stdout: stdout.Bytes(), stderr: stderr.Bytes()}
	var exitErr *exec.ExitError
	switch {
	case err == nil:
	case ctx.Err() != nil:
		t.Fatalf("protolint %s in %s: hung: killed after 10 minutes", strings.Join(args, " "), dir)
	case errors.As(err, &exitErr):
		r.exit = exitErr.ExitCode()
	default:
		t.Fatal(err)
	}
	t.Logf("(cd %s && %s protolint %s): exit %d, %.1fs", dir, strings.Join(env, " "), shorten(strings.Join(args, " ")), r.exit, time.Since(start).Seconds())
	runCache[key] = r
	return r
}

func shorten(s string) string {
	if len(s) > 120 {
		return s[:117] + "..."
	}
	return s
}

func patterns(t *testing.T, module string) []string {
	t.Helper()
	data, err := os.ReadFile(filepath.Join(repoRoot, "testdata", "corpus", module, "patterns.txt"))
	if err != nil {
		t.Fatal(err)
	}
	return strings.Fields(string(data))
}

// A finding is one diagnostic, identified independently of the machine: the
// position is relative to the module cache (module@version/file) or to the
// repository.
type finding struct {
	Module   string // corpus module: libs, caddy, ...
	Package  string // package path (the first package reporting it; test variants stripped)
	Position string // file:line:col
	Analyzer string
	Category string
	Message  string
}

func (f finding) key() string {
	return strings.Join([]string{f.Module, f.Package, f.Position, f.Analyzer, f.Category, f.Message}, "\t")
}

// result is what one -json run says: findings, packages that failed to
// load, and analyzer errors.
type result struct {
	findings       []finding
	loadErrors     []string // package IDs
	analyzerErrors []string
}

const loadErrorPrefix = "analysis skipped due to errors in "

// checkRun fails t if the run crashed: a Go panic, a fatal runtime error, or an
// exit status other than 0 (clean), 1 (load errors) or 3 (findings).
func checkRun(t *testing.T, what string, r runResult) {
	t.Helper()
	if r.exit != 0 && r.exit != 1 && r.exit != 3 {
		t.Fatalf("%s: exit status %d (a crash?)\n%s", what, r.exit, tail(r.stderr, 60))
	}
	for _, marker := range []string{"panic: ", "fatal error: ", "goroutine "} {
		if bytes.Contains(r.stderr, []byte(marker)) {
			t.Fatalf("%s: %q on stderr\n%s", what, marker, tail(r.stderr, 60))
		}
	}
}

func tail(b []byte, n int) string {
	lines := strings.Split(strings.TrimRight(string(b), "\n"), "\n")
	if len(lines) > n {
		lines = lines[len(lines)-n:]
	}
	return strings.Join(lines, "\n")
}

// parse reads the standalone -json tree: {pkgID: {analyzer: [diag] | {"error": msg}}}.
func parse(t *testing.T, module string, out []byte) result {
	t.Helper()
	var tree map[string]map[string]json.RawMessage
	if err := json.Unmarshal(out, &tree); err != nil {
		t.Fatalf("%s: cannot parse -json output: %v\n%s", module, err, tail(out, 20))
	}
	modcache := goEnv(t, "GOMODCACHE") + string(filepath.Separator)
	goroot := goEnv(t, "GOROOT") + string(filepath.Separator)
	var a result
	seen := make(map[string]bool)
	for _, id := range slices.Sorted(maps.Keys(tree)) {
		pkg, _, _ := strings.Cut(id, " ")
		for _, name := range slices.Sorted(maps.Keys(tree[id])) {
			raw := bytes.TrimSpace(tree[id][name])
			if bytes.HasPrefix(raw, []byte("{")) {
				var e struct{ Error string }
				_ = json.Unmarshal(raw, &e)
				if strings.HasPrefix(e.Error, loadErrorPrefix) {
					if !slices.Contains(a.loadErrors, id) {
						a.loadErrors = append(a.loadErrors, id)
					}
				} else {
					a.analyzerErrors = append(a.analyzerErrors, fmt.Sprintf("%s on %s: %s", name, id, e.Error))
				}
				continue
			}
			var diags []struct {
				Posn     string `json:"posn"`
				Message  string `json:"message"`
				Category string `json:"category"`
			}
			if err := json.Unmarshal(raw, &diags); err != nil {
				t.Fatalf("%s: %s on %s: %v", module, name, id, err)
			}
			for _, d := range diags {
				pos := d.Posn
				if rel, ok := strings.CutPrefix(pos, modcache); ok {
					pos = rel
				} else if rel, ok := strings.CutPrefix(pos, goroot); ok && module == stdModule {
					pos = "GOROOT/" + filepath.ToSlash(rel)
				} else if rel, err := filepath.Rel(repoRoot, pos); err == nil && !strings.HasPrefix(rel, "..") {
					pos = filepath.ToSlash(rel)
				}
				f := finding{Module: module, Package: pkg, Position: pos, Analyzer: name, Category: d.Category, Message: d.Message}
				k := f.Position + "\t" + f.Analyzer + "\t" + f.Message
				if seen[k] {
					continue // the same file in a package and its test variant
				}
				seen[k] = true
				a.findings = append(a.findings, f)
			}
		}
	}
	return a
}

var goEnvCache sync.Map

func goEnv(t *testing.T, name string) string {
	if v, ok := goEnvCache.Load(name); ok {
		return v.(string)
	}
	out, err := exec.Command("go", "env", name).Output()
	if err != nil {
		t.Fatalf("go env %s: %v", name, err)
	}
	v := strings.TrimSpace(string(out))
	goEnvCache.Store(name, v)
	return v
}

// An expectation is a reviewed finding: its verdict (TP, FP, or
// "FP, pending fix") and a one-line justification.
type expectation struct {
	finding
	Verdict, Why string
}

func readExpectations(t *testing.T) ([]expectation, []string) {
	t.Helper()
	f, err := os.Open(findingsFile)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	var exps []expectation
	var header []string
	sc := bufio.NewScanner(f)
	sc.Buffer(nil, 1<<20)
	for n := 1; sc.Scan(); n++ {
		line := sc.Text()
		if line == "" || strings.HasPrefix(line, "#") {
			if len(exps) == 0 {
				header = append(header, line)
			}
			continue
		}
		c := strings.Split(line, "\t")
		if len(c) != 8 {
			t.Fatalf("%s:%d: %d tab-separated columns, want 8", findingsFile, n, len(c))
		}
		exps = append(exps, expectation{finding{c[0], c[1], c[2], c[3], c[4], c[5]}, c[6], c[7]})
	}
	if err := sc.Err(); err != nil {
		t.Fatal(err)
	}
	return exps, header
}

// TestCorpus runs protolint on every corpus module and checks that it does not
// crash, that no analyzer fails, that only the expected packages fail to load,
// and that the findings are exactly those reviewed in findings.tsv.
func TestCorpus(t *testing.T) {
	needBinary(t)
	var got []finding
	for _, m := range corpusModules {
		r := protolint(t, filepath.Join("testdata", "corpus", m), nil, append([]string{"-json"}, patterns(t, m)...)...)
		checkRun(t, m, r)
		a := parse(t, m, r.stdout)
		for _, e := range a.analyzerErrors {
			t.Errorf("%s: analyzer error: %s", m, e)
		}
		var loadErrs []string
		for _, id := range a.loadErrors {
			loadErrs = append(loadErrs, strings.Fields(id)[0])
		}
		slices.Sort(loadErrs)
		loadErrs = slices.Compact(loadErrs)
		if !slices.Equal(loadErrs, wantLoadErrors[m]) {
			t.Errorf("%s: packages that failed to load: %q, want %q\n%s", m, loadErrs, wantLoadErrors[m], tail(r.stderr, 30))
		}
		if (r.exit == 1) != (len(wantLoadErrors[m]) > 0) {
			t.Errorf("%s: exit status %d", m, r.exit)
		}
		got = append(got, a.findings...)
	}
	checkExpectations(t, corpusModules, got)
}

// checkExpectations compares the findings on modules with the entries of
// findings.tsv for those modules: each finding must be there with a verdict, each
// entry must still be found. With -corpus.update it rewrites those modules' entries
// and keeps the others.
func checkExpectations(t *testing.T, modules []string, got []finding) {
	t.Helper()
	exps, header := readExpectations(t)
	want := make(map[string]expectation)
	var mine, others []expectation
	for _, e := range exps {
		if !slices.Contains(modules, e.Module) {
			others = append(others, e)
			continue
		}
		mine = append(mine, e)
		if _, dup := want[e.key()]; dup {
			t.Errorf("%s: duplicate entry %s", findingsFile, e.key())
		}
		want[e.key()] = e
		switch {
		case e.Verdict == "TP", e.Verdict == "FP", e.Verdict == "FP, pending fix":
		case *update && e.Verdict == "UNREVIEWED":
		default:
			t.Errorf("%s: %s: verdict %q, want TP, FP or \"FP, pending fix\"", findingsFile, e.Position, e.Verdict)
		}
	}
	gotKeys := make(map[string]bool)
	for _, f := range got {
		gotKeys[f.key()] = true
		if _, ok := want[f.key()]; !ok && !*update {
			t.Errorf("new finding (review it, then add it to %s):\n%s", findingsFile, f.key())
		}
	}
	for _, e := range mine {
		if !gotKeys[e.key()] && !*update {
			t.Errorf("finding gone (verdict %s; remove it from %s if that is right):\n%s", e.Verdict, findingsFile, e.key())
		}
	}
	counts := make(map[string]int)
	for _, f := range got {
		counts[want[f.key()].Verdict]++
	}
	t.Logf("%d findings on %s: %d TP, %d FP (%d pending fix), %d unreviewed",
		len(got), strings.Join(modules, ", "), counts["TP"], counts["FP"]+counts["FP, pending fix"], counts["FP, pending fix"], counts[""])

	if *update {
		writeExpectations(t, header, got, want, others)
	}
}

func writeExpectations(t *testing.T, header []string, got []finding, want map[string]expectation, others []expectation) {
	var rows []expectation
	for _, f := range got {
		e, ok := want[f.key()]
		if !ok {
			e = expectation{finding: f, Verdict: "UNREVIEWED", Why: "-"}
		}
		rows = append(rows, e)
	}
	rows = append(rows, others...)
	order := append(slices.Clone(corpusModules), stdModule)
	slices.SortFunc(rows, func(a, b expectation) int {
		if c := slices.Index(order, a.Module) - slices.Index(order, b.Module); c != 0 {
			return c
		}
		return comparePositions(a.Position, b.Position)
	})
	var b bytes.Buffer
	for _, h := range header {
		fmt.Fprintln(&b, h)
	}
	for _, e := range rows {
		fmt.Fprintf(&b, "%s\t%s\t%s\n", e.key(), e.Verdict, e.Why)
	}
	if err := os.WriteFile(findingsFile, b.Bytes(), 0o644); err != nil {
		t.Fatal(err)
	}
	t.Logf("wrote %s", findingsFile)
}

// comparePositions orders file:line:col by file, then numerically.
func comparePositions(a, b string) int {
	split := func(p string) (string, int, int) {
		i := strings.LastIndexByte(p, ':')
		j := strings.LastIndexByte(p[:max(i, 0)], ':')
		if i < 0 || j < 0 {
			return p, 0, 0
		}
		line, _ := strconv.Atoi(p[j+1 : i])
		col, _ := strconv.Atoi(p[i+1:])
		return p[:j], line, col
	}
	fa, la, ca := split(a)
	fb, lb, cb := split(b)
	if c := strings.Compare(fa, fb); c != 0 {
		return c
	}
	if la != lb {
		return la - lb
	}
	return ca - cb
}

// TestStd runs protolint over the whole standard library (cgo, generics,
// generated tables, assembly-backed packages): no crash, no analyzer error, no
// load error.
func TestStd(t *testing.T) {
	needBinary(t)
	r := protolint(t, filepath.Join("testdata", "corpus", "odd"), nil, "-json", "std")
	checkRun(t, "std", r)
	a := parse(t, stdModule, r.stdout)
	for _, e := range a.analyzerErrors {
		t.Errorf("std: analyzer error: %s", e)
	}
	if len(a.loadErrors) > 0 {
		t.Errorf("std: packages failed to load: %q\n%s", a.loadErrors, tail(r.stderr, 30))
	}
	// The findings depend on the standard library's source, so they are compared
	// with the reviewed ones only on the Go release they were reviewed on.
	if v := goEnv(t, "GOVERSION"); v != stdReviewedOn {
		t.Logf("std: %d findings, not compared: they were reviewed on %s, this is %s", len(a.findings), stdReviewedOn, v)
		for _, f := range a.findings {
			t.Logf("  %s: %s: %s", f.Position, f.Analyzer, f.Message)
		}
		return
	}
	checkExpectations(t, []string{stdModule}, a.findings)
}

// TestDeterministic runs protolint several times on the corpus module with the
// most findings: twice alike, with -c=1 (which only changes the text output),
// and with GOMAXPROCS=1 (which serializes the checker's parallel actions). The
// -json output must be byte-identical, and so must the text output with and
// without parallelism. Then fasthttp alone, nine times.
func TestDeterministic(t *testing.T) {
	needBinary(t)
	dir := filepath.Join("testdata", "corpus", "libs")
	args := append([]string{"-json"}, patterns(t, "libs")...)
	base := protolint(t, dir, nil, args...)
	checkRun(t, "libs", base)
	if len(parse(t, "libs", base.stdout).findings) == 0 {
		t.Fatal("no findings: nothing to compare")
	}
	for _, v := range []struct {
		name string
		env  []string
		args []string
	}{
		{"second run", []string{"PROTOLINT_RUN=2"}, args}, // an unused variable: a run of its own, not memoized
		{"-c=1", nil, append([]string{"-c=1"}, args...)},
		{"GOMAXPROCS=1", []string{"GOMAXPROCS=1"}, args},
	} {
		r := protolint(t, dir, v.env, v.args...)
		checkRun(t, v.name, r)
		if !bytes.Equal(r.stdout, base.stdout) {
			t.Errorf("%s: -json output differs from the first run's:\n%s", v.name, firstDiff(base.stdout, r.stdout))
		}
	}
	textArgs := patterns(t, "libs")
	par := protolint(t, dir, nil, textArgs...)
	seq := protolint(t, dir, []string{"GOMAXPROCS=1"}, textArgs...)
	checkRun(t, "text", par)
	checkRun(t, "text, GOMAXPROCS=1", seq)
	if !bytes.Equal(par.stderr, seq.stderr) {
		t.Errorf("text output differs with GOMAXPROCS=1:\n%s", firstDiff(par.stderr, seq.stderr))
	}

	// A cheaper, more sensitive probe: fasthttp's test package has findings in
	// several files, whose relative order once depended on the order in which
	// go/packages' parallel parser added the files to the FileSet (1 run in 12).
	const fasthttp = "github.com/valyala/fasthttp"
	first := protolint(t, dir, nil, "-json", fasthttp)
	checkRun(t, fasthttp, first)
	for i := range 8 {
		r := protolint(t, dir, []string{fmt.Sprintf("PROTOLINT_RUN=%d", i)}, "-json", fasthttp)
		checkRun(t, fasthttp, r)
		if !bytes.Equal(r.stdout, first.stdout) {
			t.Fatalf("%s, run %d: -json output differs from the first run's:\n%s", fasthttp, i+2, firstDiff(first.stdout, r.stdout))
		}
	}
}

func firstDiff(a, b []byte) string {
	la, lb := strings.Split(string(a), "\n"), strings.Split(string(b), "\n")
	for i := range min(len(la), len(lb)) {
		if la[i] != lb[i] {
			return fmt.Sprintf("line %d:\n- %s\n+ %s", i+1, la[i], lb[i])
		}
	}
	return fmt.Sprintf("lengths differ: %d and %d lines", len(la), len(lb))
}
