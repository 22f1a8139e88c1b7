// Package echov5app is the echo v5 front end of the orders service.
package echov5app

import (
	"errors"
	"net/http"

	"github.com/labstack/echo/v5"
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
	e.POST("/orders", createOrder)
	e.DELETE("/orders/:id", deleteOrder)
	e.GET("/cdn", cdn)
}

func getOrder(c *echo.Context) error {
	o, err := find(c.Param("id"))
	if err != nil {
		return c.JSON(http.StatusOK, map[string]any{"error": err.Error()}) // want "error body sent with success status 200"
	}
	return c.JSON(http.StatusOK, o) // ok
}

func oldPath(c *echo.Context) error {
	if c.QueryParam("strict") != "" {
		return c.Redirect(http.StatusOK, "/orders/"+c.Param("id")) // want `Redirect with non-redirect status 200`
	}
	return c.Redirect(http.StatusMovedPermanently, "/orders/"+c.Param("id")) // ok
}

func createOrder(c *echo.Context) error {
	if c.QueryParam("dry") != "" {
		return echo.NewHTTPError(http.StatusOK, "dry run") // want `NewHTTPError with non-error status 200`
	}
	if c.QueryParam("sku") == "" {
		return echo.NewHTTPError(http.StatusBadRequest, "sku required") // ok
	}
	return c.JSON(http.StatusCreated, map[string]any{"id": "1"}) // ok
}

func deleteOrder(c *echo.Context) error {
	if c.Param("id") == "" {
		return c.NoContent(404) // want `numeric status code 404; use http\.StatusNotFound`
	}
	return c.NoContent(http.StatusNoContent) // ok
}

func cdn(c *echo.Context) error {
	c.Response().WriteHeader(520) // want "unregistered HTTP status code 520"
	return nil
}
