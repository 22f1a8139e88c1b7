// End-to-end tests of the report modes (-format=sarif|github, -baseline,
// -write-baseline), on testdata/e2e with the binary that TestMain builds.
//
// The SARIF log is validated with Microsoft's SARIF Multitool (npm package
// @microsoft/sarif-multitool, version sarifMultitoolVersion): the test installs it
// with npm into the user cache directory when it is missing, and skips the
// validation, with a message, only when npm is not installed (unless
// PROTOLINT_REQUIRE_SARIF_MULTITOOL is set, as .ci/run sets it; then it fails).
// PROTOLINT_SARIF_MULTITOOL may name an installed Sarif.Multitool binary.

package main_test

import (
	"bytes"
	"encoding/json"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"runtime"
	"slices"
	"strconv"
	"strings"
	"sync"
	"testing"

	"github.com/protolint/protolint/analyzers"
	"github.com/protolint/protolint/cmd/protolint/internal/rules"
)

const sarifMultitoolVersion = "5.7.0"

// The parts of a SARIF log the tests read.
type sarifLog struct {
	Schema  string `json:"$schema"`
	Version string `json:"version"`
	Runs    []struct {
		Tool struct {
			Driver struct {
				Name           string `json:"name"`
				Version        string `json:"version"`
				InformationURI string `json:"informationUri"`
				Rules          []struct {
					ID               string          `json:"id"`
					ShortDescription sarifText       `json:"shortDescription"`
					FullDescription  sarifText       `json:"fullDescription"`
					Help             sarifText       `json:"help"`
					HelpURI          string          `json:"helpUri"`
					Default          json.RawMessage `json:"defaultConfiguration"`
				} `json:"rules"`
			} `json:"driver"`
		} `json:"tool"`
		OriginalURIBaseIDs map[string]struct {
			URI string `json:"uri"`
		} `json:"originalUriBaseIds"`
		Invocations []struct {
			ExecutionSuccessful bool `json:"executionSuccessful"`
			ExitCode            int  `json:"exitCode"`
		} `json:"invocations"`
		Results []sarifResult `json:"results"`
	} `json:"runs"`
}

type sarifText struct {
	Text     string `json:"text"`
	Markdown string `json:"markdown"`
}

type sarifResult struct {
	RuleID    string    `json:"ruleId"`
	RuleIndex int       `json:"ruleIndex"`
	Level     string    `json:"level"`
	Message   sarifText `json:"message"`
	Locations []struct {
		PhysicalLocation struct {
			ArtifactLocation struct {
				URI       string `json:"uri"`
				URIBaseID string `json:"uriBaseId"`
			} `json:"artifactLocation"`
			Region struct {
				StartLine   int `json:"startLine"`
				StartColumn int `json:"startColumn"`
				EndLine     int `json:"endLine"`
				EndColumn   int `json:"endColumn"`
			} `json:"region"`
		} `json:"physicalLocation"`
	} `json:"locations"`
	PartialFingerprints map[string]string `json:"partialFingerprints"`
	BaselineState       string            `json:"baselineState"`
}

func parseSARIF(t *testing.T, out string) *sarifLog {
	t.Helper()
	var log sarifLog
	if err := json.Unmarshal([]byte(out), &log); err != nil {
		t.Fatalf("cannot parse SARIF: %v\n%s", err, out)
	}
	if log.Version != "2.1.0" || len(log.Runs) != 1 {
		t.Fatalf("SARIF: version %q with %d runs, want 2.1.0 with one run", log.Version, len(log.Runs))
	}
	return &log
}

// ruleKey is a finding as both the JSON output and the reports can say it.
type ruleKey struct {
	File    string // relative to the module, slash-separated
	Line    int
	Rule    string
	Message string
}

// expectedRuleKeys returns the standalone -json findings with their rule ids.
func expectedRuleKeys(t *testing.T) map[ruleKey]bool {
	t.Helper()
	want := make(map[ruleKey]bool)
	for _, d := range standaloneDiags(t) {
		rel, err := filepath.Rel(e2eDir, d.File)
		if err != nil {
			t.Fatal(err)
		}
		rule := d.Analyzer
		if d.Category != "" {
			rule += "/" + d.Category
		}
		want[ruleKey{filepath.ToSlash(rel), d.Line, rule, d.Message}] = true
	}
	return want
}

func compareRuleKeys(t *testing.T, what string, got, want map[ruleKey]bool) {
	t.Helper()
	var missing, extra []string
	for k := range want {
		if !got[k] {
			missing = append(missing, fmt.Sprintf("%s:%d: [%s] %s", k.File, k.Line, k.Rule, k.Message))
		}
	}
	for k := range got {
		if !want[k] {
			extra = append(extra, fmt.Sprintf("%s:%d: [%s] %s", k.File, k.Line, k.Rule, k.Message))
		}
	}
	slices.Sort(missing)
	slices.Sort(extra)
	if len(missing)+len(extra) > 0 {
		t.Errorf("%s: findings differ from protolint -json\nmissing (%d):\n\t%s\nunexpected (%d):\n\t%s", what,
			len(missing), strings.Join(missing, "\n\t"), len(extra), strings.Join(extra, "\n\t"))
	}
}

func TestE2ESARIF(t *testing.T) {
	needBinary(t)
	res := protolint(t, e2eDir, "-format=sarif", "./...")
	if res.code != 3 {
		t.Fatalf("protolint -format=sarif ./...: want exit status 3 (findings)\n%s", res)
	}
	// -sarif is -format=sarif (on one package, to save time).
	long := protolint(t, e2eDir, "-format=sarif", "./nethttp")
	if alias := protolint(t, e2eDir, "-sarif", "./nethttp"); alias.code != 3 || alias.stdout != long.stdout {
		t.Errorf("protolint -sarif ./nethttp differs from -format=sarif (exit %d)", alias.code)
	}
	log := parseSARIF(t, res.stdout)
	run := log.Runs[0]
	driver := run.Tool.Driver
	if driver.Name != "protolint" || driver.Version == "" || driver.InformationURI == "" {
		t.Errorf("tool.driver: name %q, version %q, informationUri %q", driver.Name, driver.Version, driver.InformationURI)
	}
	if base := run.OriginalURIBaseIDs["%SRCROOT%"].URI; base != "file://"+filepath.ToSlash(e2eDir)+"/" {
		t.Errorf("originalUriBaseIds[%%SRCROOT%%] = %q, want the module directory", base)
	}
	if len(run.Invocations) != 1 || !run.Invocations[0].ExecutionSuccessful || run.Invocations[0].ExitCode != 3 {
		t.Errorf("invocations = %+v, want one successful invocation with exit code 3", run.Invocations)
	}

	// The rules are exactly those documented in the analyzers' Doc.
	all, err := rules.All(analyzers.All)
	if err != nil {
		t.Fatal(err)
	}
	var wantIDs, gotIDs []string
	for _, r := range all {
		wantIDs = append(wantIDs, r.ID)
	}
	for _, r := range driver.Rules {
		gotIDs = append(gotIDs, r.ID)
		if r.ShortDescription.Text == "" || r.FullDescription.Text == "" || r.Help.Text == "" || r.Help.Markdown == "" || len(r.Default) == 0 {
			t.Errorf("rule %s lacks a description, help or default configuration", r.ID)
		}
		analyzer, category, _ := strings.Cut(r.ID, "/")
		if want := "https://pkg.go.dev/github.com/protolint/protolint/analyzers/" + analyzer + "#" + category; r.HelpURI != want {
			t.Errorf("rule %s: helpUri %q, want %q", r.ID, r.HelpURI, want)
		}
	}
	if !slices.Equal(gotIDs, wantIDs) {
		t.Errorf("tool.driver.rules ids:\n\t%v\nwant the documented rules:\n\t%v\n(a reported category that is not documented gets a generic rule)", gotIDs, wantIDs)
	}

	got := make(map[ruleKey]bool)
	prints := make(map[string]bool)
	for i, r := range run.Results {
		if r.RuleIndex < 0 || r.RuleIndex >= len(driver.Rules) || driver.Rules[r.RuleIndex].ID != r.RuleID {
			t.Errorf("result %d: ruleIndex %d does not point to rule %s", i, r.RuleIndex, r.RuleID)
		}
		if r.Level != "error" || r.Message.Text == "" || len(r.Locations) != 1 {
			t.Errorf("result %d: level %q, message %q, %d locations", i, r.Level, r.Message.Text, len(r.Locations))
			continue
		}
		loc := r.Locations[0].PhysicalLocation
		reg := loc.Region
		if loc.ArtifactLocation.URIBaseID != "%SRCROOT%" || strings.HasPrefix(loc.ArtifactLocation.URI, "/") || strings.Contains(loc.ArtifactLocation.URI, ":") {
			t.Errorf("result %d: artifact location %+v, want a relative URI based on %%SRCROOT%%", i, loc.ArtifactLocation)
		}
		if reg.StartLine < 1 || reg.StartColumn < 1 || reg.EndLine < reg.StartLine || (reg.EndLine == reg.StartLine && reg.EndColumn < reg.StartColumn) {
			t.Errorf("result %d: bad region %+v", i, reg)
		}
		fp := r.PartialFingerprints["protolint/v1"]
		if !regexp.MustCompile(`^[0-9a-f]{32}:[1-9][0-9]*$`).MatchString(fp) || prints[fp] {
			t.Errorf("result %d: partialFingerprints %v: want a unique protolint/v1 hash:occurrence", i, r.PartialFingerprints)
		}
		prints[fp] = true
		// SARIF messages are sentences: the finding's message with a capital and a period.
		msg := strings.TrimSuffix(r.Message.Text, ".")
		got[ruleKey{loc.ArtifactLocation.URI, reg.StartLine, r.RuleID, msg}] = true
	}
	want := make(map[ruleKey]bool)
	for k := range expectedRuleKeys(t) {
		k.Message = strings.TrimSuffix(rules.Sentence(k.Message), ".")
		want[k] = true
	}
	compareRuleKeys(t, "SARIF results", got, want)

	// Every analyzer contributes results.
	for _, a := range analyzers.All {
		if !slices.ContainsFunc(run.Results, func(r sarifResult) bool { return strings.HasPrefix(r.RuleID, a.Name+"/") }) {
			t.Errorf("no SARIF result of %s: testdata/e2e needs a case for it", a.Name)
		}
	}

	validateSARIF(t, res.stdout)
}

func TestE2EGitHubFormat(t *testing.T) {
	needBinary(t)
	res := protolint(t, e2eDir, "-format=github", "./...")
	if res.code != 3 {
		t.Fatalf("protolint -format=github ./...: want exit status 3\n%s", res)
	}
	line := regexp.MustCompile(`^::error file=([^,]+),line=(\d+),col=(\d+),endLine=(\d+),endColumn=(\d+),title=([a-z]+(?:/[a-z]+)?)::(.+)$`)
	got := make(map[ruleKey]bool)
	for _, l := range strings.Split(strings.TrimSuffix(res.stdout, "\n"), "\n") {
		m := line.FindStringSubmatch(l)
		if m == nil {
			t.Errorf("not a workflow command: %q", l)
			continue
		}
		n, _ := strconv.Atoi(m[2])
		msg := strings.NewReplacer("%0A", "\n", "%0D", "\r", "%25", "%").Replace(m[7])
		got[ruleKey{m[1], n, m[6], msg}] = true
	}
	compareRuleKeys(t, "-format=github", got, expectedRuleKeys(t))
}

func TestE2EFormatText(t *testing.T) {
	needBinary(t)
	res := protolint(t, e2eDir, "-format=text", "./...")
	if res.code != 3 || res.stdout != "" {
		t.Fatalf("protolint -format=text ./...: want exit status 3 and nothing on stdout\n%s", res)
	}
	compareSets(t, "-format=text vs -json", parseText(e2eDir, res.stderr), keySet(standaloneDiags(t)))
}

func TestE2EReportFlagErrors(t *testing.T) {
	needBinary(t)
	for _, args := range [][]string{
		{"-format=xml", "./clean"},
		{"-format=sarif", "-json", "./clean"},
		{"-sarif", "-fix", "./clean"},
		{"-sarif", "-format=github", "./clean"},
		{"-write-baseline=x.json", "-baseline=y.json", "./clean"},
		{"-format=sarif", "-nosuchflag", "./clean"},
	} {
		res := protolint(t, e2eDir, args...)
		if res.code != 2 || res.stdout != "" {
			t.Errorf("protolint %s: want exit status 2 and no output\n%s", strings.Join(args, " "), res)
		}
	}
	if res := protolint(t, e2eDir, "-baseline=does-not-exist.json", "./clean"); res.code != 1 {
		t.Errorf("a missing baseline file: want exit status 1\n%s", res)
	}
	// Clean code: exit 0 and an empty but valid report, in every format.
	if res := protolint(t, e2eDir, "-format=sarif", "./clean"); res.code != 0 || len(parseSARIF(t, res.stdout).Runs[0].Results) != 0 {
		t.Errorf("protolint -format=sarif ./clean: want exit status 0 and no results\n%s", res)
	}
	if res := protolint(t, e2eDir, "-format=github", "./clean"); res.code != 0 || res.stdout != "" {
		t.Errorf("protolint -format=github ./clean: want exit status 0 and no output\n%s", res)
	}
	// A package that does not type-check: exit 1, and the SARIF says the run failed.
	res := protolint(t, brokenDir, "-format=sarif", "./...")
	if res.code != 1 {
		t.Errorf("protolint -format=sarif on a broken package: want exit status 1\n%s", res)
	} else if inv := parseSARIF(t, res.stdout).Runs[0].Invocations; len(inv) != 1 || inv[0].ExecutionSuccessful {
		t.Errorf("SARIF of a broken package: invocations %+v, want executionSuccessful false", inv)
	}
	// go vet learns the tool's flags from -flags: the report flags are not among
	// them, since the vet protocol has no report modes.
	res = protolint(t, e2eDir, "-flags")
	if res.code != 0 || !strings.Contains(res.stdout, `"httpstatus.allow"`) || strings.Contains(res.stdout, `"format"`) || strings.Contains(res.stdout, "baseline") {
		t.Errorf("protolint -flags: want the multichecker's flags only\n%s", res)
	}
}

func TestE2EBaseline(t *testing.T) {
	needBinary(t)
	dir := copyModule(t)
	base := filepath.Join(dir, "protolint-baseline.json")

	// One directory of the module keeps the test fast; the matching does not depend
	// on the package set.
	const pkgs = "./nethttp/..."
	res := protolint(t, dir, "-write-baseline="+base, pkgs)
	if res.code != 0 {
		t.Fatalf("protolint -write-baseline: want exit status 0\n%s", res)
	}
	var b struct {
		Version  int
		Findings []struct {
			Fingerprint string
			File        string
			Count       int
		}
	}
	data, err := os.ReadFile(base)
	if err != nil {
		t.Fatal(err)
	}
	if err := json.Unmarshal(data, &b); err != nil {
		t.Fatal(err)
	}
	total := 0
	for _, f := range b.Findings {
		total += f.Count
	}
	n := 0
	for _, d := range standaloneDiags(t) {
		if strings.HasPrefix(relToRepo(d.File), "testdata/e2e/nethttp/") {
			n++
		}
	}
	if total != n || n == 0 {
		t.Errorf("baseline records %d findings, protolint -json reports %d in nethttp", total, n)
	}

	// Shift every finding: two lines at the top of every Go file, and re-indent one
	// finding's line. The baseline still accepts them all.
	err = filepath.WalkDir(dir, func(path string, d os.DirEntry, err error) error {
		if err != nil || d.IsDir() || !strings.HasSuffix(path, ".go") {
			return err
		}
		data, err := os.ReadFile(path)
		if err != nil {
			return err
		}
		return os.WriteFile(path, append([]byte("// Shifted by TestE2EBaseline.\n\n"), data...), 0o644)
	})
	if err != nil {
		t.Fatal(err)
	}
	handlers := filepath.Join(dir, "nethttp", "handlers.go")
	src, err := os.ReadFile(handlers)
	if err != nil {
		t.Fatal(err)
	}
	if strings.Count(string(src), "w.WriteHeader(400)") != 1 {
		t.Fatal("nethttp/handlers.go: want one w.WriteHeader(400)")
	}
	src = []byte(strings.Replace(string(src), "w.WriteHeader(400)", "   w.WriteHeader(400)", 1))
	if err := os.WriteFile(handlers, src, 0o644); err != nil {
		t.Fatal(err)
	}
	res = protolint(t, dir, "-baseline="+base, pkgs)
	if res.code != 0 || strings.Contains(res.stderr, ".go:") {
		t.Fatalf("after shifting lines, protolint -baseline: want exit status 0 and no finding\n%s", res)
	}
	if !strings.Contains(res.stderr, fmt.Sprintf("%d findings accepted by baseline", total)) {
		t.Errorf("protolint -baseline: want a summary of %d accepted findings\n%s", total, res)
	}

	// A new finding is reported, alone, in every format; and a second copy of an
	// accepted finding in the same file is new too.
	newFile := filepath.Join(dir, "nethttp", "zz_new.go")
	newSrc := "package nethttp\n\nimport \"net/http\"\n\nfunc newMistake(w http.ResponseWriter) {\n\tw.WriteHeader(42)\n}\n"
	if err := os.WriteFile(newFile, []byte(newSrc), 0o644); err != nil {
		t.Fatal(err)
	}
	res = protolint(t, dir, "-baseline="+base, pkgs)
	if res.code != 3 {
		t.Fatalf("protolint -baseline with a new finding: want exit status 3\n%s", res)
	}
	found := parseText(dir, res.stderr)
	if len(found) != 1 {
		t.Errorf("protolint -baseline: want exactly the new finding, got %d:\n%s", len(found), res.stderr)
	}
	for k := range found {
		if filepath.Base(k.File) != "zz_new.go" || k.Line != 6 || !strings.HasPrefix(k.Message, "invalid HTTP status code 42") {
			t.Errorf("unexpected finding %s", k)
		}
	}
	res = protolint(t, dir, "-baseline="+base, "-format=sarif", pkgs)
	if res.code != 3 {
		t.Fatalf("protolint -baseline -format=sarif: want exit status 3\n%s", res)
	}
	log := parseSARIF(t, res.stdout)
	if rs := log.Runs[0].Results; len(rs) != 1 || rs[0].RuleID != "httpstatus/invalid" || rs[0].BaselineState != "new" ||
		rs[0].Locations[0].PhysicalLocation.ArtifactLocation.URI != "nethttp/zz_new.go" {
		t.Errorf("SARIF with a baseline: want the one new result, with baselineState new; got %+v", rs)
	}
	validateSARIF(t, res.stdout)
}

// ---- SARIF Multitool ----

var (
	multitoolOnce sync.Once
	multitoolPath string
	multitoolErr  error
	multitoolSkip string
)

// sarifMultitool returns the path of the Sarif.Multitool binary, installing it with
// npm into the user cache directory if needed.
func sarifMultitool(t *testing.T) string {
	t.Helper()
	multitoolOnce.Do(func() {
		if p := os.Getenv("PROTOLINT_SARIF_MULTITOOL"); p != "" {
			multitoolPath = p
			return
		}
		if runtime.GOOS != "linux" || runtime.GOARCH != "amd64" {
			multitoolSkip = "the SARIF Multitool check runs on linux/amd64 only"
			return
		}
		cache, err := os.UserCacheDir()
		if err != nil {
			cache = os.TempDir()
		}
		dir := filepath.Join(cache, "protolint", "sarif-multitool-"+sarifMultitoolVersion)
		bin := filepath.Join(dir, "node_modules", "@microsoft", "sarif-multitool-linux", "Sarif.Multitool")
		if _, err := os.Stat(bin); err != nil {
			npm, err := exec.LookPath("npm")
			if err != nil {
				multitoolSkip = "npm is not installed, so the SARIF log cannot be validated with Microsoft's SARIF Multitool " +
					"(install Node.js and npm, e.g. apt-get install nodejs npm)"
				return
			}
			if err := os.MkdirAll(filepath.Dir(dir), 0o755); err != nil {
				multitoolErr = err
				return
			}
			tmp, err := os.MkdirTemp(filepath.Dir(dir), "install-")
			if err != nil {
				multitoolErr = err
				return
			}
			defer os.RemoveAll(tmp)
			cmd := exec.Command(npm, "install", "--no-audit", "--no-fund", "--prefix", tmp, "@microsoft/sarif-multitool@"+sarifMultitoolVersion)
			if out, err := cmd.CombinedOutput(); err != nil {
				multitoolErr = fmt.Errorf("npm install @microsoft/sarif-multitool@%s: %v\n%s", sarifMultitoolVersion, err, out)
				return
			}
			if err := os.Rename(tmp, dir); err != nil && !os.IsExist(err) {
				if _, statErr := os.Stat(bin); statErr != nil { // not installed concurrently
					multitoolErr = err
					return
				}
			}
		}
		// npm 11 does not run the package's postinstall script, which makes the
		// binary executable.
		if err := os.Chmod(bin, 0o755); err != nil {
			multitoolErr = err
			return
		}
		multitoolPath = bin
	})
	switch {
	case multitoolErr != nil:
		t.Fatal(multitoolErr)
	case multitoolSkip != "" && os.Getenv("PROTOLINT_REQUIRE_SARIF_MULTITOOL") != "":
		t.Fatalf("PROTOLINT_REQUIRE_SARIF_MULTITOOL is set, but: %s", multitoolSkip)
	case multitoolSkip != "":
		t.Skip(multitoolSkip)
	}
	return multitoolPath
}

// validateSARIF validates log with `Sarif.Multitool validate`, with the SARIF rules
// and GitHub's ingestion rules, and fails on any error or warning. The tool exits 0
// whatever it finds, so its own SARIF report is parsed.
func validateSARIF(t *testing.T, log string) {
	t.Helper()
	tool := sarifMultitool(t)
	dir := t.TempDir()
	in := filepath.Join(dir, "protolint.sarif")
	out := filepath.Join(dir, "validation.sarif")
	if err := os.WriteFile(in, []byte(log), 0o644); err != nil {
		t.Fatal(err)
	}
	res := run(t, dir, subprocessEnv("DOTNET_CLI_TELEMETRY_OPTOUT=1"), tool, "validate", in, "--output", out,
		"--log", "ForceOverwrite", "--rule-kind", "Sarif;Gh", "--level", "Error;Warning;Note")
	data, err := os.ReadFile(out)
	if err != nil {
		t.Fatalf("Sarif.Multitool validate wrote no report (exit %d): %v\n%s", res.code, err, res)
	}
	var report struct {
		Runs []struct {
			Results []struct {
				RuleID  string `json:"ruleId"`
				Level   string `json:"level"`
				Message struct {
					Text      string   `json:"text"`
					Arguments []string `json:"arguments"`
				} `json:"message"`
			} `json:"results"`
			Invocations []struct {
				ExecutionSuccessful bool `json:"executionSuccessful"`
			} `json:"invocations"`
		} `json:"runs"`
	}
	if err := json.Unmarshal(data, &report); err != nil {
		t.Fatalf("Sarif.Multitool report: %v", err)
	}
	if len(report.Runs) == 0 || len(report.Runs[0].Invocations) == 0 || !report.Runs[0].Invocations[0].ExecutionSuccessful {
		t.Fatalf("Sarif.Multitool validate did not run successfully\n%s\n%s", res, data)
	}
	counts := map[string]int{}
	var problems bytes.Buffer
	for _, r := range report.Runs[0].Results {
		level := r.Level
		if level == "" {
			level = "warning" // the SARIF default
		}
		counts[level]++
		if level == "error" || level == "warning" {
			fmt.Fprintf(&problems, "\t%s %s: %s %v\n", level, r.RuleID, r.Message.Text, r.Message.Arguments)
		}
	}
	t.Logf("SARIF Multitool %s: %d errors, %d warnings, %d notes", sarifMultitoolVersion, counts["error"], counts["warning"], counts["note"])
	if counts["error"]+counts["warning"] > 0 {
		t.Errorf("SARIF Multitool reports problems in protolint's SARIF:\n%s", problems.String())
	}
}
