// Package hdrconf builds the CORS middleware shared by the services.
package hdrconf

import (
	"github.com/gin-contrib/cors"
	"github.com/gin-gonic/gin"
)

// Middleware allows the shop front end and exposes the trace id.
func Middleware() gin.HandlerFunc {
	cfg := cors.DefaultConfig()
	cfg.AllowOrigins = []string{"https://shop.example.com"}
	cfg.AddExposeHeaders("X-Trace-Id")
	return cors.New(cfg)
}
