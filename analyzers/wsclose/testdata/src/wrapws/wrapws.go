// want package:`wrapperPackage\(3\)`

// Package wrapws declares close helpers that pass their code on.
package wrapws

import (
	"time"

	"github.com/coder/websocket"
	gorilla "github.com/gorilla/websocket"
)

// CloseWith sends a close frame with code and msg.
func CloseWith(c *gorilla.Conn, code int, msg string) { // want CloseWith:`closeCodeParam\(code=1 reason=2 family=0\)`
	c.WriteControl(gorilla.CloseMessage, gorilla.FormatCloseMessage(code, msg), time.Now().Add(time.Second))
}

// Reject closes a coder connection.
func Reject(c *websocket.Conn, status websocket.StatusCode) { // want Reject:`closeCodeParam\(code=1 reason=-1 family=1\)`
	c.Close(status, "rejected")
}

// Bye wraps CloseWith.
func Bye(c *gorilla.Conn, code int) { // want Bye:`closeCodeParam\(code=1 reason=-1 family=0\)`
	CloseWith(c, code, "bye")
}

// Clamped adjusts the code: not a pass-through.
func Clamped(c *gorilla.Conn, code int) {
	if code < 1000 {
		code = gorilla.CloseNormalClosure
	}
	CloseWith(c, code, "")
}
