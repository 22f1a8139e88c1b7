package report

import (
	"bytes"
	"cmp"
	"encoding/json"
	"fmt"
	"os"
	"slices"
)

// BaselineVersion is the version of the baseline file format.
const BaselineVersion = 1

// A Baseline records accepted findings by fingerprint. A finding whose fingerprint
// is in the baseline is not reported, up to the number of times it was recorded, so
// a second copy of an accepted mistake in the same file is still reported.
type Baseline struct {
	Version  int             `json:"version"`
	Tool     string          `json:"tool"`
	Findings []BaselineEntry `json:"findings"`
}

// A BaselineEntry is one accepted finding. Rule, File and Message are there for the
// reader and for review; only Fingerprint and Count are used for matching.
type BaselineEntry struct {
	Fingerprint string `json:"fingerprint"`
	Rule        string `json:"rule"`
	File        string `json:"file"`
	Message     string `json:"message"`
	Count       int    `json:"count"`
}

// NewBaseline records fs.
func NewBaseline(fs []*Finding) *Baseline {
	b := &Baseline{Version: BaselineVersion, Tool: "protolint", Findings: []BaselineEntry{}}
	index := make(map[string]int)
	for _, f := range fs {
		if i, ok := index[f.Fingerprint]; ok {
			b.Findings[i].Count++
			continue
		}
		index[f.Fingerprint] = len(b.Findings)
		b.Findings = append(b.Findings, BaselineEntry{Fingerprint: f.Fingerprint, Rule: f.RuleID, File: f.Path(), Message: f.Message, Count: 1})
	}
	slices.SortFunc(b.Findings, func(x, y BaselineEntry) int {
		return cmp.Or(cmp.Compare(x.File, y.File), cmp.Compare(x.Rule, y.Rule), cmp.Compare(x.Message, y.Message), cmp.Compare(x.Fingerprint, y.Fingerprint))
	})
	return b
}

// ReadBaseline reads a baseline file.
func ReadBaseline(file string) (*Baseline, error) {
	data, err := os.ReadFile(file)
	if err != nil {
		return nil, err
	}
	var b Baseline
	dec := json.NewDecoder(bytes.NewReader(data))
	dec.DisallowUnknownFields()
	if err := dec.Decode(&b); err != nil {
		return nil, fmt.Errorf("%s: not a protolint baseline: %v", file, err)
	}
	if b.Version != BaselineVersion {
		return nil, fmt.Errorf("%s: baseline version %d, want %d", file, b.Version, BaselineVersion)
	}
	for i, e := range b.Findings {
		if e.Fingerprint == "" {
			return nil, fmt.Errorf("%s: finding %d has no fingerprint", file, i+1)
		}
	}
	return &b, nil
}

// Write writes the baseline to file, as indented JSON.
func (b *Baseline) Write(file string) error {
	data, err := json.MarshalIndent(b, "", "  ")
	if err != nil {
		return err
	}
	return os.WriteFile(file, append(data, '\n'), 0o644)
}

// Filter returns the findings of fs that b does not accept, and the number of
// findings it accepted.
func (b *Baseline) Filter(fs []*Finding) (fresh []*Finding, accepted int) {
	left := make(map[string]int)
	for _, e := range b.Findings {
		left[e.Fingerprint] += max(e.Count, 1)
	}
	for _, f := range fs {
		if left[f.Fingerprint] > 0 {
			left[f.Fingerprint]--
			accepted++
			continue
		}
		fresh = append(fresh, f)
	}
	return fresh, accepted
}
