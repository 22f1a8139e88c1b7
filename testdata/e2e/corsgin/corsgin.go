// Package corsgin is the CORS setup of the storefront API, on gin and
// github.com/gin-contrib/cors.
package corsgin

import (
	"net/http"
	"os"
	"slices"
	"strings"

	"github.com/gin-contrib/cors"
	"github.com/gin-gonic/gin"
)

var storeOrigins = []string{"https://store.example.com", "https://m.store.example.com"}

func cart(c *gin.Context) { c.JSON(http.StatusOK, gin.H{"items": []string{}}) }

// setupCart lets every origin in, with the session cookie.
func setupCart() *gin.Engine {
	r := gin.New()
	r.Use(cors.New(cors.Config{
		AllowAllOrigins:  true, // want `^AllowAllOrigins with credentials: gin-contrib/cors sends "Access-Control-Allow-Origin: \*", which browsers refuse for credentialed requests, so those requests fail; list the allowed origins$`
		AllowMethods:     []string{"GET", "POST"},
		AllowCredentials: true,
	}))
	r.GET("/cart", cart)
	return r
}

// setupCheckout starts from the default configuration.
func setupCheckout() *gin.Engine {
	r := gin.New()
	cfg := cors.DefaultConfig()
	cfg.AllowAllOrigins = true // want `^AllowAllOrigins with credentials: gin-contrib/cors sends`
	cfg.AllowCredentials = true
	r.Use(cors.New(cfg))
	r.GET("/checkout", cart)
	return r
}

// setupWishlist puts "*" in the origin list, which gin-contrib/cors turns into
// AllowAllOrigins.
func setupWishlist() *gin.Engine {
	r := gin.New()
	r.Use(cors.New(cors.Config{
		AllowOrigins:     []string{"https://store.example.com", "*"}, // want `^"\*" among the allowed origins with credentials: gin-contrib/cors sends "Access-Control-Allow-Origin: \*"`
		AllowCredentials: true,
	}))
	r.GET("/wishlist", cart)
	return r
}

// setupSearch matches the store origins with regular expressions; the first one
// is not anchored. The second is anchored, and its [a-z0-9-]* keeps it clear of
// the scheme check of gin-contrib/cors v1.7.6, which rejects a leading ^.
func setupSearch() *gin.Engine {
	r := gin.New()
	cfg := cors.DefaultConfig()
	cfg.AllowOrigins = []string{`/https://store\.example\.com/`, `/^https://[a-z0-9-]*\.store\.example\.com$/`} // want `^regular expression origin "/https://store\\\\\.example\\\\\.com/" is not anchored, so it also matches origins that merely contain it \(https://example\.com\.evil\.net\); anchor it with \^ and \$$`
	cfg.AllowCredentials = true
	r.Use(cors.New(cfg))
	r.GET("/search", cart)
	return r
}

// setupReviews lets everyone in through the context callback.
func setupReviews() *gin.Engine {
	r := gin.New()
	r.Use(cors.New(cors.Config{
		AllowOriginWithContextFunc: func(c *gin.Context, origin string) bool { return true }, // want `^the origin callback allows every origin, and gin-contrib/cors reflects the request's Origin with credentials`
		AllowCredentials:           true,
	}))
	r.GET("/reviews", cart)
	return r
}

// setupRecommendations accepts partner widgets by prefix.
func setupRecommendations() *gin.Engine {
	r := gin.New()
	r.Use(cors.New(cors.Config{
		AllowOriginFunc: func(origin string) bool {
			return strings.HasPrefix(origin, "https://widgets.example.com") // want `^strings\.HasPrefix\(origin, "https://widgets\.example\.com"\) also accepts attacker-controlled origins such as "https://widgets\.example\.com\.evil\.net"; compare the whole origin$`
		},
		AllowCredentials: true,
	}))
	r.GET("/recommendations", cart)
	return r
}

// setupBranchesNoWildcard has a pattern without AllowWildcard: gin-contrib/cors
// never matches it.
func setupBranchesNoWildcard() *gin.Engine {
	r := gin.New()
	r.Use(cors.New(cors.Config{
		AllowOrigins:     []string{"https://store.example.com", "https://*store.example.com"}, // ok: a pattern only with AllowWildcard
		AllowCredentials: true,
	}))
	r.GET("/branches-v0", cart)
	return r
}

// setupKiosk serves the in-store kiosks, which load the app from file:.
func setupKiosk() *gin.Engine {
	r := gin.New()
	r.Use(cors.New(cors.Config{
		AllowOrigins:     []string{"https://store.example.com", "null"}, // want `^"null" among the allowed origins: gin-contrib/cors rejects it at startup, and with credentials it would let sandboxed pages of any site in; remove it$`
		AllowCredentials: true,
	}))
	r.GET("/kiosk", cart)
	return r
}

// setupOrders lists the origins but wildcards the methods and headers.
func setupOrders() *gin.Engine {
	r := gin.New()
	cfg := cors.DefaultConfig()
	cfg.AllowOrigins = storeOrigins
	cfg.AllowMethods = []string{"*"}           // want `^"\*" in the allowed methods with credentials: it is not a wildcard there`
	cfg.AddAllowHeaders("Authorization", "*")  // want `^"\*" in the allowed headers with credentials: it is not a wildcard there`
	cfg.AddExposeHeaders("X-Total-Count", "*") // want `^"\*" in the exposed headers with credentials`
	cfg.AllowCredentials = true
	r.Use(cors.New(cfg))
	r.GET("/orders", cart)
	return r
}

// setupCatalogue is public: no credentials.
func setupCatalogue() *gin.Engine {
	r := gin.New()
	r.Use(cors.Default())                                                              // ok: no credentials
	r.Use(cors.New(cors.Config{AllowAllOrigins: true, AllowMethods: []string{"GET"}})) // ok: no credentials
	r.GET("/catalogue", cart)
	return r
}

// setupAccount is the correct credentialed policy.
func setupAccount() *gin.Engine {
	r := gin.New()
	cfg := cors.DefaultConfig()
	cfg.AllowOrigins = storeOrigins
	cfg.AllowCredentials = true // ok: explicit list
	cfg.AddAllowHeaders("Authorization")
	r.Use(cors.New(cfg))
	r.Use(cors.New(cors.Config{
		AllowOrigins:     []string{"https://*.store.example.com"},
		AllowWildcard:    true,
		AllowCredentials: true, // ok: subdomains of the site
	}))
	r.Use(cors.New(cors.Config{
		AllowOriginFunc:  func(origin string) bool { return slices.Contains(storeOrigins, origin) }, // ok: a real check
		AllowCredentials: true,
	}))
	r.Use(cors.New(cors.Config{
		AllowOrigins:     strings.Split(os.Getenv("STORE_ORIGINS"), ","), // ok: not known statically
		AllowCredentials: true,
	}))
	r.GET("/account", cart)
	return r
}
