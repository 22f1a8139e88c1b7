// Package wswrapapp closes feed connections through the shared helpers.
package wswrapapp

import (
	"net/http"

	"github.com/coder/websocket"
	gorilla "github.com/gorilla/websocket"

	"example.com/e2e/wswrap"
)

const tooLongReason = "your session has expired because it was idle for more than thirty minutes; please sign in again to keep receiving order updates"

var upgrader = gorilla.Upgrader{}

// Orders closes the feed in its end states.
func Orders(w http.ResponseWriter, r *http.Request) {
	conn, err := upgrader.Upgrade(w, r, nil)
	if err != nil {
		return
	}
	switch r.URL.Query().Get("state") {
	case "expired":
		wswrap.CloseWith(conn, gorilla.CloseNoStatusReceived, "session expired") // want `^close code 1005 must not be sent: .*FormatCloseMessage sends an empty close frame instead`
	case "idle":
		wswrap.CloseWith(conn, gorilla.CloseGoingAway, tooLongReason) // want `^close reason is 127 bytes, more than the 123 that fit in a close frame`
	case "reserved":
		wswrap.Bye(conn, 2500) // want `^close code 2500 must not be sent: 1016-2999 are reserved`
	case "legacy":
		wswrap.Bye(conn, 3002) // want `^close code 3002 is not registered with IANA`
	case "normal":
		wswrap.Bye(conn, 1000) // want `^numeric close code 1000; use gorilla\.CloseNormalClosure$`
	case "clamped":
		wswrap.Safe(conn, 5) // ok: not a pass-through
	case "app":
		wswrap.CloseWith(conn, 4004, "order not found") // ok: private use
	default:
		wswrap.CloseWith(conn, gorilla.CloseNormalClosure, "done") // ok
	}
}

// Couriers rejects a coder connection through the helper.
func Couriers(w http.ResponseWriter, r *http.Request) {
	c, err := websocket.Accept(w, r, nil)
	if err != nil {
		return
	}
	if r.URL.Query().Get("token") == "" {
		wswrap.Reject(c, websocket.StatusTLSHandshake, "missing token") // want `^close code 1015 must not be sent: .*coder refuses to send it`
		return
	}
	wswrap.Reject(c, websocket.StatusPolicyViolation, "not yet") // ok
}
