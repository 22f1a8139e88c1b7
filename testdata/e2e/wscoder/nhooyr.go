package wscoder

import (
	"net/http"

	nhooyr "nhooyr.io/websocket"
)

// TrackOld is the tracking feed of the old mobile app, still on nhooyr.io/websocket.
func TrackOld(w http.ResponseWriter, r *http.Request) {
	c, err := nhooyr.Accept(w, r, &nhooyr.AcceptOptions{InsecureSkipVerify: true}) // want `^InsecureSkipVerify accepts every origin: browsers send the user's cookies with the WebSocket handshake and CORS does not apply, so any website can open a connection as the user \(cross-site WebSocket hijacking\); list the allowed hosts in OriginPatterns$`
	if err != nil {
		http.Error(w, err.Error(), http.StatusBadRequest) // want `^http\.Error after a failed websocket upgrade: the upgrader already replied with an HTTP error; log the error and return$`
		return
	}
	defer c.CloseNow()
	if r.URL.Query().Get("v") != "2" {
		c.Close(nhooyr.StatusTLSHandshake, "unsupported client") // want `^close code 1015 must not be sent: .*coder refuses to send it`
		return
	}
	if err := c.Write(r.Context(), nhooyr.MessageText, []byte("hello")); err != nil {
		return
	}
	c.Close(1001, "bye") // want `^numeric close code 1001; use nhooyr\.StatusGoingAway$`
}
