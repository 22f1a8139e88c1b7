//go:build tools

// Package corpus pins the modules of protolint's benchmark and review corpus
// (see bench/README.md). The blank imports keep them in go.mod and go.sum.
package corpus

import (
	_ "github.com/centrifugal/centrifugo/v6"
)
