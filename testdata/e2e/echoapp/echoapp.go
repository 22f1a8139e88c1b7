// Package echoapp is the echo v4 front end of the orders service.
package echoapp

import (
	"errors"
	"net/http"

	"github.com/labstack/echo/v4"
	"github.com/labstack/echo/v4/middleware"
)

type order struct {
	ID string `json:"id"`
}

func find(id string) (*order, error) {
	if id == "" {
		return nil, errors.New("missing id")
	}
	return &order{ID: id}, nil
}

// Register mounts the routes.
func Register(e *echo.Echo) {
	e.GET("/orders/:id", getOrder)
	e.GET("/v1/orders/:id", oldPath)
	e.GET("/v2/orders/:id", newPath)
	e.GET("/search", search)
	e.GET("/cancel", cancel)
	e.GET("/broken", broken)
}

func getOrder(c echo.Context) error {
	o, err := find(c.Param("id"))
	if err != nil {
		return c.JSON(http.StatusOK, echo.Map{"error": err.Error()}) // want "error body sent with success status 200"
	}
	return c.JSON(http.StatusOK, o) // ok
}

func oldPath(c echo.Context) error {
	if c.QueryParam("strict") != "" {
		return c.Redirect(http.StatusOK, "/v2/orders/"+c.Param("id")) // want `\(echo\.Context\)\.Redirect with non-redirect status 200`
	}
	return c.Redirect(http.StatusPermanentRedirect, "/v2/orders/"+c.Param("id")) // ok
}

func newPath(c echo.Context) error {
	return c.Redirect(http.StatusFound, "/orders/"+c.Param("id")) // ok
}

func search(c echo.Context) error {
	q := c.QueryParam("q")
	switch {
	case q == "":
		return echo.NewHTTPError(http.StatusBadRequest, "") // want "empty message for status 400"
	case q == "*":
		return echo.NewHTTPError(http.StatusOK, "nothing to search") // want `echo\.NewHTTPError with non-error status 200`
	case q == "?":
		return echo.NewHTTPError(http.StatusNotFound) // ok: echo fills in StatusText
	case q == "!":
		return echo.NewHTTPError(http.StatusBadGateway, "") // ok: 5xx
	case len(q) > 64:
		return echo.NewHTTPError(http.StatusRequestURITooLong, "query too long") // ok
	}
	return c.NoContent(204) // want `numeric status code 204; use http\.StatusNoContent`
}

func cancel(c echo.Context) error {
	if c.Request().Context().Err() != nil {
		c.Response().WriteHeader(middleware.StatusCodeContextCanceled) // want "unregistered HTTP status code 499"
		return nil
	}
	return c.NoContent(http.StatusNoContent) // ok
}

func broken(c echo.Context) error {
	return c.String(42, "?") // want "invalid HTTP status code 42:"
}
