// want package:`headers\(sets=X-Total-Count,X-Request-Id configs=\[\],\[x-total-count\]\)`
package samepkg

import (
	"github.com/gin-contrib/cors"
	"github.com/gin-gonic/gin"
)

func routes(r *gin.Engine) {
	cfg := cors.DefaultConfig()
	cfg.AllowOrigins = []string{"https://app.example.com"}
	cfg.AddExposeHeaders("X-Total-Count")
	r.Use(cors.New(cfg))
	r.Use(cors.Default())
	r.GET("/orders", func(c *gin.Context) {
		c.Header("X-Total-Count", "42")
		c.Header("X-Request-Id", "r1") // want `custom response header "X-Request-Id" is not exposed by any of the 2 CORS configurations in view \(samepkg/samepkg.go:10, samepkg/samepkg.go:14\)`
		c.JSON(200, nil)
	})
}
