package echoapp

import (
	"net/http"

	"github.com/labstack/echo/v4"
)

func handler(c echo.Context) error {
	if c.Param("id") == "" {
		return echo.NewHTTPError(http.StatusOK, "missing id") // want `echo.NewHTTPError with non-error status 200`
	}
	if c.Param("x") == "" {
		return echo.NewHTTPError(http.StatusBadRequest, "") // want `echo.NewHTTPError with empty message for status 400`
	}
	if c.Param("y") == "" {
		return echo.NewHTTPError(http.StatusBadRequest) // ok: echo uses the status text
	}
	if c.Param("z") == "" {
		return c.Redirect(http.StatusOK, "/") // want `\(echo.Context\).Redirect with non-redirect status 200: echo returns ErrInvalidRedirectCode and writes nothing`
	}
	if c.Param("w") == "" {
		return c.Redirect(305, "/") // want `\(echo.Context\).Redirect with non-redirect status 305: clients do not follow`
	}
	c.Response().WriteHeader(42) // want `invalid HTTP status code 42`
	if err := c.Bind(nil); err != nil {
		return c.JSON(http.StatusOK, echo.Map{"error": err.Error()}) // want `error body sent with success status 200`
	}
	if c.Param("v") == "" {
		return c.NoContent(404) // want `numeric status code 404; use http.StatusNotFound`
	}
	return c.JSON(http.StatusOK, echo.Map{"id": 1})
}
