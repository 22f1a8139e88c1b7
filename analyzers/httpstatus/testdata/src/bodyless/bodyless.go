package bodyless

import (
	"encoding/json"
	"fmt"
	"io"
	"net/http"
	"strings"
)

func deleted(w http.ResponseWriter, r *http.Request) {
	w.WriteHeader(http.StatusNoContent)
	fmt.Fprintln(w, "deleted")                  // want `body written after WriteHeader\(204\): net/http refuses it with http.ErrBodyNotAllowed`
	json.NewEncoder(w).Encode(map[string]int{}) // want `body written after WriteHeader\(204\)`
	io.WriteString(w, "x")                      // want `body written after WriteHeader\(204\)`
	w.Write([]byte("x"))                        // want `body written after WriteHeader\(204\)`
}

func notModified(w http.ResponseWriter, r *http.Request, fresh bool) {
	if fresh {
		w.WriteHeader(http.StatusNotModified)
		return
	}
	w.Write([]byte("body")) // ok: the 304 path returned
}

func conditional(w http.ResponseWriter, empty bool) {
	if empty {
		w.WriteHeader(http.StatusNoContent)
	}
	io.Copy(w, strings.NewReader("x")) // ok: not every path passes through the 204
}

func both(w http.ResponseWriter, empty bool) {
	if empty {
		w.WriteHeader(http.StatusNoContent)
	} else {
		w.WriteHeader(http.StatusNotModified)
	}
	w.Write(nil) // ok: neither WriteHeader dominates the write on its own
}

func otherWriter(w http.ResponseWriter, buf *strings.Builder) {
	w.WriteHeader(http.StatusNoContent)
	fmt.Fprint(buf, "x") // ok: not the response
}

func closure(w http.ResponseWriter) {
	w.WriteHeader(http.StatusNoContent)
	f := func() { w.Write(nil) } // ok: another function
	_ = f
}

func loop(w http.ResponseWriter, items []string) {
	for _, it := range items {
		io.WriteString(w, it) // ok: before the 204
	}
	w.WriteHeader(http.StatusNoContent)
}

func created(w http.ResponseWriter) {
	w.WriteHeader(http.StatusCreated)
	w.Write([]byte("{}")) // ok: 201 has a body
}

func earlyHints(w http.ResponseWriter) {
	w.WriteHeader(http.StatusEarlyHints)
	w.WriteHeader(http.StatusOK)
	w.Write(nil) // ok
}
