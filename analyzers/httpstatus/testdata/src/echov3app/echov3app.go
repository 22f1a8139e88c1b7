package echov3app

import (
	"net/http"

	"github.com/labstack/echo"
)

func handler(c echo.Context) error {
	if c.Param("id") == "" {
		return echo.NewHTTPError(http.StatusAccepted, "no id") // want `echo.NewHTTPError with non-error status 202`
	}
	return c.String(520, "x") // want `unregistered HTTP status code 520`
}
