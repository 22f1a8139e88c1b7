// Package live is the demo's WebSocket feed of order updates: a client opens
// /live/orders, sends its API token as the first message, and then receives every
// order whose state changes, as JSON.
package live

import (
	"context"
	"crypto/subtle"
	"log"
	"net/http"
	"time"

	"github.com/gorilla/websocket"

	"example.com/demo/store"
)

const (
	writeWait  = 5 * time.Second
	pongWait   = 60 * time.Second
	pingPeriod = pongWait * 9 / 10
	pollPeriod = time.Second
)

// Feed streams order updates from Store to WebSocket clients.
type Feed struct {
	Store *store.Store
	Token string // the API token clients must send first

	upgrader websocket.Upgrader
}

// NewFeed returns a feed that accepts connections from the given origin.
func NewFeed(s *store.Store, token, origin string) *Feed {
	f := &Feed{Store: s, Token: token}
	f.upgrader = websocket.Upgrader{
		ReadBufferSize:  1024,
		WriteBufferSize: 1024,
		CheckOrigin: func(r *http.Request) bool {
			o := r.Header.Get("Origin")
			return o == "" || o == origin
		},
	}
	return f
}

// Routes registers the feed on mux.
func (f *Feed) Routes(mux *http.ServeMux) {
	mux.HandleFunc("GET /live/orders", f.serve)
}

func (f *Feed) serve(w http.ResponseWriter, r *http.Request) {
	if !websocket.IsWebSocketUpgrade(r) {
		http.Error(w, "this endpoint expects a WebSocket handshake", http.StatusUpgradeRequired)
		return
	}
	conn, err := f.upgrader.Upgrade(w, r, nil)
	if err != nil {
		log.Printf("live: upgrade from %s: %v", r.RemoteAddr, err)
		http.Error(w, "could not open the live feed", http.StatusInternalServerError)
		return
	}
	defer conn.Close()

	if !f.authenticate(conn) {
		conn.WriteControl(websocket.CloseMessage,
			websocket.FormatCloseMessage(websocket.CloseAbnormalClosure, "unauthorized"),
			time.Now().Add(writeWait))
		return
	}

	ctx, cancel := context.WithCancel(r.Context())
	defer cancel()
	go f.readPump(conn, cancel)
	f.writePump(ctx, conn)
}

// authenticate reads the client's first message and compares it with the token.
func (f *Feed) authenticate(conn *websocket.Conn) bool {
	conn.SetReadDeadline(time.Now().Add(10 * time.Second))
	_, msg, err := conn.ReadMessage()
	if err != nil {
		return false
	}
	return subtle.ConstantTimeCompare(msg, []byte(f.Token)) == 1
}

// readPump discards client messages and handles pongs; it cancels the feed when
// the client goes away.
func (f *Feed) readPump(conn *websocket.Conn, cancel context.CancelFunc) {
	defer cancel()
	conn.SetReadLimit(512)
	conn.SetReadDeadline(time.Now().Add(pongWait))
	conn.SetPongHandler(func(string) error {
		return conn.SetReadDeadline(time.Now().Add(pongWait))
	})
	for {
		if _, _, err := conn.ReadMessage(); err != nil {
			if websocket.IsUnexpectedCloseError(err, websocket.CloseGoingAway, websocket.CloseNormalClosure) {
				log.Printf("live: client dropped: %v", err)
			}
			return
		}
	}
}

// writePump polls the store and sends every order whose state changed.
func (f *Feed) writePump(ctx context.Context, conn *websocket.Conn) {
	poll := time.NewTicker(pollPeriod)
	defer poll.Stop()
	ping := time.NewTicker(pingPeriod)
	defer ping.Stop()

	seen := make(map[string]store.Order)
	for {
		select {
		case <-ctx.Done():
			conn.WriteControl(websocket.CloseMessage,
				websocket.FormatCloseMessage(websocket.CloseGoingAway, "server shutting down"),
				time.Now().Add(writeWait))
			return
		case <-ping.C:
			if err := conn.WriteControl(websocket.PingMessage, nil, time.Now().Add(writeWait)); err != nil {
				return
			}
		case <-poll.C:
			for _, o := range f.Store.List() {
				if prev, ok := seen[o.ID]; ok && prev == o {
					continue
				}
				seen[o.ID] = o
				conn.SetWriteDeadline(time.Now().Add(writeWait))
				if err := conn.WriteJSON(o); err != nil {
					log.Printf("live: write: %v", err)
					return
				}
			}
		}
	}
}
