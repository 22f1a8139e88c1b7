package corsmanual

import (
	"strings"

	"github.com/gofiber/fiber/v2"
)

// fiberCORSReflect echoes the Origin back, with fiber's constants.
func fiberCORSReflect(c *fiber.Ctx) error {
	c.Set(fiber.HeaderAccessControlAllowOrigin, c.Get(fiber.HeaderOrigin)) // want `^Access-Control-Allow-Origin is the request's Origin, unchecked, with credentials`
	c.Set(fiber.HeaderAccessControlAllowCredentials, "true")
	return c.Next()
}

// fiberCORSStar sends credentials with a wildcard origin.
func fiberCORSStar(c *fiber.Ctx) error {
	c.Set("Access-Control-Allow-Origin", "*") // want `^Access-Control-Allow-Origin "\*" with Access-Control-Allow-Credentials "true"`
	c.Set("Access-Control-Allow-Credentials", "true")
	return c.Next()
}

// fiberCORSChecked compares the origin with the loyalty site.
func fiberCORSChecked(c *fiber.Ctx) error {
	if origin := c.Get(fiber.HeaderOrigin); origin == "https://loyalty.example.com" {
		c.Set(fiber.HeaderAccessControlAllowOrigin, origin) // ok: compared with a constant
		c.Set(fiber.HeaderAccessControlAllowCredentials, "true")
	}
	return c.Next()
}

// fiberCORSContains accepts any origin that mentions the brand.
func fiberCORSContains(c *fiber.Ctx) error {
	origin := c.Get(fiber.HeaderOrigin)
	if strings.Contains(origin, "loyalty") { // want `^strings\.Contains\(origin, "loyalty"\) also accepts attacker-controlled origins such as "https://loyalty\.evil\.net"`
		c.Set(fiber.HeaderAccessControlAllowOrigin, origin)
		c.Set(fiber.HeaderAccessControlAllowCredentials, "true")
	}
	return c.Next()
}

// setupFiber mounts the middleware.
func setupFiber() *fiber.App {
	app := fiber.New()
	app.Use(fiberCORSReflect, fiberCORSStar, fiberCORSChecked, fiberCORSContains)
	app.Get("/points", func(c *fiber.Ctx) error { return c.JSON(fiber.Map{"points": 0}) })
	return app
}
