// Package reply writes short replies to any io.Writer: a terminal, a log, or an
// HTTP response, where it also sets the status. Its API does not mention net/http,
// so under go vet the export data of this package does not list net/http among its
// imports; protolint still knows that Status passes its code to http.Error.
package reply

import (
	"fmt"
	"io"
	"net/http"
	"strings"
	"time"
)

// Status writes msg with code: as the status of an HTTP response, or as a
// timestamped line anywhere else.
func Status(w io.Writer, code int, msg string) {
	if rw, ok := w.(http.ResponseWriter); ok {
		http.Error(rw, msg, code)
		return
	}
	for _, line := range strings.Split(msg, "\n") {
		fmt.Fprintf(w, "%s %s\n", time.Now().Format(time.RFC3339), line)
	}
}
