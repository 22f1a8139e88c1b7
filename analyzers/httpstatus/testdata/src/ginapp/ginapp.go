package ginapp

import (
	"errors"
	"net/http"

	"github.com/gin-gonic/gin"
)

type errorResponse struct {
	Message string `json:"error"`
}

type order struct {
	ID    int
	Error string // a field named Error, but not the first key
}

var errNotFound = errors.New("not found")

func handlers(c *gin.Context, err error) {
	c.JSON(http.StatusOK, gin.H{"error": err.Error()})               // want `error body sent with success status 200: clients treat the failure as a success`
	c.JSON(http.StatusOK, gin.H{"err": "boom", "id": 1})             // want `error body sent with success status 200`
	c.JSON(http.StatusOK, err)                                       // want `error body sent with success status 200`
	c.String(http.StatusOK, err.Error())                             // want `error body sent with success status 200`
	c.JSON(http.StatusCreated, errorResponse{Message: "x"})          // want `error body sent with success status 201`
	c.JSON(http.StatusOK, gin.H{"id": 1, "error": nil})              // ok: "error" is not the leading key
	c.JSON(http.StatusOK, order{ID: 1, Error: ""})                   // ok: the leading key is ID
	c.JSON(http.StatusNotFound, gin.H{"error": errNotFound.Error()}) // ok: a 4xx
	c.JSON(http.StatusOK, gin.H{"status": "ok"})
	c.JSON(200, gin.H{"status": "ok"})                        // want `numeric status code 200; use http.StatusOK`
	c.JSON(0, nil)                                            // want `invalid HTTP status code 0: gin ignores it and sends the previous status, 200 by default`
	c.JSON(42, nil)                                           // want `invalid HTTP status code 42: net/http panics`
	c.JSON(499, nil)                                          // want `unregistered HTTP status code 499`
	c.AbortWithStatusJSON(http.StatusOK, gin.H{"error": "x"}) // want `\(\*gin.Context\).AbortWithStatusJSON with non-error status 200`
	c.AbortWithStatusPureJSON(302, nil)                       // want `\(\*gin.Context\).AbortWithStatusPureJSON with non-error status 302`
	c.AbortWithError(http.StatusOK, err)                      // want `\(\*gin.Context\).AbortWithError with non-error status 200`
	c.AbortWithStatus(http.StatusNoContent)                   // ok: not an error helper (CORS preflight answers)
	c.AbortWithStatusJSON(http.StatusUnauthorized, gin.H{"error": "login"})
	c.Redirect(http.StatusOK, "/login")         // want `\(\*gin.Context\).Redirect with non-redirect status 200: gin panics \("Cannot redirect with status code 200"\)`
	c.Redirect(http.StatusNotModified, "/x")    // want `\(\*gin.Context\).Redirect with non-redirect status 304: clients do not follow the Location header`
	c.Redirect(http.StatusCreated, "/orders/1") // ok: gin allows 201 with a Location
	c.Redirect(http.StatusFound, "/login")
	c.Status(http.StatusAccepted)
	c.Writer.WriteHeader(1000) // want `invalid HTTP status code 1000`
	c.Data(http.StatusOK, "text/plain", nil)
	c.String(http.StatusOK, "%v", err) // ok: only the first body argument is considered
}

type ErrorResponse struct {
	Code    int
	Message string
}

func moreErrors(c *gin.Context, err error, items []string) {
	c.JSON(http.StatusOK, gin.H{"success": false, "message": "duplicate"}) // want `error body sent with success status 200`
	c.JSON(http.StatusOK, gin.H{"status": "failed", "error": err.Error()}) // want `error body sent with success status 200`
	c.JSON(http.StatusOK, ErrorResponse{Code: 1, Message: "x"})            // want `error body sent with success status 200`
	c.JSON(http.StatusOK, &ErrorResponse{Code: 1})                         // want `error body sent with success status 200`
	c.JSON(http.StatusOK, gin.H{"success": true, "items": items})
	c.JSON(http.StatusOK, gin.H{"items": items, "errors": []string{}}) // ok: partial results with an empty error list
	c.JSON(http.StatusOK, gin.H{"items": items, "error": nil})
	c.JSON(http.StatusBadRequest, ErrorResponse{Code: 1})
}

func sentinel(c *gin.Context) {
	c.JSON(-1, nil)          // ok: gin's "keep the status already set"
	c.Writer.WriteHeader(-1) // ok: gin's writer ignores codes <= 0
	c.Writer.WriteHeader(42) // want `invalid HTTP status code 42: net/http panics`
}
