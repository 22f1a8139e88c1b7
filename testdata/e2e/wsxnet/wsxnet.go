// Package wsxnet is the legacy price feed, on golang.org/x/net/websocket.
package wsxnet

import (
	"fmt"
	"io"
	"log"
	"net/http"

	"golang.org/x/net/websocket"
)

// Register mounts the feeds.
func Register(mux *http.ServeMux) {
	mux.HandleFunc("GET /ws/prices", Prices)
	mux.HandleFunc("GET /ws/echo", Echo)
	mux.Handle("GET /ws/plain", websocket.Handler(plain)) // want `^websocket\.Handler accepts every origin: browsers send the user's cookies with the WebSocket handshake and CORS does not apply, so any website can open a connection as the user \(cross-site WebSocket hijacking\); use websocket\.Server with a Handshake that compares the Origin with an allow list$`
}

// Prices answers on the outer ResponseWriter from inside the WebSocket handler and
// after it.
func Prices(w http.ResponseWriter, r *http.Request) {
	if r.URL.Query().Get("sku") == "" {
		http.Error(w, "missing sku", http.StatusBadRequest) // ok: before the upgrade
		return
	}
	websocket.Handler(func(ws *websocket.Conn) { // want `^websocket\.Handler accepts every origin: browsers send the user's cookies with the WebSocket handshake and CORS does not apply, so any website can open a connection as the user \(cross-site WebSocket hijacking\)`
		defer ws.Close()
		var req struct{ SKU string }
		if err := websocket.JSON.Receive(ws, &req); err != nil {
			http.Error(w, "bad subscription", http.StatusBadRequest) // want `^http\.Error after websocket upgrade: the connection is hijacked and the response can no longer be written; close the WebSocket instead: return from the handler; x/net/websocket cannot send a close code$`
			return
		}
		if err := websocket.JSON.Send(ws, map[string]any{"sku": req.SKU, "price": 1999}); err != nil {
			log.Printf("prices: %v", err) // ok
		}
	}).ServeHTTP(w, r)
	fmt.Fprintf(w, "feed for %s closed\n", r.URL.Query().Get("sku")) // want `^fmt\.Fprintf after websocket upgrade: the connection is hijacked and the response can no longer be written; close the WebSocket instead: return from the handler; x/net/websocket cannot send a close code$`
}

// Echo is the textbook echo server.
func Echo(w http.ResponseWriter, r *http.Request) {
	s := websocket.Server{
		Handshake: func(cfg *websocket.Config, r *http.Request) error { return nil }, // want `a Handshake that always returns nil accepts every origin`
		Handler: func(ws *websocket.Conn) {
			io.Copy(ws, ws) // ok
		},
	}
	s.ServeHTTP(w, r)
	w.WriteHeader(http.StatusOK) // want `^\(http\.ResponseWriter\)\.WriteHeader after websocket upgrade: the connection is hijacked`
}

func plain(ws *websocket.Conn) {
	defer ws.Close()
	var msg string
	if err := websocket.Message.Receive(ws, &msg); err != nil {
		return
	}
	websocket.Message.Send(ws, "echo: "+msg) // ok
}
