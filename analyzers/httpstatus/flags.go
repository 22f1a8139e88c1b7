package httpstatus

import (
	"fmt"
	"slices"
	"strconv"
	"strings"
)

// codeSet is a flag.Value holding comma-separated status codes: "499,520".
type codeSet map[int64]bool

func (s *codeSet) String() string {
	codes := make([]int64, 0, len(*s))
	for c := range *s {
		codes = append(codes, c)
	}
	slices.Sort(codes)
	parts := make([]string, len(codes))
	for i, c := range codes {
		parts[i] = strconv.FormatInt(c, 10)
	}
	return strings.Join(parts, ",")
}

func (s *codeSet) Set(v string) error {
	m := make(codeSet)
	for f := range strings.SplitSeq(v, ",") {
		f = strings.TrimSpace(f)
		if f == "" {
			continue
		}
		c, err := strconv.ParseInt(f, 10, 64)
		if err != nil || c < 100 || c > 999 {
			return fmt.Errorf("invalid status code %q: want a number between 100 and 999", f)
		}
		m[c] = true
	}
	*s = m
	return nil
}
