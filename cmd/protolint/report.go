package main

import (
	"flag"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"regexp"
	"runtime/debug"
	"slices"
	"strconv"
	"strings"

	"golang.org/x/tools/go/analysis"
	"golang.org/x/tools/go/analysis/checker"
	"golang.org/x/tools/go/packages"

	"github.com/protolint/protolint/cmd/protolint/internal/report"
	"github.com/protolint/protolint/cmd/protolint/internal/rules"
)

// The flags of the report modes. Any of them on the command line selects
// runReport instead of the multichecker.
var reportFlags = []string{"format", "sarif", "baseline", "write-baseline", "srcroot"}

// Formats of the report modes.
const (
	formatText   = "text"
	formatSARIF  = "sarif"
	formatGitHub = "github"
)

// informationURI is the tool's home page in SARIF.
const informationURI = "https://pkg.go.dev/github.com/protolint/protolint"

// triState is an analyzer's enable flag: -httpstatus, -httpstatus=false, or unset.
type triState int

const (
	unset triState = iota
	setTrue
	setFalse
)

func (t *triState) String() string {
	switch *t {
	case setTrue:
		return "true"
	case setFalse:
		return "false"
	}
	return "unset"
}

func (t *triState) Set(v string) error {
	b, err := strconv.ParseBool(v)
	if err != nil {
		return err
	}
	if b {
		*t = setTrue
	} else {
		*t = setFalse
	}
	return nil
}

func (t *triState) IsBoolFlag() bool { return true }

// dummyValue accepts anything; isBool says whether it is a boolean flag.
type dummyValue struct{ isBool bool }

func (d dummyValue) String() string   { return "" }
func (d dummyValue) Set(string) error { return nil }
func (d dummyValue) IsBoolFlag() bool { return d.isBool }

// multicheckerFlags defines, on fs, the flags that multichecker.Main defines besides
// the analyzer flags, with placeholder values: the driver's own flags and the legacy
// no-op flags.
func multicheckerFlags(fs *flag.FlagSet) {
	for _, name := range []string{"flags", "V", "json", "fix", "diff", "source", "v", "all", "test"} {
		fs.Var(dummyValue{isBool: true}, name, "")
	}
	for _, name := range []string{"c", "tags", "debug", "cpuprofile", "memprofile", "trace"} {
		fs.Var(dummyValue{}, name, "")
	}
}

// isReportMode reports whether args select a report mode: whether, parsed as the
// multichecker parses them, they set one of reportFlags. If they do not parse, it
// reports whether any argument before "--" looks like one of reportFlags, so that
// runReport reports the error.
func isReportMode(args []string, as []*analysis.Analyzer) bool {
	fs := flag.NewFlagSet("protolint", flag.ContinueOnError)
	fs.SetOutput(io.Discard)
	multicheckerFlags(fs)
	for _, a := range as {
		fs.Var(dummyValue{isBool: true}, a.Name, "")
		a.Flags.VisitAll(func(f *flag.Flag) {
			b, ok := f.Value.(interface{ IsBoolFlag() bool })
			fs.Var(dummyValue{isBool: ok && b.IsBoolFlag()}, a.Name+"."+f.Name, "")
		})
	}
	fs.String("format", "", "")
	fs.Var(dummyValue{isBool: true}, "sarif", "")
	fs.String("baseline", "", "")
	fs.String("write-baseline", "", "")
	fs.String("srcroot", "", "")
	if err := fs.Parse(args); err != nil {
		re := regexp.MustCompile(`^--?(` + strings.Join(reportFlags, "|") + `)(=|$)`)
		for _, arg := range args {
			if arg == "--" {
				break
			}
			if re.MatchString(arg) {
				return true
			}
		}
		return false
	}
	found := false
	fs.Visit(func(f *flag.Flag) {
		if slices.Contains(reportFlags, f.Name) {
			found = true
		}
	})
	return found
}

// reportConfig is the parsed command line of a report mode.
type reportConfig struct {
	format        string
	baseline      string
	writeBaseline string
	srcroot       string
	tests         bool
	context       int
	analyzers     []*analysis.Analyzer
	patterns      []string
}

func reportUsage(w io.Writer) {
	fmt.Fprint(w, `usage: protolint [analyzer flags] [-format=text|sarif|github] [-sarif]
                 [-baseline=FILE] [-write-baseline=FILE] [-srcroot=DIR] [-test=false] packages...

  -format=text       findings as file:line:col: message on stderr, like plain protolint (default)
  -format=sarif      a SARIF 2.1.0 log on stdout; -sarif is short for it
  -format=github     GitHub Actions workflow commands (::error file=...::message) on stdout
  -baseline=FILE     do not report findings recorded in FILE (matched by fingerprint, not line)
  -write-baseline=FILE
                     record every current finding in FILE and report nothing
  -srcroot=DIR       the root that paths in reports and baselines are relative to (default .)

Analyzer flags (-httpstatus.allow=499, -wsclose=false...) work as without these flags;
see protolint help. Exit status: 0 no (new) findings, 3 findings, 1 load, analysis or
I/O error, 2 bad flags.
`)
}

// parseReportFlags parses the command line of a report mode. It sets the analyzer
// flags. It returns an exit status >= 0 if the program must stop.
func parseReportFlags(args []string, all []*analysis.Analyzer, stderr io.Writer) (*reportConfig, int) {
	cfg := &reportConfig{format: formatText, srcroot: "."}
	fs := flag.NewFlagSet("protolint", flag.ContinueOnError)
	fs.SetOutput(stderr)
	fs.Usage = func() { reportUsage(stderr) }

	enabled := make(map[*analysis.Analyzer]*triState)
	for _, a := range all {
		enabled[a] = new(triState)
		fs.Var(enabled[a], a.Name, fmt.Sprintf("enable %q analysis", a.Name))
		a.Flags.VisitAll(func(f *flag.Flag) { fs.Var(f.Value, a.Name+"."+f.Name, f.Usage) })
	}
	format := fs.String("format", "", "report format: text, sarif or github")
	sarif := fs.Bool("sarif", false, "same as -format=sarif")
	fs.StringVar(&cfg.baseline, "baseline", "", "do not report the findings recorded in this file")
	fs.StringVar(&cfg.writeBaseline, "write-baseline", "", "record the current findings in this file")
	fs.StringVar(&cfg.srcroot, "srcroot", ".", "directory that report paths are relative to")
	fs.BoolVar(&cfg.tests, "test", true, "analyze test files too")
	fs.IntVar(&cfg.context, "c", -1, "with -format=text, show the offending line with this many lines of context")
	jsonFlag := fs.Bool("json", false, "")
	fix := fs.Bool("fix", false, "")
	diff := fs.Bool("diff", false, "")
	for _, name := range []string{"source", "v", "all"} {
		fs.Bool(name, false, "no effect (deprecated)")
	}
	fs.String("tags", "", "no effect (deprecated)")
	if err := fs.Parse(args); err != nil {
		if err == flag.ErrHelp {
			return nil, 0
		}
		return nil, 2
	}
	bad := func(format string, a ...any) (*reportConfig, int) {
		fmt.Fprintf(stderr, "protolint: "+format+"\n", a...)
		return nil, 2
	}
	switch {
	case *sarif && *format != "" && *format != formatSARIF:
		return bad("-sarif conflicts with -format=%s", *format)
	case *sarif:
		cfg.format = formatSARIF
	case *format != "":
		cfg.format = *format
	}
	if !slices.Contains([]string{formatText, formatSARIF, formatGitHub}, cfg.format) {
		return bad("unknown -format %q; want text, sarif or github", cfg.format)
	}
	if *jsonFlag || *fix || *diff {
		return bad("-json, -fix and -diff cannot be combined with -format, -sarif, -baseline, -write-baseline or -srcroot")
	}
	if cfg.writeBaseline != "" && (cfg.baseline != "" || *format != "" || *sarif) {
		return bad("-write-baseline records every finding; it cannot be combined with -baseline, -format or -sarif")
	}

	// The analyzers to run, as the multichecker selects them.
	var hasTrue bool
	for _, ts := range enabled {
		hasTrue = hasTrue || *ts == setTrue
	}
	for _, a := range all {
		if (hasTrue && *enabled[a] == setTrue) || (!hasTrue && *enabled[a] != setFalse) {
			cfg.analyzers = append(cfg.analyzers, a)
		}
	}
	cfg.patterns = fs.Args()
	if len(cfg.patterns) == 0 {
		reportUsage(stderr)
		return nil, 1
	}
	if cfg.patterns[0] == "help" {
		return bad("help takes no report flags; run protolint help")
	}
	return cfg, -1
}

// runReport runs a report mode and returns its exit status.
func runReport(args []string, all []*analysis.Analyzer, stdout, stderr io.Writer) int {
	if err := analysis.Validate(all); err != nil {
		fmt.Fprintf(stderr, "protolint: %v\n", err)
		return 1
	}
	cfg, code := parseReportFlags(args, all, stderr)
	if code >= 0 {
		return code
	}
	col, err := report.NewCollector(cfg.srcroot)
	if err != nil {
		fmt.Fprintf(stderr, "protolint: -srcroot: %v\n", err)
		return 2
	}
	if st, err := os.Stat(col.Root); err != nil || !st.IsDir() {
		fmt.Fprintf(stderr, "protolint: -srcroot %s is not a directory\n", cfg.srcroot)
		return 2
	}
	var base *report.Baseline
	if cfg.baseline != "" {
		if base, err = report.ReadBaseline(cfg.baseline); err != nil {
			fmt.Fprintf(stderr, "protolint: -baseline: %v\n", err)
			return 1
		}
	}

	// Load as the multichecker does: all syntax if any analyzer uses facts.
	mode := packages.LoadSyntax
	if needFacts(cfg.analyzers) {
		mode = packages.LoadAllSyntax
	}
	pkgs, err := packages.Load(&packages.Config{Mode: mode | packages.NeedModule, Tests: cfg.tests}, cfg.patterns...)
	if err == nil && len(pkgs) == 0 {
		err = fmt.Errorf("%s matched no packages", strings.Join(cfg.patterns, " "))
	}
	if err != nil {
		fmt.Fprintf(stderr, "protolint: %v\n", err)
		if cfg.format == formatSARIF {
			writeSARIF(stdout, stderr, nil, col.Root, cfg, 1, []string{err.Error()})
		}
		return 1
	}
	var errs []string
	code = 0
	packages.Visit(pkgs, nil, func(p *packages.Package) {
		for _, e := range p.Errors {
			fmt.Fprintln(stderr, e)
			errs = append(errs, e.Error())
			code = 1
		}
		if p.Module != nil && p.Module.Error != nil {
			fmt.Fprintln(stderr, p.Module.Error.Err)
			errs = append(errs, p.Module.Error.Err)
			code = 1
		}
	})

	graph, err := checker.Analyze(cfg.analyzers, pkgs, nil)
	if err != nil {
		fmt.Fprintf(stderr, "protolint: %v\n", err)
		return 1
	}
	findings, aerrs := col.Collect(graph)
	for _, e := range aerrs {
		fmt.Fprintln(stderr, e)
		errs = append(errs, e.Error())
	}

	if cfg.writeBaseline != "" {
		if len(errs) > 0 {
			fmt.Fprintf(stderr, "protolint: not writing %s: the analysis was incomplete\n", cfg.writeBaseline)
			return 1
		}
		if err := report.NewBaseline(findings).Write(cfg.writeBaseline); err != nil {
			fmt.Fprintf(stderr, "protolint: %v\n", err)
			return 1
		}
		fmt.Fprintf(stderr, "protolint: recorded %d findings in %s\n", len(findings), cfg.writeBaseline)
		return code
	}

	if base != nil {
		var accepted int
		findings, accepted = base.Filter(findings)
		fmt.Fprintf(stderr, "protolint: %d findings accepted by baseline %s, %d new\n", accepted, cfg.baseline, len(findings))
	}

	if len(aerrs) > 0 {
		code = 1
	} else if len(findings) > 0 {
		code = max(code, 3)
	}

	switch cfg.format {
	case formatText:
		report.WriteText(stderr, findings, cfg.context)
	case formatGitHub:
		if err := report.WriteGitHub(stdout, findings); err != nil {
			fmt.Fprintf(stderr, "protolint: %v\n", err)
			return 1
		}
	case formatSARIF:
		if !writeSARIF(stdout, stderr, findings, col.Root, cfg, code, errs) {
			return 1
		}
	}
	return code
}

func writeSARIF(stdout, stderr io.Writer, findings []*report.Finding, root string, cfg *reportConfig, code int, errs []string) bool {
	rs, err := rules.All(cfg.analyzers)
	if err != nil {
		fmt.Fprintf(stderr, "protolint: %v\n", err)
		return false
	}
	wd, _ := os.Getwd()
	if wd != "" {
		wd, _ = filepath.Abs(wd)
	}
	version, semver := toolVersion()
	err = report.WriteSARIF(stdout, findings, root, report.SARIFOptions{
		Tool:       report.Tool{Name: "protolint", Version: version, SemanticVersion: semver, InformationURI: informationURI},
		Rules:      rs,
		Invocation: report.Invocation{Successful: code != 1, ExitCode: code, Errors: errs, WorkingDir: wd},
		Baseline:   cfg.baseline != "",
	})
	if err != nil {
		fmt.Fprintf(stderr, "protolint: writing SARIF: %v\n", err)
		return false
	}
	return true
}

var semverRE = regexp.MustCompile(`^v(\d+\.\d+\.\d+(?:-[0-9A-Za-z.-]+)?(?:\+[0-9A-Za-z.-]+)?)$`)

// toolVersion returns protolint's version for SARIF: the module version without its
// "v" (SARIF wants versions that start with a number), or 0.0.0-devel for a build
// from a checkout; and the same as a semantic version if it is one.
func toolVersion() (version, semver string) {
	version = "0.0.0-devel"
	if bi, ok := debug.ReadBuildInfo(); ok && bi.Main.Version != "" && bi.Main.Version != "(devel)" {
		version = strings.TrimPrefix(bi.Main.Version, "v")
	}
	if m := semverRE.FindStringSubmatch("v" + version); m != nil {
		semver = m[1]
	}
	return version, semver
}

// needFacts reports whether any of as, or an analyzer they require, uses facts: the
// dependencies must then be loaded from source.
func needFacts(as []*analysis.Analyzer) bool {
	seen := make(map[*analysis.Analyzer]bool)
	q := slices.Clone(as)
	for len(q) > 0 {
		a := q[0]
		q = q[1:]
		if seen[a] {
			continue
		}
		seen[a] = true
		if len(a.FactTypes) > 0 {
			return true
		}
		q = append(q, a.Requires...)
	}
	return false
}
