package nhooyrapp

import (
	"net/http"

	"nhooyr.io/websocket"
)

func handler(w http.ResponseWriter, r *http.Request) {
	c, err := websocket.Accept(w, r, &websocket.AcceptOptions{})
	if err != nil {
		http.Error(w, err.Error(), http.StatusBadRequest) // want `http.Error after a failed websocket upgrade`
		return
	}
	c.Close(websocket.StatusTLSHandshake, "") // want `close code 1015 must not be sent`
}
