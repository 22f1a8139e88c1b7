// Package jobs reports the outcome of background jobs through reply. It imports
// neither net/http nor a framework: only its dependency's facts tell protolint that
// reply.Status sets an HTTP status.
package jobs

import (
	"io"

	"example.com/e2e/reply"
)

// Done reports a finished job.
func Done(w io.Writer, name string) {
	reply.Status(w, 299, name+" done") // want `^reply\.Status with non-error status 299: it passes the code to http\.Error, so the client sees a success, not a failure; use a 4xx or 5xx code$`
}

// Failed reports a failed job.
func Failed(w io.Writer, name string) {
	reply.Status(w, 500, name+" failed") // want `^numeric status code 500; use http\.StatusInternalServerError$`
}
