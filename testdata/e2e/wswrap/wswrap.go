// Package wswrap holds the WebSocket close helpers shared by the feeds.
package wswrap

import (
	"log"
	"time"

	"github.com/coder/websocket"
	gorilla "github.com/gorilla/websocket"
)

// CloseWith sends a close frame with code and msg, then closes the connection.
func CloseWith(conn *gorilla.Conn, code int, msg string) {
	deadline := time.Now().Add(time.Second)
	if err := conn.WriteControl(gorilla.CloseMessage, gorilla.FormatCloseMessage(code, msg), deadline); err != nil {
		log.Printf("close: %v", err)
	}
	conn.Close()
}

// Bye says goodbye with the given code.
func Bye(conn *gorilla.Conn, code int) {
	CloseWith(conn, code, "bye")
}

// Reject closes a coder connection with status.
func Reject(c *websocket.Conn, status websocket.StatusCode, reason string) error {
	return c.Close(status, reason)
}

// Safe clamps the code before sending it: not a pass-through.
func Safe(conn *gorilla.Conn, code int) {
	if code < 1000 || code >= 5000 {
		code = gorilla.CloseInternalServerErr
	}
	CloseWith(conn, code, "")
}

// Kick is used in this package too.
func Kick(conn *gorilla.Conn, abusive bool) {
	if abusive {
		CloseWith(conn, gorilla.CloseAbnormalClosure, "abusive client") // want `^close code 1006 must not be sent: 1006 \(abnormal closure\) reports a closure without a close frame and must not be sent \(RFC 6455 §7\.4\.1\); gorilla sends it`
		return
	}
	CloseWith(conn, gorilla.ClosePolicyViolation, "kicked") // ok
}
