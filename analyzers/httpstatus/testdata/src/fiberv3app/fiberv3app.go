package fiberv3app

import (
	"github.com/gofiber/fiber/v3"
)

func handler(c fiber.Ctx) error {
	if c.Params("id") == "" {
		return fiber.NewError(fiber.StatusNoContent, "missing id") // want `fiber.NewError with non-error status 204`
	}
	if c.Params("r") == "" {
		return c.Redirect().Status(fiber.StatusOK).To("/login") // want `\(\*fiber.Redirect\).Status with non-redirect status 200`
	}
	if c.Params("e") == "" {
		return c.Status(fiber.StatusOK).JSON(fiber.Map{"error": "x"}) // want `error body sent with success status 200`
	}
	return c.SendStatus(-1) // want `invalid HTTP status code -1: fasthttp sends 200 OK instead`
}
