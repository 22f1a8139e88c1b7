// want package:`headers\(sets=X-Before,X-After,X-Count,X-Maybe,X-Checksum,X-Final,X-Still-Fine,X-Too-Late,X-Too-Late,X-Fine,X-Fine,X-Still-Sent configs=\)`
package late

import (
	"encoding/json"
	"net/http"

	"github.com/gin-gonic/gin"
	"github.com/labstack/echo/v4"
	"github.com/valyala/fasthttp"
)

func handler(w http.ResponseWriter, r *http.Request) {
	w.Header().Set("X-Before", "ok") // ok: before the write
	w.WriteHeader(http.StatusOK)
	w.Header().Set("X-After", "dropped") // want `header "X-After" set after \(http.ResponseWriter\).WriteHeader on line 15 wrote the response: the header block is already sent, so it is dropped; set headers before writing the status or body`
}

func body(w http.ResponseWriter, r *http.Request) {
	json.NewEncoder(w).Encode(map[string]int{"n": 1})
	w.Header().Set("X-Count", "1") // want `header "X-Count" set after \(\*json.Encoder\).Encode on line 20 wrote the response`
}

func conditional(w http.ResponseWriter, r *http.Request, early bool) {
	if early {
		w.WriteHeader(http.StatusAccepted)
	}
	w.Header().Set("X-Maybe", "1") // ok: not every path writes first
}

func trailers(w http.ResponseWriter, r *http.Request) {
	w.Header().Set("Trailer", "X-Checksum")
	w.WriteHeader(http.StatusOK)
	w.Write([]byte("data"))
	w.Header().Set("X-Checksum", "abc")                    // ok: declared trailer
	w.Header().Set(http.TrailerPrefix+"X-Elapsed", "12ms") // ok: trailer prefix
}

func earlyHints(w http.ResponseWriter, r *http.Request) {
	w.Header().Set("Link", "</style.css>; rel=preload")
	w.WriteHeader(http.StatusEarlyHints)
	w.Header().Set("X-Final", "1") // ok: after an interim response
	w.WriteHeader(http.StatusOK)
}

func ginLate(c *gin.Context) {
	c.Status(http.StatusCreated)
	c.Header("X-Still-Fine", "1") // ok: gin's Status only records the code
	c.JSON(http.StatusCreated, nil)
	c.Header("X-Too-Late", "1") // want `header "X-Too-Late" set after \(\*gin.Context\).JSON on line 49 wrote the response`
}

func echoLate(c echo.Context) error {
	err := c.JSON(http.StatusOK, nil)
	c.Response().Header().Set("X-Too-Late", "1") // want `header "X-Too-Late" set after \(echo.Context\).JSON on line 54 wrote the response`
	return err
}

func fasthttpBuffered(ctx *fasthttp.RequestCtx) {
	ctx.SetBodyString("ok")
	ctx.Response.Header.Set("X-Fine", "1") // ok: fasthttp buffers the response
}

func otherResponse(w, other http.ResponseWriter) {
	other.WriteHeader(http.StatusOK)
	w.Header().Set("X-Fine", "1") // ok: another response
}

func ginWriterBuffers(c *gin.Context) {
	c.Writer.WriteHeader(http.StatusCreated)
	c.Header("X-Still-Sent", "1") // ok: gin's writer records the code until the first body write
}
