// Package fiberapp is the fiber v2 front end of the orders service.
package fiberapp

import (
	"errors"

	"github.com/gofiber/fiber/v2"
)

type order struct {
	ID  string `json:"id"`
	Qty int    `json:"qty"`
}

func find(id string) (*order, error) {
	if id == "" {
		return nil, errors.New("missing id")
	}
	return &order{ID: id}, nil
}

// Register mounts the routes.
func Register(app *fiber.App) {
	app.Get("/orders/:id", getOrder)
	app.Post("/orders", createOrder)
	app.Get("/v1/orders", legacy)
	app.Get("/back", back)
	app.Post("/jobs", enqueue)
	app.Get("/cancel", cancel)
}

func getOrder(c *fiber.Ctx) error {
	o, err := find(c.Params("id"))
	if err != nil {
		return c.Status(fiber.StatusOK).JSON(fiber.Map{"error": err.Error()}) // want "error body sent with success status 200"
	}
	return c.JSON(o) // ok: no status argument
}

func createOrder(c *fiber.Ctx) error {
	var in order
	if err := c.BodyParser(&in); err != nil {
		return c.Status(400).JSON(fiber.Map{"error": "bad body"}) // want `numeric status code 400; use \w*\.?StatusBadRequest`
	}
	if in.Qty <= 0 {
		return fiber.NewError(fiber.StatusBadRequest, "") // want "empty message for status 400"
	}
	if in.Qty > 1000 {
		return fiber.NewError(fiber.StatusRequestEntityTooLarge) // ok: fiber fills in the default message
	}
	return c.Status(fiber.StatusCreated).JSON(in) // ok
}

func legacy(c *fiber.Ctx) error {
	if c.Query("strict") != "" {
		return c.Redirect("/orders", fiber.StatusOK) // want `Redirect with non-redirect status 200`
	}
	return c.Redirect("/orders") // ok: default 302
}

func back(c *fiber.Ctx) error {
	if c.Query("soft") != "" {
		return c.RedirectBack("/", fiber.StatusOK) // want `RedirectBack with non-redirect status 200`
	}
	return c.RedirectBack("/", fiber.StatusSeeOther) // ok
}

func enqueue(c *fiber.Ctx) error {
	if c.Query("async") != "" {
		return fiber.NewError(fiber.StatusAccepted, "queued") // want `fiber\.NewError with non-error status 202`
	}
	return fiber.NewError(fiber.StatusServiceUnavailable, "") // ok: 5xx
}

func cancel(c *fiber.Ctx) error {
	return c.SendStatus(499) // want "unregistered HTTP status code 499"
}
