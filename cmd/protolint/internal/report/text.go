package report

import (
	"bufio"
	"fmt"
	"io"
	"os"
	"strings"
)

// WriteText writes findings as the go/analysis drivers print them: "file:line:col:
// message" with the absolute file name, then each related location as
// "file:line:col: \tmessage". With contextLines >= 0 it also prints the offending
// lines with that many lines of context.
func WriteText(w io.Writer, findings []*Finding, contextLines int) error {
	bw := bufio.NewWriter(w)
	emit := func(file string, start, end Pos, msg string) {
		fmt.Fprintf(bw, "%s:%d:%d: %s\n", file, start.Line, start.Col, msg)
		if contextLines < 0 {
			return
		}
		data, _ := os.ReadFile(file)
		lines := strings.Split(string(data), "\n")
		for i := start.Line - contextLines; i <= max(end.Line, start.Line)+contextLines; i++ {
			if 1 <= i && i <= len(lines) {
				fmt.Fprintf(bw, "%d\t%s\n", i, lines[i-1])
			}
		}
	}
	for _, f := range findings {
		emit(f.Filename, f.Start, f.End, f.Message)
		for _, r := range f.Related {
			emit(r.Filename, r.Start, r.End, "\t"+r.Message)
		}
	}
	return bw.Flush()
}

// WriteGitHub writes findings as GitHub Actions workflow commands, one per line:
//
//	::error file=api/orders.go,line=12,col=3,endLine=12,endColumn=18,title=httpstatus/class::http.Error with ...
//
// GitHub shows them as annotations on the files of the run's commit (and of a pull
// request's diff). Paths are relative to the source root, which must be the
// repository root for the annotations to land; columns count UTF-16 code units.
func WriteGitHub(w io.Writer, findings []*Finding) error {
	bw := bufio.NewWriter(w)
	for _, f := range findings {
		fmt.Fprintf(bw, "::%s file=%s,line=%d,col=%d,endLine=%d,endColumn=%d,title=%s::%s\n",
			Level, escapeProperty(f.Path()), f.Start.Line, f.Start.Col16, f.End.Line, f.End.Col16,
			escapeProperty(f.RuleID), escapeData(f.Message))
	}
	return bw.Flush()
}

// escapeData escapes the message of a workflow command.
func escapeData(s string) string {
	return strings.NewReplacer("%", "%25", "\r", "%0D", "\n", "%0A").Replace(s)
}

// escapeProperty escapes a property value of a workflow command.
func escapeProperty(s string) string {
	return strings.NewReplacer("%", "%25", "\r", "%0D", "\n", "%0A", ":", "%3A", ",", "%2C").Replace(s)
}
