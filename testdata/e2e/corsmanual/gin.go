package corsmanual

import (
	"net/http"
	"slices"
	"strings"

	"github.com/gin-gonic/gin"
)

// ginCORSStar sends credentials with a wildcard origin.
func ginCORSStar(c *gin.Context) {
	c.Header("Access-Control-Allow-Origin", "*") // want `^Access-Control-Allow-Origin "\*" with Access-Control-Allow-Credentials "true"`
	c.Writer.Header().Set("Access-Control-Allow-Credentials", "true")
	if c.Request.Method == http.MethodOptions {
		c.AbortWithStatus(http.StatusNoContent)
		return
	}
	c.Next()
}

// ginCORSReflect echoes the Origin back.
func ginCORSReflect(c *gin.Context) {
	c.Header("Access-Control-Allow-Origin", c.GetHeader("Origin")) // want `^Access-Control-Allow-Origin is the request's Origin, unchecked, with credentials`
	c.Header("Access-Control-Allow-Credentials", "true")
	c.Next()
}

// ginCORSChecked reflects only the listed origins.
func ginCORSChecked(c *gin.Context) {
	origin := c.GetHeader("Origin")
	if slices.Contains(loyaltyOrigins, origin) {
		c.Header("Access-Control-Allow-Origin", origin) // ok: checked against the allow list
		c.Header("Access-Control-Allow-Credentials", "true")
	}
	c.Next()
}

// ginCORSSuffix accepts the partner sites by suffix, without the dot.
func ginCORSSuffix(c *gin.Context) {
	origin := c.Request.Header.Get("Origin")
	if strings.HasSuffix(origin, "partner.example") { // want `^strings\.HasSuffix\(origin, "partner\.example"\) also accepts attacker-controlled origins such as "https://evilpartner\.example"`
		c.Header("Access-Control-Allow-Origin", origin)
		c.Header("Access-Control-Allow-Credentials", "true")
	}
	c.Next()
}

// setupGin mounts the middleware.
func setupGin() *gin.Engine {
	r := gin.New()
	r.Use(ginCORSStar, ginCORSReflect, ginCORSChecked, ginCORSSuffix)
	r.GET("/points", func(c *gin.Context) { c.JSON(http.StatusOK, gin.H{"points": 0}) })
	return r
}
