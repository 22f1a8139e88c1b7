#!/usr/bin/env bash
# Benchmarks protolint against the floor (bench/floor) on the corpus modules in
# testdata/corpus, standalone and as a go vet tool. See bench/README.md.
#
#   bench/run.sh                 # every corpus module, 5 interleaved runs per tool and mode
#   N=9 bench/run.sh caddy       # one module, 9 runs
#   MODES=standalone bench/run.sh
#   MODES=vettool bench/run.sh   # go vet with the tool processes' own CPU and RSS
#
# Prints one Markdown table per module on stdout; progress and every run on
# stderr; every sample as a JSON line in $RAW (default: a file in $TMPDIR).
# The go vet modes share one GOCACHE, $VETCACHE (default: a directory in
# $TMPDIR), which is warmed once and kept for later runs; delete it to start over.
set -euo pipefail
cd "$(dirname "$0")/.."
export GOWORK=off
export GOFLAGS="${GOFLAGS:-} -mod=readonly"

N="${N:-5}"
MODES="${MODES:-standalone,vet}"
RAW="${RAW:-${TMPDIR:-/tmp}/protolint-bench-raw.jsonl}"
VETCACHE="${VETCACHE:-${TMPDIR:-/tmp}/protolint-bench-gocache}"

go build -o bin/protolint ./cmd/protolint
go build -o bin/floor ./bench/floor
go build -o bin/compare ./bench/compare

modules=("$@")
if [ ${#modules[@]} -eq 0 ]; then
	modules=(libs centrifugo caddy)
fi
for m in "${modules[@]}"; do
	dir="testdata/corpus/$m"
	mapfile -t patterns < "$dir/patterns.txt"
	(cd "$dir" && go mod download)
	bin/compare -floor=bin/floor -protolint=bin/protolint -dir="$dir" -label="$m" \
		-mode="$MODES" -n="$N" -raw="$RAW" -gocache="$VETCACHE" "${patterns[@]}"
done
