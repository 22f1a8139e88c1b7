// Command build-custom-gcl builds golangci-lint with protolint's module plugin linked
// in, from the Go module proxy alone (no git, no github.com): the offline equivalent
// of `golangci-lint custom` with this repository's .custom-gcl.yml.
//
// Usage:
//
//	go run ./plugin/golangci/cmd/build-custom-gcl -o bin/custom-gcl            # in a protolint checkout
//	go run github.com/protolint/protolint/plugin/golangci/cmd/build-custom-gcl@latest \
//	    -protolint=latest -o "$RUNNER_TEMP/custom-gcl"                       # anywhere
//
// Flags:
//
//	-o FILE          the binary to write (default ./custom-gcl)
//	-version V       golangci-lint version (default v2.15.0, the version the plugin is tested with)
//	-protolint SRC   a protolint checkout directory, or a protolint module version such
//	                 as v0.3.0 or latest (default: the checkout containing the current directory)
//	-keep DIR        write the wrapper module to DIR and keep it
//	-v               print the go commands and their output
//
// The binary is golangci-lint: run it as `custom-gcl run ./...` with a configuration
// that enables the linters, such as .golangci.example.yml. Exit status: 0 when the
// binary was built, 1 when the build failed, 2 on bad flags.
package main

import (
	"context"
	"flag"
	"fmt"
	"io"
	"os"
	"time"

	"github.com/protolint/protolint/plugin/golangci/gclbuild"
)

func main() {
	fs := flag.NewFlagSet("build-custom-gcl", flag.ContinueOnError)
	out := fs.String("o", "custom-gcl", "the binary to write")
	version := fs.String("version", gclbuild.DefaultVersion, "golangci-lint version")
	src := fs.String("protolint", "", "protolint checkout directory or module version (default: the checkout containing the current directory)")
	keep := fs.String("keep", "", "write the wrapper module to this directory and keep it")
	verbose := fs.Bool("v", false, "print the go commands and their output")
	if err := fs.Parse(os.Args[1:]); err != nil {
		os.Exit(2)
	}
	if fs.NArg() > 0 {
		fmt.Fprintf(os.Stderr, "build-custom-gcl: unexpected arguments %q\n", fs.Args())
		os.Exit(2)
	}
	var logw io.Writer = io.Discard
	if *verbose {
		logw = os.Stderr
	}
	start := time.Now()
	err := gclbuild.Build(context.Background(), gclbuild.Options{
		Output: *out, Version: *version, Protolint: *src, Dir: *keep, Log: logw,
	})
	if err != nil {
		fmt.Fprintf(os.Stderr, "build-custom-gcl: %v\n", err)
		os.Exit(1)
	}
	fmt.Fprintf(os.Stderr, "build-custom-gcl: wrote %s (golangci-lint %s with protolint's plugin) in %.0fs\n", *out, *version, time.Since(start).Seconds())
}
