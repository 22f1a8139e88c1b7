// Package fiberv3app is the fiber v3 front end of the orders service.
package fiberv3app

import (
	"github.com/gofiber/fiber/v3"
)

type order struct {
	ID string `json:"id"`
}

// Register mounts the routes.
func Register(app *fiber.App) {
	app.Get("/orders/:id", getOrder)
	app.Get("/v1/orders/:id", legacy)
	app.Post("/jobs", enqueue)
	app.Delete("/orders/:id", deleteOrder)
	app.Get("/broken", broken)
}

func getOrder(c fiber.Ctx) error {
	if c.Params("id") == "" {
		return c.Status(fiber.StatusNotFound).JSON(fiber.Map{"message": "no such order"}) // ok
	}
	return c.Status(fiber.StatusOK).JSON(order{ID: c.Params("id")}) // ok
}

func legacy(c fiber.Ctx) error {
	if c.Query("strict") != "" {
		return c.Redirect().Status(fiber.StatusOK).To("/orders/" + c.Params("id")) // want `non-redirect status 200`
	}
	return c.Redirect().Status(fiber.StatusMovedPermanently).To("/orders/" + c.Params("id")) // ok
}

func enqueue(c fiber.Ctx) error {
	switch c.Query("mode") {
	case "async":
		return fiber.NewError(fiber.StatusOK, "queued") // want `fiber\.NewError with non-error status 200`
	case "batch":
		return fiber.NewErrorf(fiber.StatusAccepted, "batch %s queued", c.Query("id")) // want `NewErrorf with non-error status 202`
	}
	return fiber.NewError(fiber.StatusConflict, "already queued") // ok
}

func deleteOrder(c fiber.Ctx) error {
	if c.Params("id") == "" {
		return c.SendStatus(404) // want `numeric status code 404; use \w*\.?StatusNotFound`
	}
	if c.Query("gone") != "" {
		return c.SendStatus(499) // want "unregistered HTTP status code 499"
	}
	return c.SendStatus(fiber.StatusNoContent) // ok
}

func broken(c fiber.Ctx) error {
	return c.Status(1000).SendString("?") // want "invalid HTTP status code 1000:"
}
