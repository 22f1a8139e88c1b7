// Package hdrlate sets some headers too late.
package hdrlate

import (
	"encoding/json"
	"net/http"

	"github.com/gin-gonic/gin"
	"github.com/labstack/echo/v4"
)

// Export writes a CSV and then tries to name it.
func Export(w http.ResponseWriter, r *http.Request) {
	w.Header().Set("Content-Type", "text/csv")
	w.WriteHeader(http.StatusOK)
	w.Write([]byte("a,b\n"))
	w.Header().Set("Content-Disposition", `attachment; filename="export.csv"`) // want `^header "Content-Disposition" set after \(http.ResponseWriter\).WriteHeader on line 15 wrote the response: the header block is already sent, so it is dropped; set headers before writing the status or body$`
}

// Stream declares a trailer, which may be set after the body.
func Stream(w http.ResponseWriter, r *http.Request) {
	w.Header().Set("Trailer", "X-Checksum")
	json.NewEncoder(w).Encode(map[string]int{"n": 1})
	w.Header().Set("X-Checksum", "abc") // ok: a declared trailer
}

// GinLate sets a header after rendering.
func GinLate(c *gin.Context) {
	c.Status(http.StatusAccepted)
	c.Header("X-Job", "42") // ok: gin's Status only records the code
	c.JSON(http.StatusAccepted, gin.H{"job": 42})
	c.Header("X-Job-Url", "/jobs/42") // want `^header "X-Job-Url" set after \(\*gin.Context\).JSON on line 31 wrote the response`
}

// EchoLate sets a header after the body.
func EchoLate(c echo.Context) error {
	if err := c.String(http.StatusOK, "done"); err != nil {
		return err
	}
	c.Response().Header().Set("X-Elapsed", "12ms") // want `^header "X-Elapsed" set after \(echo.Context\).String on line 37 wrote the response`
	return nil
}
