// Package gclbuild builds a golangci-lint v2 binary with protolint's module plugin
// linked in, from the Go module proxy alone: it needs neither git nor github.com,
// which `golangci-lint custom` needs (custom always clones golangci-lint's repository).
//
// The recipe is a wrapper module in a temporary directory:
//
//	go.mod     requires github.com/golangci/golangci-lint/v2 at the chosen version and
//	           github.com/protolint/protolint, replaced by a local checkout (or at a
//	           released version)
//	main.go    calls github.com/golangci/golangci-lint/v2/pkg/commands.Execute
//	plugins.go blank-imports github.com/protolint/protolint/plugin/golangci
//
// then go mod tidy and go build. The result behaves like golangci-lint itself (same
// commands, flags and exit codes) with the linters httpstatus, wsclose, corswild and
// customheader available as module plugins.
//
// golangci-lint is GPL-3.0: this package writes its own ten-line main and links the
// golangci-lint module as a library; no golangci-lint source is copied. Building the
// binary for your own CI is not distribution; review the GPL before you hand the
// binary to others.
package gclbuild

import (
	"bytes"
	"context"
	"fmt"
	"io"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"time"
)

// DefaultVersion is the golangci-lint release the plugin is tested with.
const DefaultVersion = "v2.15.0"

// Module paths.
const (
	golangciModule  = "github.com/golangci/golangci-lint/v2"
	protolintModule = "github.com/protolint/protolint"
	pluginImport    = protolintModule + "/plugin/golangci"
)

// Options says what to build.
type Options struct {
	// Output is the path of the binary to write. Required.
	Output string
	// Version is the golangci-lint version (a module version such as v2.15.0).
	// Empty means DefaultVersion.
	Version string
	// Protolint is either the directory of a protolint checkout (an absolute or
	// relative path; the wrapper replaces the module with it) or a module version
	// of protolint (v0.3.0, latest). Empty means the checkout that contains the
	// current directory, found with go list -m.
	Protolint string
	// Dir is the directory for the wrapper module. Empty means a temporary
	// directory that is removed afterwards.
	Dir string
	// Log receives the commands run and their output. Nil means io.Discard.
	Log io.Writer
	// Env is the environment of the go commands; nil means os.Environ(). GOWORK=off
	// is added.
	Env []string
}

// mainGo is the wrapper's main package. {{VERSION}} is replaced by the version string.
const mainGo = `// Command custom-gcl is golangci-lint with protolint's module plugin linked in,
// built by github.com/protolint/protolint/plugin/golangci/gclbuild.
package main

import (
	"fmt"
	"os"
	"runtime"
	"runtime/debug"

	"github.com/golangci/golangci-lint/v2/pkg/commands"
	"github.com/golangci/golangci-lint/v2/pkg/exitcodes"
)

var version = "{{VERSION}}"

func main() {
	info := commands.BuildInfo{GoVersion: runtime.Version(), Version: version, Commit: "unknown", Date: "unknown"}
	if bi, ok := debug.ReadBuildInfo(); ok {
		info.BuildInfo = bi
	}
	if err := commands.Execute(info); err != nil {
		fmt.Fprintf(os.Stderr, "custom-gcl: %v\n", err)
		os.Exit(exitcodes.Failure)
	}
}
`

const pluginsGo = `package main

// The module plugins: each registers its linters in init.
import _ "` + pluginImport + `"
`

// Build writes the wrapper module, resolves its dependencies (go mod tidy) and builds
// the binary at opts.Output. The wrapper directory is removed afterwards unless
// opts.Dir names it.
func Build(ctx context.Context, opts Options) error {
	if opts.Output == "" {
		return fmt.Errorf("gclbuild: no output path")
	}
	out, err := filepath.Abs(opts.Output)
	if err != nil {
		return err
	}
	version := opts.Version
	if version == "" {
		version = DefaultVersion
	}
	logw := opts.Log
	if logw == nil {
		logw = io.Discard
	}
	env := opts.Env
	if env == nil {
		env = os.Environ()
	}
	env = append(env[:len(env):len(env)], "GOWORK=off")

	dir := opts.Dir
	if dir == "" {
		dir, err = os.MkdirTemp("", "custom-gcl-")
		if err != nil {
			return err
		}
		defer os.RemoveAll(dir)
	} else if err := os.MkdirAll(dir, 0o755); err != nil {
		return err
	}

	// Which protolint: a local checkout (replace) or a module version (require).
	protoVersion, protoDir := "v0.0.0-00010101000000-000000000000", ""
	switch p := opts.Protolint; {
	case p == "":
		root, err := goOutput(ctx, ".", env, logw, "list", "-m", "-f", "{{.Dir}}", protolintModule)
		if err != nil {
			return fmt.Errorf("gclbuild: finding the protolint checkout (run inside it, or set the protolint source): %v", err)
		}
		protoDir = root
	case strings.HasPrefix(p, "v") && !strings.ContainsAny(p, `/\`), p == "latest":
		protoVersion = p
	default:
		protoDir, err = filepath.Abs(p)
		if err != nil {
			return err
		}
		if _, err := os.Stat(filepath.Join(protoDir, "go.mod")); err != nil {
			return fmt.Errorf("gclbuild: %s is not a module directory: %v", protoDir, err)
		}
	}

	gomod := fmt.Sprintf("module protolint.local/custom-gcl\n\ngo 1.26.0\n\nrequire %s %s\n", golangciModule, version)
	if protoDir != "" {
		gomod += fmt.Sprintf("\nrequire %s %s\n\nreplace %s => %s\n", protolintModule, protoVersion, protolintModule, protoDir)
	}
	files := map[string]string{
		"go.mod":     gomod,
		"main.go":    strings.Replace(mainGo, "{{VERSION}}", strings.TrimPrefix(version, "v")+"-custom-protolint", 1),
		"plugins.go": pluginsGo,
	}
	for name, content := range files {
		if err := os.WriteFile(filepath.Join(dir, name), []byte(content), 0o644); err != nil {
			return err
		}
	}
	if protoDir == "" {
		// A released protolint: let go get resolve "latest" and record it.
		if _, err := goOutput(ctx, dir, env, logw, "get", protolintModule+"@"+protoVersion); err != nil {
			return err
		}
	}
	if _, err := goOutput(ctx, dir, env, logw, "mod", "tidy"); err != nil {
		return err
	}
	if _, err := goOutput(ctx, dir, env, logw, "build", "-ldflags=-s -w", "-o", out, "."); err != nil {
		return err
	}
	return nil
}

// goOutput runs the go command in dir and returns its trimmed standard output.
func goOutput(ctx context.Context, dir string, env []string, logw io.Writer, args ...string) (string, error) {
	cmd := exec.CommandContext(ctx, "go", args...)
	cmd.Dir = dir
	cmd.Env = env
	var stdout, stderr bytes.Buffer
	cmd.Stdout = &stdout
	cmd.Stderr = io.MultiWriter(&stderr, logw)
	start := time.Now()
	fmt.Fprintf(logw, "$ (cd %s && go %s)\n", dir, strings.Join(args, " "))
	err := cmd.Run()
	fmt.Fprintf(logw, "  %.1fs\n", time.Since(start).Seconds())
	if err != nil {
		return "", fmt.Errorf("go %s in %s: %v\n%s", strings.Join(args, " "), dir, err, stderr.String())
	}
	return strings.TrimSpace(stdout.String()), nil
}
