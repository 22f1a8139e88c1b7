package corsecho

import (
	"net/http"
	"slices"

	echo5 "github.com/labstack/echo/v5"
	middleware5 "github.com/labstack/echo/v5/middleware"
)

func invoicesV5(c *echo5.Context) error {
	return c.JSON(http.StatusOK, []string{})
}

// setupV5Invoices is the v5 port of setupInvoices; echo v5 refuses it at startup.
func setupV5Invoices() *echo5.Echo {
	e := echo5.New()
	e.Use(middleware5.CORSWithConfig(middleware5.CORSConfig{
		AllowOrigins:     []string{"*"}, // want `^"\*" among the allowed origins with credentials: echo v5 panics at startup \("\* as allowed origin and AllowCredentials=true is insecure and not allowed"\); list the allowed origins$`
		AllowCredentials: true,
	}))
	e.GET("/invoices", invoicesV5)
	return e
}

// setupV5Payments works around the startup check with the unsafe callback.
func setupV5Payments() *echo5.Echo {
	e := echo5.New()
	e.Use(middleware5.CORSWithConfig(middleware5.CORSConfig{
		UnsafeAllowOriginFunc: func(c *echo5.Context, origin string) (string, bool, error) { // want `^the origin callback allows every origin, and echo v5 reflects the request's Origin with credentials: any website can read the responses to a logged-in user's requests; check the origin against an allow list$`
			return origin, true, nil
		},
		AllowCredentials: true,
	}))
	e.GET("/payments", invoicesV5)
	return e
}

// setupV5Widgets answers "*" from the unsafe callback: echo v5 sends it as is, and
// browsers refuse it for credentialed requests.
func setupV5Widgets() *echo5.Echo {
	e := echo5.New()
	e.Use(middleware5.CORSWithConfig(middleware5.CORSConfig{
		UnsafeAllowOriginFunc: func(c *echo5.Context, origin string) (string, bool, error) { // want `^the origin callback allows every origin and answers "\*" with credentials: echo v5 sends "Access-Control-Allow-Origin: \*", which browsers refuse for credentialed requests, so those requests fail; return the allowed origin$`
			return "*", true, nil
		},
		AllowCredentials: true,
	}))
	e.GET("/widgets", invoicesV5)
	return e
}

// setupV5Receipts keeps the "null" origin of the v4 server.
func setupV5Receipts() *echo5.Echo {
	e := echo5.New()
	e.Use(middleware5.CORSWithConfig(middleware5.CORSConfig{
		AllowOrigins:     []string{"https://billing.example.com", "null"}, // want `^"null" among the allowed origins: echo v5 rejects it at startup, and with credentials it would let sandboxed pages of any site in; remove it$`
		AllowCredentials: true,
	}))
	e.GET("/receipts", invoicesV5)
	return e
}

// setupV5Exports wildcards the exposed headers.
func setupV5Exports() *echo5.Echo {
	e := echo5.New()
	e.Use(middleware5.CORSWithConfig(middleware5.CORSConfig{
		AllowOrigins:     billingOrigins,
		AllowMethods:     []string{http.MethodGet, http.MethodPost},
		ExposeHeaders:    []string{"*"}, // want `^"\*" in the exposed headers with credentials`
		AllowCredentials: true,
	}))
	e.GET("/exports", invoicesV5)
	return e
}

// setupV5Account is the correct v5 policy.
func setupV5Account() *echo5.Echo {
	e := echo5.New()
	e.Use(middleware5.CORS("https://billing.example.com", "https://admin.example.com")) // ok: no credentials
	e.Use(middleware5.CORS("*"))                                                        // ok: no credentials
	e.Use(middleware5.CORSWithConfig(middleware5.CORSConfig{
		AllowOrigins:     billingOrigins,
		AllowCredentials: true, // ok: explicit list
	}))
	e.Use(middleware5.CORSWithConfig(middleware5.CORSConfig{
		UnsafeAllowOriginFunc: func(c *echo5.Context, origin string) (string, bool, error) {
			if slices.Contains(billingOrigins, origin) {
				return origin, true, nil
			}
			return "", false, nil // ok: a real check
		},
		AllowCredentials: true,
	}))
	e.GET("/account", invoicesV5)
	return e
}
