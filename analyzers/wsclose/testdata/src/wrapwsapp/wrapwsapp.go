package wrapwsapp

import (
	"github.com/coder/websocket"
	gorilla "github.com/gorilla/websocket"

	"wrapws"
)

func use(g *gorilla.Conn, c *websocket.Conn) {
	wrapws.CloseWith(g, gorilla.CloseAbnormalClosure, "x") // want `close code 1006 must not be sent`
	wrapws.CloseWith(g, gorilla.CloseGoingAway, "shutting down")
	wrapws.Reject(c, websocket.StatusTLSHandshake) // want `close code 1015 must not be sent: .*coder refuses`
	wrapws.Bye(g, 2500)                            // want `close code 2500 must not be sent`
	wrapws.Bye(g, 1001)                            // want `numeric close code 1001; use gorilla.CloseGoingAway`
	wrapws.Clamped(g, 5)                           // ok: not a pass-through
}
