// Command compare measures protolint against the floor binary (bench/floor) on
// packages of a module: wall time, CPU time (user+sys) and peak RSS, from runs
// interleaved floor, protolint, floor, protolint..., and prints the medians and
// their ratios to the floor as a Markdown table. bench/run.sh drives it; see
// bench/README.md for the method.
//
// Usage:
//
//	compare -floor=bin/floor -protolint=bin/protolint -dir=testdata/corpus/caddy \
//		-mode=standalone,vet -n=5 -label=caddy github.com/caddyserver/caddy/v2/...
//
// Modes:
//
//	standalone  BIN PATTERNS: the go/packages driver; the process tree is BIN and
//	            the go list it starts
//	vet         go vet -vettool=BIN PATTERNS, with a GOCACHE of its own that is
//	            warmed once (every package compiled) and shared by both tools; each
//	            run uses a fresh copy of the tool with a few bytes appended, so its
//	            tool ID (go vet's cache key) is new and no vet result is reused,
//	            while compiled export data is: both tools start from the same
//	            cache state
//	vettool     as vet, with -toolexec pointing at this program, which records the
//	            CPU time and peak RSS of each tool process: the tool's own share,
//	            without the go command
//
// CPU time and peak RSS come from wait4's rusage of the process tree: CPU is the
// sum over the process and the children it waited for, peak RSS the largest of
// them (ru_maxrss).
package main

import (
	"bufio"
	"context"
	"crypto/rand"
	"encoding/json"
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"os/exec"
	"path/filepath"
	"slices"
	"strconv"
	"strings"
	"syscall"
	"time"
)

// toolexecLog, when set in the environment, makes this program a -toolexec
// wrapper that appends one line per tool process to the named file.
const toolexecLog = "PROTOLINT_BENCH_TOOLEXEC_LOG"

type sample struct {
	Tool     string        `json:"tool"`
	Mode     string        `json:"mode"`
	Run      int           `json:"run"`
	Wall     time.Duration `json:"wall_ns"`
	CPU      time.Duration `json:"cpu_ns"`
	MaxRSSKB int64         `json:"maxrss_kb"`
	Exit     int           `json:"exit"`
	// vettool mode: sums and maxima over the tool processes alone.
	ToolProcs int `json:"tool_procs,omitempty"`
}

func main() {
	if log := os.Getenv(toolexecLog); log != "" {
		os.Exit(wrap(log, os.Args[1:]))
	}
	var (
		floorBin = flag.String("floor", "bin/floor", "the floor binary")
		protoBin = flag.String("protolint", "bin/protolint", "the protolint binary")
		dir      = flag.String("dir", ".", "directory to run in (a module)")
		modes    = flag.String("mode", "standalone,vet", "comma-separated modes: standalone, vet, vettool")
		n        = flag.Int("n", 5, "runs per tool and mode")
		label    = flag.String("label", "", "label for the table rows (default: -dir's base name)")
		rawOut   = flag.String("raw", "", "append every sample as a JSON line to this file")
		gocache  = flag.String("gocache", "", "GOCACHE for the vet modes (default: a new directory, warmed first)")
		timeout  = flag.Duration("timeout", 20*time.Minute, "timeout of one run")
	)
	flag.Parse()
	patterns := flag.Args()
	if len(patterns) == 0 {
		fmt.Fprintln(os.Stderr, "compare: no packages")
		os.Exit(2)
	}
	if *label == "" {
		*label = filepath.Base(*dir)
	}
	var err error
	for _, p := range []*string{floorBin, protoBin, dir} {
		if *p, err = filepath.Abs(*p); err != nil {
			fatal(err)
		}
	}
	self, err := os.Executable()
	if err != nil {
		fatal(err)
	}
	tmp, err := os.MkdirTemp("", "protolint-compare-")
	if err != nil {
		fatal(err)
	}
	defer os.RemoveAll(tmp)

	var raw io.Writer = io.Discard
	if *rawOut != "" {
		f, err := os.OpenFile(*rawOut, os.O_CREATE|os.O_APPEND|os.O_WRONLY, 0o644)
		if err != nil {
			fatal(err)
		}
		defer f.Close()
		raw = f
	}

	tools := []struct{ name, bin string }{{"floor", *floorBin}, {"protolint", *protoBin}}
	var all []sample
	for _, mode := range strings.Split(*modes, ",") {
		env := append(os.Environ(), "GOWORK=off")
		vet := mode == "vet" || mode == "vettool"
		if vet {
			cache := *gocache
			if cache == "" {
				cache = filepath.Join(tmp, "gocache")
			}
			env = append(env, "GOCACHE="+cache)
			// Warm the cache: compile everything go vet needs, with a tool ID
			// that no measured run uses.
			warm, err := uniqueCopy(*floorBin, tmp, "warm")
			if err != nil {
				fatal(err)
			}
			fmt.Fprintf(os.Stderr, "%s: warming GOCACHE %s\n", *label, cache)
			args, warmEnv := []string{"vet", "-vettool=" + warm}, env
			if mode == "vettool" {
				// -toolexec is part of the compile actions' cache keys.
				args = append(args, "-toolexec="+self)
				warmEnv = append(slices.Clip(env), toolexecLog+"="+filepath.Join(tmp, "toolexec-warm.log"))
			}
			s, out := runOnce(*dir, warmEnv, *timeout, "go", append(args, patterns...)...)
			fmt.Fprintf(os.Stderr, "%s: warm-up took %v (exit %d)\n", *label, s.Wall.Round(time.Millisecond), s.Exit)
			if s.Exit != 0 && s.Exit != 1 {
				fatal(fmt.Errorf("warm-up go vet failed:\n%s", out))
			}
		}
		for i := range *n {
			for _, tool := range tools {
				var s sample
				var out string
				var logFile string
				switch mode {
				case "standalone":
					s, out = runOnce(*dir, env, *timeout, tool.bin, patterns...)
				case "vet", "vettool":
					bin, err := uniqueCopy(tool.bin, tmp, fmt.Sprintf("%s-%s-%d", tool.name, mode, i))
					if err != nil {
						fatal(err)
					}
					args := []string{"vet", "-vettool=" + bin}
					runEnv := env
					if mode == "vettool" {
						logFile = filepath.Join(tmp, fmt.Sprintf("toolexec-%s-%d.log", tool.name, i))
						args = append(args, "-toolexec="+self)
						runEnv = append(slices.Clip(env), toolexecLog+"="+logFile)
					}
					s, out = runOnce(*dir, runEnv, *timeout, "go", append(args, patterns...)...)
				default:
					fatal(fmt.Errorf("unknown mode %q", mode))
				}
				s.Tool, s.Mode, s.Run = tool.name, mode, i
				if logFile != "" {
					if err := toolShare(&s, logFile, filepath.Base(tool.name)); err != nil {
						fatal(err)
					}
				}
				if !okExit(mode, s.Exit) {
					fatal(fmt.Errorf("%s %s run %d: exit %d\n%s", tool.name, mode, i, s.Exit, tail(out, 40)))
				}
				fmt.Fprintf(os.Stderr, "%s %-10s %-9s run %d: wall %6.2fs cpu %6.2fs rss %7.1f MiB exit %d\n",
					*label, mode, tool.name, i, s.Wall.Seconds(), s.CPU.Seconds(), float64(s.MaxRSSKB)/1024, s.Exit)
				b, _ := json.Marshal(struct {
					Label string `json:"label"`
					sample
				}{*label, s})
				fmt.Fprintf(raw, "%s\n", b)
				all = append(all, s)
			}
		}
	}
	printTable(os.Stdout, *label, all)
}

// okExit reports whether exit is a normal outcome: 0 clean, 3 findings
// (standalone), 1 findings (go vet). A load or type error in the corpus also
// exits 1 standalone; the floor shares it, so it does not skew the comparison.
func okExit(mode string, exit int) bool {
	switch exit {
	case 0, 1:
		return true
	case 3:
		return mode == "standalone"
	}
	return false
}

// uniqueCopy copies bin into dir under name, with random bytes appended, so
// that `bin -V=full` (a hash of the executable) and with it go vet's cache key
// is new, while the program is the same.
func uniqueCopy(bin, dir, name string) (string, error) {
	data, err := os.ReadFile(bin)
	if err != nil {
		return "", err
	}
	nonce := make([]byte, 16)
	_, _ = rand.Read(nonce)
	dst := filepath.Join(dir, name)
	return dst, os.WriteFile(dst, append(data, nonce...), 0o755)
}

func runOnce(dir string, env []string, timeout time.Duration, name string, args ...string) (sample, string) {
	ctx, cancel := context.WithTimeout(context.Background(), timeout)
	defer cancel()
	cmd := exec.CommandContext(ctx, name, args...)
	cmd.Dir = dir
	cmd.Env = env
	var out strings.Builder
	cmd.Stdout = io.Discard
	cmd.Stderr = &out
	start := time.Now()
	err := cmd.Run()
	wall := time.Since(start)
	var s sample
	s.Wall = wall
	if ctx.Err() != nil {
		fatal(fmt.Errorf("%s %s: timed out after %v", name, strings.Join(args, " "), timeout))
	}
	var exitErr *exec.ExitError
	switch {
	case err == nil:
	case errors.As(err, &exitErr):
		s.Exit = exitErr.ExitCode()
	default:
		fatal(err)
	}
	ps := cmd.ProcessState
	s.CPU = ps.UserTime() + ps.SystemTime()
	if ru, ok := ps.SysUsage().(*syscall.Rusage); ok {
		s.MaxRSSKB = ru.Maxrss
	}
	return s, out.String()
}

// wrap runs args as a -toolexec wrapper and records the child's rusage.
func wrap(log string, args []string) int {
	if len(args) == 0 {
		return 2
	}
	cmd := exec.Command(args[0], args[1:]...)
	cmd.Stdin, cmd.Stdout, cmd.Stderr = os.Stdin, os.Stdout, os.Stderr
	err := cmd.Run()
	code := 0
	var exitErr *exec.ExitError
	if errors.As(err, &exitErr) {
		code = exitErr.ExitCode()
	} else if err != nil {
		fmt.Fprintln(os.Stderr, err)
		return 1
	}
	ps := cmd.ProcessState
	var rss int64
	if ru, ok := ps.SysUsage().(*syscall.Rusage); ok {
		rss = ru.Maxrss
	}
	f, err := os.OpenFile(log, os.O_CREATE|os.O_APPEND|os.O_WRONLY, 0o644)
	if err == nil {
		// One short write per line: O_APPEND keeps concurrent lines whole.
		fmt.Fprintf(f, "%s %d %d\n", filepath.Base(args[0]), int64(ps.UserTime()+ps.SystemTime()), rss)
		f.Close()
	}
	return code
}

// toolShare replaces s's CPU and peak RSS by those of the tool processes
// recorded in log (lines "name cpu_ns maxrss_kb"), keeping the wall time.
func toolShare(s *sample, log, prefix string) error {
	f, err := os.Open(log)
	if err != nil {
		return err
	}
	defer f.Close()
	s.CPU, s.MaxRSSKB = 0, 0
	sc := bufio.NewScanner(f)
	for sc.Scan() {
		fields := strings.Fields(sc.Text())
		if len(fields) != 3 || !strings.HasPrefix(fields[0], prefix+"-") {
			continue
		}
		cpu, _ := strconv.ParseInt(fields[1], 10, 64)
		rss, _ := strconv.ParseInt(fields[2], 10, 64)
		s.CPU += time.Duration(cpu)
		s.MaxRSSKB = max(s.MaxRSSKB, rss)
		s.ToolProcs++
	}
	return sc.Err()
}

func median[T int64 | time.Duration](xs []T) T {
	s := slices.Clone(xs)
	slices.Sort(s)
	if len(s)%2 == 1 {
		return s[len(s)/2]
	}
	return (s[len(s)/2-1] + s[len(s)/2]) / 2
}

// printTable prints, per mode, the floor's and protolint's medians, their
// ratios, and the floor's spread (min-max as a percentage of its median), the
// measure of how noisy the machine was.
func printTable(w io.Writer, label string, all []sample) {
	fmt.Fprintln(w, "| corpus | mode | runs | floor wall | protolint wall | wall ratio | floor CPU | protolint CPU | CPU ratio | floor RSS | protolint RSS | RSS ratio | floor spread (wall, CPU) |")
	fmt.Fprintln(w, "| --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- |")
	var modes []string
	for _, s := range all {
		if !slices.Contains(modes, s.Mode) {
			modes = append(modes, s.Mode)
		}
	}
	for _, mode := range modes {
		get := func(tool string) (wall, cpu []time.Duration, rss []int64) {
			for _, s := range all {
				if s.Mode == mode && s.Tool == tool {
					wall, cpu, rss = append(wall, s.Wall), append(cpu, s.CPU), append(rss, s.MaxRSSKB)
				}
			}
			return
		}
		fw, fc, fr := get("floor")
		pw, pc, pr := get("protolint")
		if len(fw) == 0 || len(pw) == 0 {
			continue
		}
		spread := func(xs []time.Duration) float64 {
			return 100 * float64(slices.Max(xs)-slices.Min(xs)) / float64(median(xs))
		}
		fmt.Fprintf(w, "| %s | %s | %d | %.2fs | %.2fs | %.3f | %.2fs | %.2fs | %.3f | %.0f MiB | %.0f MiB | %.3f | %.0f%%, %.0f%% |\n",
			label, mode, len(fw),
			median(fw).Seconds(), median(pw).Seconds(), float64(median(pw))/float64(median(fw)),
			median(fc).Seconds(), median(pc).Seconds(), float64(median(pc))/float64(median(fc)),
			float64(median(fr))/1024, float64(median(pr))/1024, float64(median(pr))/float64(median(fr)),
			spread(fw), spread(fc))
	}
}

func tail(s string, lines int) string {
	l := strings.Split(strings.TrimRight(s, "\n"), "\n")
	if len(l) > lines {
		l = l[len(l)-lines:]
	}
	return strings.Join(l, "\n")
}

func fatal(err error) {
	fmt.Fprintln(os.Stderr, "compare:", err)
	os.Exit(1)
}
