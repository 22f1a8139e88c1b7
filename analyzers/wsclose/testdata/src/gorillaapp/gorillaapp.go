package gorillaapp

import (
	"fmt"
	"log"
	"net/http"

	"github.com/gorilla/websocket"
)

var upgrader = websocket.Upgrader{ReadBufferSize: 1024}

// quiet answers handshake failures itself.
var quiet = websocket.Upgrader{
	Error: func(w http.ResponseWriter, r *http.Request, status int, reason error) {},
}

func failurePath(w http.ResponseWriter, r *http.Request) {
	conn, err := upgrader.Upgrade(w, r, nil)
	if err != nil {
		http.Error(w, "upgrade failed", http.StatusBadRequest) // want `http.Error after a failed websocket upgrade: the upgrader already replied with an HTTP error; log the error and return`
		return
	}
	defer conn.Close()
}

func successPath(w http.ResponseWriter, r *http.Request) {
	conn, err := upgrader.Upgrade(w, r, nil)
	if err != nil {
		log.Println(err)
		return
	}
	defer conn.Close()
	if _, _, err := conn.ReadMessage(); err != nil {
		w.WriteHeader(http.StatusInternalServerError) // want `\(http.ResponseWriter\).WriteHeader after websocket upgrade: the connection is hijacked and the response can no longer be written; close the WebSocket instead: conn.WriteControl`
		fmt.Fprintln(w, "read failed")                // want `fmt.Fprintln after websocket upgrade: the connection is hijacked`
	}
}

func beforeUpgrade(w http.ResponseWriter, r *http.Request) {
	if !websocket.IsWebSocketUpgrade(r) {
		http.Error(w, "expected a websocket", http.StatusBadRequest) // ok: before the upgrade
		return
	}
	conn, err := upgrader.Upgrade(w, r, nil)
	if err != nil {
		log.Println(err) // ok: log and return
		return
	}
	conn.Close()
}

func deprecated(w http.ResponseWriter, r *http.Request) {
	conn, err := websocket.Upgrade(w, r, nil, 1024, 1024)
	if err != nil {
		http.Error(w, "not a websocket handshake", http.StatusBadRequest) // ok: the deprecated Upgrade writes nothing on failure
		return
	}
	defer conn.Close()
	http.Error(w, "x", http.StatusInternalServerError) // want `http.Error after websocket upgrade: the connection is hijacked`
}

func customError(w http.ResponseWriter, r *http.Request) {
	conn, err := quiet.Upgrade(w, r, nil)
	if err != nil {
		http.Error(w, "denied", http.StatusForbidden) // ok: the custom Error wrote nothing
		return
	}
	conn.Close()
}

func inlineCustom(w http.ResponseWriter, r *http.Request) {
	u := &websocket.Upgrader{Error: func(http.ResponseWriter, *http.Request, int, error) {}}
	if _, err := u.Upgrade(w, r, nil); err != nil {
		http.Error(w, "denied", http.StatusForbidden) // ok: custom Error
	}
}

func elseBranch(w http.ResponseWriter, r *http.Request) {
	conn, err := upgrader.Upgrade(w, r, nil)
	if err == nil {
		conn.Close()
	} else {
		w.Write([]byte("failed")) // want `\(http.ResponseWriter\).Write after a failed websocket upgrade`
	}
}

func otherWriter(w, audit http.ResponseWriter, r *http.Request) {
	conn, err := upgrader.Upgrade(w, r, nil)
	if err != nil {
		http.Error(audit, "failed", http.StatusInternalServerError) // ok: another response
		return
	}
	conn.Close()
}

func notReached(w http.ResponseWriter, r *http.Request, upgrade bool) {
	if upgrade {
		conn, _ := upgrader.Upgrade(w, r, nil)
		conn.Close()
		return
	}
	http.Error(w, "plain request", http.StatusBadRequest) // ok: not on a path after the upgrade
}

func reusedErr(w http.ResponseWriter, r *http.Request) {
	conn, err := upgrader.Upgrade(w, r, nil)
	if err != nil {
		return
	}
	_, _, err = conn.ReadMessage()
	if err != nil {
		http.Error(w, "read failed", http.StatusInternalServerError) // want `http.Error after websocket upgrade: the connection is hijacked`
	}
}

func reusedErrDeprecated(w http.ResponseWriter, r *http.Request) {
	conn, err := websocket.Upgrade(w, r, nil, 1024, 1024)
	if err != nil {
		http.Error(w, "bad handshake", http.StatusBadRequest) // ok: the deprecated Upgrade wrote nothing
		return
	}
	_, _, err = conn.ReadMessage()
	if err != nil {
		http.Error(w, "read failed", http.StatusInternalServerError) // want `http.Error after websocket upgrade: the connection is hijacked`
	}
}
