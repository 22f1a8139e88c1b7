// Package fiberwsv2 uses github.com/gofiber/websocket/v2, the path of
// gofiber/contrib/websocket before it moved, with the same API.
package fiberwsv2

import (
	"time"

	"github.com/gofiber/websocket/v2"
)

func reject(c *websocket.Conn) {
	c.WriteControl(websocket.CloseMessage, websocket.FormatCloseMessage(websocket.CloseAbnormalClosure, "bye"), time.Now()) // want `close code 1006 must not be sent`
}
