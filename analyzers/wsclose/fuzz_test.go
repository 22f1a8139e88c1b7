package wsclose_test

import (
	"maps"
	"slices"
	"sync"
	"testing"

	"github.com/protolint/protolint/analyzers/wsclose"
	"github.com/protolint/protolint/bench/driver"
)

// loadFuzz loads testdata once per process: its packages, their facts, and the
// test cases' files as seeds.
var loadFuzz = sync.OnceValues(func() (*driver.Universe, map[string][]byte) {
	u, seeds, err := driver.LoadTestdata("testdata", wsclose.Analyzer)
	if err != nil {
		panic(err)
	}
	return u, seeds
})

// FuzzWsclose feeds mutated Go source through the analyzer: each input is type-checked
// as a one-file package against the testdata packages (the standard library and
// the stubs of the frameworks), and, if it is well typed, analyzed twice. The
// analyzer must not panic, fail, report outside the file, or change its mind. The
// seeds are the files of the analysistest cases.
//
//	go test -run='^$' -fuzz=FuzzWsclose -fuzztime=20s ./analyzers/wsclose
func FuzzWsclose(f *testing.F) {
	u, seeds := loadFuzz()
	for _, name := range slices.Sorted(maps.Keys(seeds)) {
		f.Add(seeds[name])
	}
	f.Fuzz(func(t *testing.T, src []byte) {
		driver.CheckSource(t, u, wsclose.Analyzer, src)
	})
}
