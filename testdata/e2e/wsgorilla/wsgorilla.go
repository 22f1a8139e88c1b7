// Package wsgorilla is the live order feed of the orders service, on net/http and
// gorilla/websocket.
package wsgorilla

import (
	"errors"
	"fmt"
	"log"
	"net/http"
	"time"

	"github.com/gorilla/websocket"
)

// Update is one change to an order, pushed to subscribers.
type Update struct {
	OrderID string `json:"order_id"`
	Status  string `json:"status"`
}

var upgrader = websocket.Upgrader{
	ReadBufferSize:  1024,
	WriteBufferSize: 1024,
	CheckOrigin:     func(r *http.Request) bool { return r.Header.Get("Origin") == "https://shop.example.com" },
}

// quietUpgrader answers handshake failures itself, with the service's JSON errors.
var quietUpgrader = websocket.Upgrader{
	Error: func(w http.ResponseWriter, r *http.Request, status int, reason error) {
		log.Printf("websocket handshake from %s rejected: %v", r.RemoteAddr, reason)
	},
}

var errRevoked = errors.New("token revoked")

func authorize(r *http.Request) (string, error) {
	tok := r.URL.Query().Get("token")
	switch tok {
	case "":
		return "", errors.New("missing token")
	case "revoked":
		return "", errRevoked
	}
	return "user-" + tok, nil
}

func subscribe(user string) <-chan Update {
	ch := make(chan Update, 1)
	ch <- Update{OrderID: "o-1", Status: "shipped"}
	close(ch)
	return ch
}

// Register mounts the feeds.
func Register(mux *http.ServeMux) {
	mux.HandleFunc("GET /ws/orders", Feed)
	mux.HandleFunc("GET /ws/orders/raw", RawFeed)
	mux.HandleFunc("GET /ws/legacy", Legacy)
	mux.HandleFunc("GET /ws/quiet", Quiet)
	mux.HandleFunc("GET /ws/checked", Checked)
	mux.HandleFunc("GET /ws/kick", Kick)
}

// Feed answers a failed upgrade a second time.
func Feed(w http.ResponseWriter, r *http.Request) {
	conn, err := upgrader.Upgrade(w, r, nil)
	if err != nil {
		log.Printf("upgrade: %v", err)
		http.Error(w, "could not open the order feed", http.StatusBadRequest) // want `^http\.Error after a failed websocket upgrade: the upgrader already replied with an HTTP error; log the error and return$`
		return
	}
	defer conn.Close()
	for u := range subscribe("anonymous") {
		if err := conn.WriteJSON(u); err != nil {
			log.Printf("write: %v", err)
			return
		}
	}
	conn.WriteControl(websocket.CloseMessage, websocket.FormatCloseMessage(websocket.CloseNormalClosure, "feed finished"), time.Now().Add(time.Second)) // ok
}

// RawFeed writes HTTP responses on the hijacked connection.
func RawFeed(w http.ResponseWriter, r *http.Request) {
	conn, err := upgrader.Upgrade(w, r, nil)
	if err != nil {
		log.Printf("upgrade: %v", err) // ok: log and return
		return
	}
	defer conn.Close()
	_, msg, rerr := conn.ReadMessage()
	if rerr != nil {
		w.WriteHeader(http.StatusInternalServerError) // want `^\(http\.ResponseWriter\)\.WriteHeader after websocket upgrade: the connection is hijacked and the response can no longer be written; close the WebSocket instead: conn\.WriteControl\(websocket\.CloseMessage, websocket\.FormatCloseMessage\(websocket\.ClosePolicyViolation, reason\), deadline\)$`
		return
	}
	if len(msg) == 0 {
		fmt.Fprintln(w, "empty subscription request") // want `^fmt\.Fprintln after websocket upgrade: the connection is hijacked`
		return
	}
	if err := conn.WriteMessage(websocket.TextMessage, msg); err != nil {
		http.Error(w, err.Error(), http.StatusInternalServerError) // want `^http\.Error after websocket upgrade: the connection is hijacked`
	}
}

// Legacy uses the deprecated package-level Upgrade, which writes nothing on
// failure, so answering is the handler's job.
func Legacy(w http.ResponseWriter, r *http.Request) {
	conn, err := websocket.Upgrade(w, r, nil, 1024, 1024) // want `^the deprecated websocket\.Upgrade accepts every origin: browsers send the user's cookies with the WebSocket handshake and CORS does not apply, so any website can open a connection as the user \(cross-site WebSocket hijacking\); use a websocket\.Upgrader whose CheckOrigin compares the Origin with an allow list`
	if err != nil {
		http.Error(w, "not a websocket handshake", http.StatusBadRequest) // ok: the deprecated Upgrade wrote nothing
		return
	}
	defer conn.Close()
	conn.WriteMessage(websocket.TextMessage, []byte("hello"))
}

// Quiet uses an upgrader with its own Error function: answering is right.
func Quiet(w http.ResponseWriter, r *http.Request) {
	conn, err := quietUpgrader.Upgrade(w, r, nil)
	if err != nil {
		http.Error(w, `{"error":"websocket handshake failed"}`, http.StatusBadRequest) // ok: the custom Error wrote nothing
		return
	}
	defer conn.Close()
	conn.WriteMessage(websocket.TextMessage, []byte("hello"))
}

// Checked rejects bad requests before upgrading.
func Checked(w http.ResponseWriter, r *http.Request) {
	if !websocket.IsWebSocketUpgrade(r) {
		http.Error(w, "this endpoint speaks websocket only", http.StatusUpgradeRequired) // ok: before the upgrade
		return
	}
	user, err := authorize(r)
	if err != nil {
		http.Error(w, "unauthorized", http.StatusUnauthorized) // ok: before the upgrade
		return
	}
	conn, err := upgrader.Upgrade(w, r, nil)
	if err != nil {
		log.Printf("upgrade for %s: %v", user, err)
		return
	}
	defer conn.Close()
	for u := range subscribe(user) {
		if err := conn.WriteJSON(u); err != nil {
			return
		}
	}
}

// Kick upgrades first and rejects on the WebSocket.
func Kick(w http.ResponseWriter, r *http.Request) {
	conn, err := upgrader.Upgrade(w, r, nil)
	if err != nil {
		return
	}
	deadline := time.Now().Add(time.Second)
	user, err := authorize(r)
	if errors.Is(err, errRevoked) {
		conn.Close() // ok: abrupt, but nocode is off by default
		return
	}
	if err != nil {
		conn.WriteControl(websocket.CloseMessage, websocket.FormatCloseMessage(websocket.CloseAbnormalClosure, "unauthorized"), deadline) // want `^close code 1006 must not be sent: 1006 \(abnormal closure\) reports a closure without a close frame and must not be sent \(RFC 6455 §7\.4\.1\); gorilla sends it, and the peer fails the connection with a protocol error; use a defined code such as websocket\.ClosePolicyViolation or a private code in 4000-4999$`
		conn.Close()
		return
	}
	if user == "user-banned" {
		conn.WriteControl(websocket.CloseMessage, websocket.FormatCloseMessage(1008, "banned"), deadline) // want `^numeric close code 1008; use websocket\.ClosePolicyViolation$`
		conn.Close()
		return
	}
	conn.WriteControl(websocket.CloseMessage, websocket.FormatCloseMessage(websocket.ClosePolicyViolation, "kicked by an operator"), deadline) // ok
	conn.Close()
}
