// Package bench holds protolint's benchmarks and its tests on real code.
//
//   - bench/run.sh and bench/compare measure protolint against a floor binary
//     (bench/floor) on the corpus modules in testdata/corpus, standalone and as a
//     go vet tool; bench/README.md has the method and the numbers.
//   - go test -bench . ./bench runs each analyzer on generated packages of
//     growing size (synth_test.go).
//   - go test ./bench runs protolint on the corpus and on the standard library:
//     no crash, no analyzer error, deterministic output, and exactly the reviewed
//     findings of testdata/corpus/findings.tsv (corpus_test.go); and all the
//     analyzers in parallel under the race detector (race_test.go). These tests
//     fetch the corpus from the Go module proxy and are skipped with -short.
//   - bench/driver runs analyzers in process; the analyzers' fuzz tests use it.
package bench
