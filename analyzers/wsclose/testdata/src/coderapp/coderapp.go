package coderapp

import (
	"errors"
	"net/http"

	"github.com/coder/websocket"
)

func handler(w http.ResponseWriter, r *http.Request) {
	c, err := websocket.Accept(w, r, nil)
	if err != nil {
		w.WriteHeader(http.StatusBadRequest) // want `\(http.ResponseWriter\).WriteHeader after a failed websocket upgrade: the upgrader already replied with an HTTP error`
		return
	}
	defer c.CloseNow()
	if _, _, err := c.Read(r.Context()); err != nil {
		http.Error(w, "read failed", http.StatusInternalServerError) // want `http.Error after websocket upgrade: the connection is hijacked and the response can no longer be written; close the WebSocket instead: conn.Close\(websocket.StatusPolicyViolation, reason\)`
		return
	}
	c.Close(websocket.StatusNormalClosure, "")
	c.Close(websocket.StatusPolicyViolation, "bad input")
	c.Close(websocket.StatusAbnormalClosure, "") // want `close code 1006 must not be sent: .*coder refuses to send it and closes the connection without a close frame, so the peer sees 1006; use a defined code such as websocket.StatusPolicyViolation`
	c.Close(websocket.StatusNoStatusRcvd, "")    // want `close code 1005 must not be sent: .*coder sends an empty close frame instead`
	c.Close(websocket.StatusCode(2000), "")      // want `close code 2000 must not be sent: 1016-2999 are reserved`
	c.Close(1008, "policy")                      // want `numeric close code 1008; use websocket.StatusPolicyViolation`
	c.Close(4000, "app")                         // ok: private use
	c.Close(websocket.StatusBadGateway, "")      // ok: 1014 is registered
	c.Close(3500, "")                            // want `close code 3500 is not registered with IANA`
	code := websocket.StatusCode(1004)           // want `close code 1004 must not be sent: 1004 is reserved`
	_ = code
}

func receive(err error) {
	if websocket.CloseStatus(err) == websocket.StatusNormalClosure {
		return
	}
	if websocket.CloseStatus(err) == 2000 { // want `close code 2000 can never be received`
		return
	}
	if websocket.CloseStatus(err) != websocket.StatusCode(1004) { // want `close code 1004 can never be received`
		return
	}
	switch websocket.CloseStatus(err) {
	case websocket.StatusGoingAway, websocket.StatusAbnormalClosure: // ok: 1006 is reported locally
	case 999: // want `close code 999 can never be received`
	}
	var ce websocket.CloseError
	if errors.As(err, &ce) && ce.Code == 6000 { // want `close code 6000 can never be received`
		return
	}
	if websocket.CloseStatus(err) == -1 { // ok: -1 is what CloseStatus returns for a non-close error
		return
	}
}
