// Package corsecho is the CORS setup of the billing API: the current server on
// echo v4 and the next one on echo v5.
package corsecho

import (
	"net/http"
	"os"
	"slices"
	"strings"

	"github.com/labstack/echo/v4"
	"github.com/labstack/echo/v4/middleware"
)

var billingOrigins = []string{"https://billing.example.com", "https://admin.example.com"}

func invoices(c echo.Context) error {
	return c.JSON(http.StatusOK, []string{})
}

// setupInvoices lets every origin in with the session cookie.
func setupInvoices() *echo.Echo {
	e := echo.New()
	e.Use(middleware.CORSWithConfig(middleware.CORSConfig{
		AllowOrigins:     []string{"*"}, // want `^"\*" among the allowed origins with credentials: echo sends "Access-Control-Allow-Origin: \*", which browsers refuse for credentialed requests, so those requests fail; list the allowed origins$`
		AllowCredentials: true,
	}))
	e.GET("/invoices", invoices)
	return e
}

// setupPayments "fixes" the refused requests with the unsafe switch.
func setupPayments() *echo.Echo {
	e := echo.New()
	e.Use(middleware.CORSWithConfig(middleware.CORSConfig{
		AllowOrigins:                             []string{"*"},
		AllowCredentials:                         true,
		UnsafeWildcardOriginWithAllowCredentials: true, // want `^UnsafeWildcardOriginWithAllowCredentials makes echo reflect every request's Origin with credentials: any website can read the responses to a logged-in user's requests; list the allowed origins$`
	}))
	e.GET("/payments", invoices)
	return e
}

// setupRefunds has a callback that accepts everything.
func setupRefunds() *echo.Echo {
	e := echo.New()
	e.Use(middleware.CORSWithConfig(middleware.CORSConfig{
		AllowOriginFunc: func(origin string) (bool, error) { // want `^the origin callback allows every origin, and echo reflects the request's Origin with credentials`
			return true, nil
		},
		AllowCredentials: true,
	}))
	e.GET("/refunds", invoices)
	return e
}

// setupStatements relies on the default origins, which are "*".
func setupStatements() *echo.Echo {
	e := echo.New()
	e.Use(middleware.CORSWithConfig(middleware.CORSConfig{ // want `^no allowed origins \(which echo treats as every origin\) with credentials: echo sends "Access-Control-Allow-Origin: \*"`
		AllowMethods:     []string{http.MethodGet},
		AllowCredentials: true,
	}))
	e.GET("/statements", invoices)
	return e
}

// setupReceipts serves receipts to sandboxed previews.
func setupReceipts() *echo.Echo {
	e := echo.New()
	e.Use(middleware.CORSWithConfig(middleware.CORSConfig{
		AllowOrigins:     []string{"https://billing.example.com", "null"}, // want `^"null" origin allowed with credentials: sandboxed iframes and file: pages send Origin: null`
		AllowCredentials: true,
	}))
	e.GET("/receipts", invoices)
	return e
}

// setupTenants lets the tenant subdomains in; the patterns are off.
func setupTenants() *echo.Echo {
	e := echo.New()
	e.Use(middleware.CORSWithConfig(middleware.CORSConfig{
		AllowOrigins: []string{
			"http://*",                      // want `^origin pattern "http://\*" matches every origin of scheme http, and echo reflects it with credentials`
			"https://*billing.example.com",  // want `^origin pattern "https://\*billing\.example\.com" also matches attacker-controlled origins such as "https://evilbilling\.example\.com"`
			"https://*.tenants.example.com", // ok: subdomains
		},
		AllowCredentials: true,
	}))
	e.GET("/tenants", invoices)
	return e
}

// setupExports lists the origins but wildcards the headers.
func setupExports() *echo.Echo {
	e := echo.New()
	e.Use(middleware.CORSWithConfig(middleware.CORSConfig{
		AllowOrigins:     billingOrigins,
		AllowHeaders:     []string{echo.HeaderAuthorization, "*"}, // want `^"\*" in the allowed headers with credentials: it is not a wildcard there \(browsers treat it as a literal name for credentialed requests\), so it allows nothing; list the names$`
		ExposeHeaders:    []string{"Content-Disposition"},         // ok
		AllowCredentials: true,
	}))
	e.GET("/exports", invoices)
	return e
}

// setupPartners accepts the partner sites by prefix.
func setupPartners() *echo.Echo {
	e := echo.New()
	e.Use(middleware.CORSWithConfig(middleware.CORSConfig{
		AllowOriginFunc: func(origin string) (bool, error) {
			return strings.HasPrefix(origin, "https://partner"), nil // want `^strings\.HasPrefix\(origin, "https://partner"\) also accepts attacker-controlled origins such as "https://partner\.evil\.net"; compare the whole origin$`
		},
		AllowCredentials: true,
	}))
	e.GET("/partners", invoices)
	return e
}

// setupPublic serves the public price list: no credentials.
func setupPublic() *echo.Echo {
	e := echo.New()
	e.Use(middleware.CORS())                                                                                                     // ok: no credentials
	e.Use(middleware.CORSWithConfig(middleware.CORSConfig{AllowOrigins: []string{"*"}, AllowMethods: []string{http.MethodGet}})) // ok: no credentials
	e.GET("/prices", invoices)
	return e
}

// setupAccount is the correct credentialed policy.
func setupAccount() *echo.Echo {
	e := echo.New()
	e.Use(middleware.CORSWithConfig(middleware.CORSConfig{
		AllowOrigins:     billingOrigins,
		AllowCredentials: true, // ok: explicit list
	}))
	e.Use(middleware.CORSWithConfig(middleware.CORSConfig{
		AllowOriginFunc: func(origin string) (bool, error) {
			return slices.Contains(billingOrigins, origin), nil // ok: a real check
		},
		AllowCredentials: true,
	}))
	e.Use(middleware.CORSWithConfig(middleware.CORSConfig{
		AllowOrigins:     []string{os.Getenv("BILLING_ORIGIN")}, // ok: not known statically
		AllowCredentials: true,
	}))
	e.GET("/account", invoices)
	return e
}
