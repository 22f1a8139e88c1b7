package admin

import (
	"net/http"
	"slices"

	"github.com/gin-gonic/gin"
)

// CORS lets the back-office front ends call the admin API with the staff's
// session cookie: the request's Origin is sent back only if it is one of origins.
func CORS(origins []string) gin.HandlerFunc {
	return func(c *gin.Context) {
		origin := c.GetHeader("Origin")
		if slices.Contains(origins, origin) {
			c.Header("Access-Control-Allow-Origin", origin)
			c.Header("Access-Control-Allow-Credentials", "true")
			c.Header("Vary", "Origin")
		}
		if c.Request.Method == http.MethodOptions {
			c.Header("Access-Control-Allow-Methods", "GET, POST")
			c.AbortWithStatus(http.StatusNoContent)
			return
		}
		c.Next()
	}
}
