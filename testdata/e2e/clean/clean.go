// Package clean contains only correct code, including many look-alikes of
// the patterns httpstatus reports. It must produce no finding at all.
package clean

import (
	"encoding/json"
	"errors"
	"fmt"
	"net/http"
	"strconv"
	"time"

	"github.com/gin-gonic/gin"
)

const (
	retryAfterSeconds = 120
	maxServerError    = 599
	statusTeapot      = http.StatusTeapot
)

type order struct {
	ID     string `json:"id"`
	Status int    `json:"status"`
}

// accessLog records a status for logging. It is not an http.ResponseWriter,
// so its WriteHeader method is not a status sink.
type accessLog struct {
	status int
}

func (a *accessLog) WriteHeader(code int) { a.status = code }

func writeJSON(w http.ResponseWriter, code int, v any) {
	w.Header().Set("Content-Type", "application/json")
	w.WriteHeader(code)
	_ = json.NewEncoder(w).Encode(v)
}

// Proxy relays an upstream response and classifies its status.
func Proxy(w http.ResponseWriter, r *http.Request) {
	var entry accessLog
	entry.WriteHeader(0) // ok: reset; accessLog is not a ResponseWriter

	req, err := http.NewRequestWithContext(r.Context(), r.Method, "http://inventory.internal"+r.URL.Path, nil)
	if err != nil {
		http.Error(w, err.Error(), http.StatusInternalServerError)
		return
	}
	resp, err := http.DefaultClient.Do(req)
	if err != nil {
		http.Error(w, err.Error(), http.StatusBadGateway)
		return
	}
	defer resp.Body.Close()

	if resp.StatusCode == 404 { // ok: comparison
		http.NotFound(w, r)
		return
	}
	if resp.StatusCode >= 500 && resp.StatusCode <= maxServerError { // ok: range
		w.Header().Set("Retry-After", strconv.Itoa(retryAfterSeconds))
		http.Error(w, "upstream unavailable", http.StatusServiceUnavailable)
		return
	}
	switch resp.StatusCode {
	case 200, 201, 204: // ok: case clauses are comparisons
		entry.WriteHeader(resp.StatusCode)
	}
	w.WriteHeader(resp.StatusCode) // ok: non-constant
	fmt.Fprintf(w, "relayed %d (%s)\n", resp.StatusCode, http.StatusText(resp.StatusCode))
}

// Orders lists orders.
func Orders(w http.ResponseWriter, r *http.Request) {
	if r.Method != http.MethodGet {
		w.Header().Set("Allow", http.MethodGet)
		http.Error(w, "method not allowed", http.StatusMethodNotAllowed)
		return
	}
	time.Sleep(200 * time.Millisecond) // ok: not a status sink
	writeJSON(w, http.StatusOK, []order{{ID: "1", Status: 200}})
}

// Remove deletes an order and answers 204 without a body.
func Remove(w http.ResponseWriter, r *http.Request) {
	if r.URL.Query().Get("id") == "" {
		http.Error(w, "id required", http.StatusBadRequest)
		return
	}
	w.WriteHeader(http.StatusNoContent)
}

// Home redirects to the dashboard.
func Home(w http.ResponseWriter, r *http.Request) {
	http.Redirect(w, r, "/dashboard", http.StatusFound)
}

// Teapot is an easter egg.
func Teapot(w http.ResponseWriter, r *http.Request) {
	w.WriteHeader(statusTeapot)
	fmt.Fprintln(w, "short and stout")
}

// Fake returns a canned upstream response for tests.
func Fake() *http.Response {
	return &http.Response{StatusCode: http.StatusOK, Status: strconv.Itoa(200) + " OK"}
}

var errOutOfStock = errors.New("out of stock")

// Reserve is a gin handler.
func Reserve(c *gin.Context) {
	if c.Query("sku") == "" {
		c.JSON(http.StatusBadRequest, gin.H{"error": "sku required"})
		return
	}
	if c.Query("sku") == "x" {
		c.JSON(http.StatusConflict, gin.H{"error": errOutOfStock.Error()})
		return
	}
	if c.Query("old") != "" {
		c.Redirect(http.StatusSeeOther, "/reserve")
		return
	}
	c.JSON(http.StatusOK, gin.H{"status": "reserved"})
}
