// Package wsfiber is the fiber front end of the delivery feed, on
// gofiber/contrib/websocket.
package wsfiber

import (
	"log"
	"time"

	"github.com/gofiber/contrib/websocket"
	"github.com/gofiber/fiber/v2"
)

// Register mounts the delivery feed.
func Register(app *fiber.App) {
	app.Use("/ws", func(c *fiber.Ctx) error {
		if websocket.IsWebSocketUpgrade(c) {
			c.Locals("allowed", true)
			return c.Next()
		}
		return fiber.ErrUpgradeRequired // ok: before the upgrade
	})
	app.Get("/ws/deliveries/:id", websocket.New(deliveries)) // want `^websocket\.New without a Config accepts every origin: browsers send the user's cookies with the WebSocket handshake and CORS does not apply, so any website can open a connection as the user \(cross-site WebSocket hijacking\) \(Origins defaults to "\*"\); pass a Config with the allowed Origins$`
	app.Get("/ws/drivers/:id", websocket.New(drivers))       // want `^websocket\.New without a Config accepts every origin: browsers send the user's cookies with the WebSocket handshake and CORS does not apply, so any website can open a connection as the user \(cross-site WebSocket hijacking\)`
}

func deliveries(c *websocket.Conn) {
	id := c.Params("id")
	deadline := time.Now().Add(time.Second)
	if c.Query("token") == "" {
		c.WriteControl(websocket.CloseMessage, websocket.FormatCloseMessage(websocket.CloseAbnormalClosure, "missing token"), deadline) // want `^close code 1006 must not be sent: 1006 \(abnormal closure\) reports a closure without a close frame and must not be sent \(RFC 6455 §7\.4\.1\); gorilla sends it, and the peer fails the connection with a protocol error; use a defined code such as websocket\.ClosePolicyViolation or a private code in 4000-4999$`
		return
	}
	if c.Query("v") == "1" {
		c.WriteMessage(websocket.CloseMessage, websocket.FormatCloseMessage(1002, "protocol v1 is gone")) // want `^numeric close code 1002; use websocket\.CloseProtocolError$`
		return
	}
	for {
		mt, msg, err := c.ReadMessage()
		if err != nil {
			if websocket.IsUnexpectedCloseError(err, websocket.CloseGoingAway, websocket.CloseNormalClosure) {
				log.Printf("delivery %s: %v", id, err) // ok
			}
			return
		}
		if err := c.WriteMessage(mt, msg); err != nil {
			return
		}
	}
}

func drivers(c *websocket.Conn) {
	defer c.Close()
	if c.Locals("allowed") != true {
		c.Close() // ok: abrupt, but nocode is off by default
		return
	}
	for {
		_, _, err := c.ReadMessage()
		if websocket.IsCloseError(err, websocket.CloseNormalClosure, 1016) { // want `^close code 1016 can never be received: 1016-2999 are reserved`
			return
		}
		if err != nil {
			c.WriteControl(websocket.CloseMessage, websocket.FormatCloseMessage(websocket.CloseInternalServerErr, "read failed"), time.Now().Add(time.Second)) // ok
			return
		}
	}
}
