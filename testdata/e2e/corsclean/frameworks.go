package corsclean

import (
	"os"
	"strings"

	"github.com/gofiber/fiber/v2"
	fibercors "github.com/gofiber/fiber/v2/middleware/cors"
	fiber3 "github.com/gofiber/fiber/v3"
	fibercors3 "github.com/gofiber/fiber/v3/middleware/cors"
	"github.com/labstack/echo/v4"
	echomw "github.com/labstack/echo/v4/middleware"
	echo5 "github.com/labstack/echo/v5"
	echomw5 "github.com/labstack/echo/v5/middleware"
)

// setupEcho: lists with credentials, "*" without, a checking callback.
func setupEcho() *echo.Echo {
	e := echo.New()
	e.Use(echomw.CORSWithConfig(echomw.CORSConfig{
		AllowOrigins:     []string{"https://app.example.com", "https://*.app.example.com"},
		AllowCredentials: true,
	}))
	e.Use(echomw.CORSWithConfig(echomw.CORSConfig{
		AllowOriginFunc: func(origin string) (bool, error) {
			return origin == "https://admin.example.com", nil
		},
		AllowCredentials: true,
	}))
	e.Use(echomw.CORS())
	return e
}

// setupEcho5: the v5 helpers.
func setupEcho5() *echo5.Echo {
	e := echo5.New()
	e.Use(echomw5.CORS("https://app.example.com"))
	e.Use(echomw5.CORSWithConfig(echomw5.CORSConfig{
		AllowOrigins:     appOrigins,
		AllowCredentials: true,
	}))
	return e
}

// setupFiber: comma-separated lists in v2, slices in v3.
func setupFiber() (*fiber.App, *fiber3.App) {
	app := fiber.New()
	app.Use(fibercors.New(fibercors.Config{
		AllowOrigins:     "https://app.example.com, https://*.app.example.com",
		AllowCredentials: true,
	}))
	app.Use(fibercors.New(fibercors.Config{
		AllowOrigins:     os.Getenv("FIBER_ORIGINS"),
		AllowCredentials: true,
	}))
	app.Use(fibercors.New(fibercors.Config{
		AllowOriginsFunc: func(origin string) bool { return strings.HasSuffix(origin, ".app.example.com") },
		AllowCredentials: true,
	}))
	app.Use(fibercors.New())

	app3 := fiber3.New()
	app3.Use(fibercors3.New(fibercors3.Config{
		AllowOrigins:     appOrigins,
		AllowCredentials: true,
	}))
	app3.Use(fibercors3.New(fibercors3.Config{AllowOrigins: []string{"*"}}))
	return app, app3
}

// fiberCORS reflects the origin after comparing it.
func fiberCORS(c *fiber.Ctx) error {
	switch origin := c.Get(fiber.HeaderOrigin); origin {
	case "https://app.example.com", "https://admin.example.com":
		c.Set(fiber.HeaderAccessControlAllowOrigin, origin)
		c.Set(fiber.HeaderAccessControlAllowCredentials, "true")
	}
	return c.Next()
}
