package xnetapp

import (
	"io"
	"net/http"

	"golang.org/x/net/websocket"
)

func handler(w http.ResponseWriter, r *http.Request) {
	if r.URL.Query().Get("token") == "" {
		http.Error(w, "missing token", http.StatusUnauthorized) // ok: before the handshake
		return
	}
	websocket.Handler(func(ws *websocket.Conn) {
		if _, err := io.Copy(ws, ws); err != nil {
			http.Error(w, "echo failed", http.StatusInternalServerError) // want `http.Error after websocket upgrade: the connection is hijacked and the response can no longer be written; close the WebSocket instead: return from the handler`
			ws.WriteClose(1006)                                          // want `close code 1006 must not be sent: .*x/net/websocket sends it unchecked`
			return
		}
		ws.WriteClose(1000)
	}).ServeHTTP(w, r)
	w.WriteHeader(http.StatusOK) // want `after websocket upgrade: the connection is hijacked`
}
