package echov5app

import (
	"net/http"

	"github.com/labstack/echo/v5"
)

func handler(c *echo.Context) error {
	if c.Param("id") == "" {
		return echo.NewHTTPError(http.StatusOK, "missing id") // want `echo.NewHTTPError with non-error status 200`
	}
	if c.Param("r") == "" {
		return c.Redirect(http.StatusOK, "/") // want `\(\*echo.Context\).Redirect with non-redirect status 200: echo returns ErrInvalidRedirectCode`
	}
	c.Response().WriteHeader(1000) // want `invalid HTTP status code 1000`
	return c.JSON(http.StatusOK, map[string]any{"ok": true})
}
