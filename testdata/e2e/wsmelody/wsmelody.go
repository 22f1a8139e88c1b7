// Package wsmelody is the order chat broadcast, on olahol/melody.
package wsmelody

import (
	"log"
	"net/http"

	"github.com/gorilla/websocket"
	"github.com/olahol/melody"
)

// Chat broadcasts order chat messages.
type Chat struct {
	m *melody.Melody
}

// New sets up the broadcaster.
func New() *Chat {
	m := melody.New() // want `^melody\.New\(\) accepts every origin: browsers send the user's cookies with the WebSocket handshake and CORS does not apply, so any website can open a connection as the user \(cross-site WebSocket hijacking\) \(its upgrader's CheckOrigin returns true\); set m\.Upgrader\.CheckOrigin to compare the Origin with an allow list$`
	m.HandleConnect(func(s *melody.Session) {
		if s.Request.URL.Query().Get("token") == "" {
			s.CloseWithMsg(melody.FormatCloseMessage(2001, "missing token")) // want `^close code 2001 must not be sent: 1016-2999 are reserved for future revisions of the protocol \(RFC 6455 §7\.4\.2\); gorilla sends it, and the peer fails the connection with a protocol error; use a defined code such as websocket\.ClosePolicyViolation or a private code in 4000-4999$`
			return
		}
		if s.Request.URL.Query().Get("room") == "" {
			s.CloseWithMsg(melody.FormatCloseMessage(melody.CloseAbnormalClosure, "no room")) // want `^close code 1006 must not be sent: 1006 \(abnormal closure\)`
			return
		}
		if s.Request.URL.Query().Get("v") == "1" {
			s.CloseWithMsg(melody.FormatCloseMessage(1003, "text only")) // want `^numeric close code 1003; use melody\.CloseUnsupportedData$`
			return
		}
		s.Write([]byte("welcome"))
	})
	m.HandleMessage(func(s *melody.Session, msg []byte) {
		if len(msg) > 1024 {
			s.CloseWithMsg(melody.FormatCloseMessage(melody.CloseMessageTooBig, "message too long")) // ok
			return
		}
		if string(msg) == "quit" {
			s.Close() // ok: abrupt, but nocode is off by default
			return
		}
		m.Broadcast(msg)
	})
	m.HandleError(func(s *melody.Session, err error) {
		if websocket.IsUnexpectedCloseError(err, websocket.CloseGoingAway, 999) { // want `^close code 999 can never be received`
			log.Printf("chat: %v", err)
		}
	})
	return &Chat{m: m}
}

// ServeHTTP upgrades the request.
func (c *Chat) ServeHTTP(w http.ResponseWriter, r *http.Request) {
	if err := c.m.HandleRequest(w, r); err != nil {
		log.Printf("chat: %v", err)
		http.Error(w, "chat unavailable", http.StatusServiceUnavailable) // want `^http\.Error after a failed websocket upgrade: the upgrader already replied with an HTTP error; log the error and return$`
	}
}

// Serve upgrades the request, logging failures.
func (c *Chat) Serve(w http.ResponseWriter, r *http.Request) {
	keys := map[string]any{"user": r.URL.Query().Get("user")}
	if err := c.m.HandleRequestWithKeys(w, r, keys); err != nil {
		log.Printf("chat: %v", err) // ok
		return
	}
	w.WriteHeader(http.StatusOK) // want `^\(http\.ResponseWriter\)\.WriteHeader after websocket upgrade: the connection is hijacked and the response can no longer be written; close the WebSocket instead: session\.CloseWithMsg\(melody\.FormatCloseMessage\(melody\.ClosePolicyViolation, reason\)\)$`
}

// Shutdown closes every session.
func (c *Chat) Shutdown() error {
	return c.m.CloseWithMsg(melody.FormatCloseMessage(websocket.CloseServiceRestart, "restarting")) // ok
}
