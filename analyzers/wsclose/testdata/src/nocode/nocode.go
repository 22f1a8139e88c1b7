package nocode

import (
	"encoding/json"
	"net/http"
	"time"

	"github.com/coder/websocket"
	gorilla "github.com/gorilla/websocket"
)

var upgrader = gorilla.Upgrader{}

func handler(w http.ResponseWriter, r *http.Request, token string) {
	conn, err := upgrader.Upgrade(w, r, nil)
	if err != nil {
		return
	}
	defer conn.Close() // ok: deferred
	if token == "" {
		conn.Close() // want `\(\*websocket.Conn\).Close closes the connection without a close frame: the peer sees 1006 \(abnormal closure\) and no reason; send a close code with conn.WriteControl`
		return
	}
	for {
		_, msg, err := conn.ReadMessage()
		if err != nil {
			conn.Close() // ok: the read failed, the connection is gone
			return
		}
		var v map[string]any
		if err := json.Unmarshal(msg, &v); err != nil {
			conn.Close() // want `closes the connection without a close frame`
			return
		}
		if v["bye"] != nil {
			conn.WriteControl(gorilla.CloseMessage, gorilla.FormatCloseMessage(gorilla.CloseNormalClosure, ""), time.Now())
			conn.Close() // ok: a close frame was sent
			return
		}
	}
}

func coderHandler(w http.ResponseWriter, r *http.Request, allowed bool) {
	c, err := websocket.Accept(w, r, nil)
	if err != nil {
		return
	}
	defer c.CloseNow()
	if !allowed {
		c.CloseNow() // want `\(\*websocket.Conn\).CloseNow closes the connection without a close frame: .*conn.Close\(websocket.StatusPolicyViolation, reason\) instead`
		return
	}
	if _, _, err := c.Read(r.Context()); err != nil {
		c.CloseNow() // ok: after a failed read
	}
}
