package corsmanual

import (
	"net/http"

	"github.com/labstack/echo/v4"
)

// echoCORSStar sends credentials with a wildcard origin, with echo's constants.
func echoCORSStar(next echo.HandlerFunc) echo.HandlerFunc {
	return func(c echo.Context) error {
		c.Response().Header().Set(echo.HeaderAccessControlAllowOrigin, "*") // want `^Access-Control-Allow-Origin "\*" with Access-Control-Allow-Credentials "true"`
		c.Response().Header().Set(echo.HeaderAccessControlAllowCredentials, "true")
		return next(c)
	}
}

// echoCORSReflect echoes the Origin back.
func echoCORSReflect(next echo.HandlerFunc) echo.HandlerFunc {
	return func(c echo.Context) error {
		origin := c.Request().Header.Get(echo.HeaderOrigin)
		c.Response().Header().Set(echo.HeaderAccessControlAllowOrigin, origin) // want `^Access-Control-Allow-Origin is the request's Origin, unchecked, with credentials`
		c.Response().Header().Set(echo.HeaderAccessControlAllowCredentials, "true")
		return next(c)
	}
}

// echoCORSCopied reflects a copy of the Origin.
func echoCORSCopied(next echo.HandlerFunc) echo.HandlerFunc {
	return func(c echo.Context) error {
		origin := c.Request().Header.Get(echo.HeaderOrigin)
		allowed := origin
		c.Response().Header().Set(echo.HeaderAccessControlAllowOrigin, allowed) // want `^Access-Control-Allow-Origin is the request's Origin, unchecked, with credentials`
		c.Response().Header().Set(echo.HeaderAccessControlAllowCredentials, "true")
		return next(c)
	}
}

// echoCORSChecked compares the origin with the loyalty site.
func echoCORSChecked(next echo.HandlerFunc) echo.HandlerFunc {
	return func(c echo.Context) error {
		origin := c.Request().Header.Get(echo.HeaderOrigin)
		if origin == "https://loyalty.example.com" {
			c.Response().Header().Set(echo.HeaderAccessControlAllowOrigin, origin) // ok: compared with a constant
			c.Response().Header().Set(echo.HeaderAccessControlAllowCredentials, "true")
		}
		return next(c)
	}
}

// setupEcho mounts the middleware.
func setupEcho() *echo.Echo {
	e := echo.New()
	e.Use(echoCORSStar, echoCORSReflect, echoCORSChecked)
	e.GET("/points", func(c echo.Context) error { return c.JSON(http.StatusOK, map[string]int{"points": 0}) })
	return e
}
