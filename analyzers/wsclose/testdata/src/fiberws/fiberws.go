package fiberws

import (
	"time"

	"github.com/gofiber/contrib/websocket"
	"github.com/gofiber/fiber/v2"
)

func routes(app *fiber.App) {
	app.Get("/ws", websocket.New(func(c *websocket.Conn) {
		defer c.Close()
		if c.Params("room") == "" {
			c.WriteControl(websocket.CloseMessage, websocket.FormatCloseMessage(websocket.CloseTLSHandshake, "no room"), time.Now().Add(time.Second)) // want `close code 1015 must not be sent`
			return
		}
		c.WriteControl(websocket.CloseMessage, websocket.FormatCloseMessage(websocket.ClosePolicyViolation, "bye"), time.Now().Add(time.Second))
		if _, _, err := c.ReadMessage(); websocket.IsCloseError(err, 4999, 5001) { // want `close code 5001 can never be received`
			return
		}
	}))
}
