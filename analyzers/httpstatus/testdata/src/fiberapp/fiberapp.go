package fiberapp

import (
	"github.com/gofiber/fiber/v2"
)

func handler(c *fiber.Ctx) error {
	if c.Params("id") == "" {
		return fiber.NewError(fiber.StatusOK, "missing id") // want `fiber.NewError with non-error status 200`
	}
	if c.Params("x") == "" {
		return fiber.NewError(fiber.StatusBadRequest, "") // want `fiber.NewError with empty message for status 400`
	}
	if c.Params("y") == "" {
		return c.Redirect("/login", fiber.StatusOK) // want `\(\*fiber.Ctx\).Redirect with non-redirect status 200: clients do not follow`
	}
	if c.Params("z") == "" {
		return c.Redirect("/login") // ok: fiber defaults to 302
	}
	if err := c.BodyParser(nil); err != nil {
		return c.Status(fiber.StatusOK).JSON(fiber.Map{"error": err.Error()}) // want `error body sent with success status 200`
	}
	if c.Params("w") == "" {
		return c.Status(fiber.StatusBadRequest).JSON(fiber.Map{"error": "bad"}) // ok: 4xx
	}
	if c.Params("v") == "" {
		return c.SendStatus(404) // want `numeric status code 404; use fiber.StatusNotFound`
	}
	c.Status(1200) // want `invalid HTTP status code 1200: fasthttp sends the number verbatim`
	return c.Status(fiber.StatusOK).JSON(fiber.Map{"id": 1})
}

func implicit(c *fiber.Ctx) error {
	var in struct{ Name string }
	if err := c.BodyParser(&in); err != nil {
		return c.JSON(fiber.Map{"error": err.Error()}) // want `error body sent with the implicit status 200`
	}
	if c.Params("id") == "" {
		c.Status(fiber.StatusBadRequest)
		return c.JSON(fiber.Map{"error": "missing id"}) // ok: the status was set
	}
	return c.JSON(fiber.Map{"name": in.Name})
}

func explicitOK(c *fiber.Ctx, err error) error {
	c.Status(fiber.StatusOK)
	return c.SendString(err.Error()) // want `error body sent with success status 200`
}
