package gincors

import (
	"github.com/gin-contrib/cors"
	"github.com/gin-gonic/gin"
)

func routes(r *gin.Engine) {
	r.Use(cors.New(cors.Config{
		AllowAllOrigins:  true, // want `AllowAllOrigins with credentials: gin-contrib/cors sends "Access-Control-Allow-Origin: \*"`
		AllowCredentials: true,
	}))
	cfg := cors.DefaultConfig()
	cfg.AllowAllOrigins = true // want `AllowAllOrigins with credentials`
	cfg.AllowCredentials = true
	r.Use(cors.New(cfg))

	re := cors.DefaultConfig()
	re.AllowOrigins = []string{`/https://app\.example\.com/`, `/^https://admin\.example\.com$/`} // want `regular expression origin "/https://app\\\\.example\\\\.com/" is not anchored`
	re.AllowCredentials = true
	r.Use(cors.New(re))

	r.Use(cors.New(cors.Config{
		AllowOrigins:     []string{"https://*.example.com"},
		AllowWildcard:    true,
		AllowCredentials: true, // ok: subdomains of the site
	}))
	r.Use(cors.New(cors.Config{
		AllowOriginWithContextFunc: func(c *gin.Context, origin string) bool { return true }, // want `the origin callback allows every origin, and gin-contrib/cors reflects`
		AllowCredentials:           true,
	}))
	exp := cors.DefaultConfig()
	exp.AllowOrigins = []string{"https://app.example.com"}
	exp.AddExposeHeaders("X-Total-Count", "*") // want `"\*" in the exposed headers with credentials`
	exp.AllowCredentials = true
	r.Use(cors.New(exp))
	r.Use(cors.Default()) // ok: no credentials
}

func wildcards(r *gin.Engine) {
	r.Use(cors.New(cors.Config{
		AllowOrigins:     []string{"https://*store.example.com"}, // want `origin pattern "https://\*store.example.com" also matches attacker-controlled origins such as "https://evilstore.example.com"`
		AllowWildcard:    true,
		AllowCredentials: true,
	}))
	r.Use(cors.New(cors.Config{
		AllowOrigins:     []string{"https://*store.example.com"}, // ok: without AllowWildcard gin-contrib does not treat * as a pattern
		AllowCredentials: true,
	}))
}
