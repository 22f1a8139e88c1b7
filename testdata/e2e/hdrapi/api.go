// Package hdrapi is a gin service that uses the shared CORS middleware.
package hdrapi

import (
	"net/http"

	"github.com/gin-gonic/gin"

	"example.com/e2e/hdrconf"
)

// Routes registers the API.
func Routes(r *gin.Engine) {
	r.Use(hdrconf.Middleware())
	r.GET("/items", func(c *gin.Context) {
		c.Header("X-Trace-Id", "t-1")         // ok: exposed by the shared configuration
		c.Header("X-Rate-Limit", "100")       // want `^custom response header "X-Rate-Limit" is not exposed by the CORS configuration at hdrconf/conf.go:11: browsers hide it from cross-origin scripts; add it to the exposed headers$`
		c.Header("Cache-Control", "no-store") // ok: safelisted
		c.JSON(http.StatusOK, gin.H{"items": []string{}})
	})
}
