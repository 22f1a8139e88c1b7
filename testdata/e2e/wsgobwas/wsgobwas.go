// Package wsgobwas is the warehouse scanner feed, on gobwas/ws.
package wsgobwas

import (
	"errors"
	"log"
	"net/http"

	"github.com/gobwas/ws"
	"github.com/gobwas/ws/wsutil"
)

// Close codes of the scanner feed.
const (
	codeScannerGone ws.StatusCode = 4100
	codeLegacy      ws.StatusCode = 3100
)

const shutdownReason = "the warehouse scanner gateway is restarting for a firmware update; scanners reconnect automatically once the gateway is back"

// Register mounts the feeds.
func Register(mux *http.ServeMux) {
	mux.HandleFunc("GET /ws/scanners", Scanners)
	mux.HandleFunc("GET /ws/scanners/v2", ScannersV2)
}

// Scanners answers a failed upgrade a second time.
func Scanners(w http.ResponseWriter, r *http.Request) {
	conn, _, _, err := ws.UpgradeHTTP(r, w)
	if err != nil {
		log.Printf("upgrade: %v", err)
		http.Error(w, "upgrade failed", http.StatusBadRequest) // want `^http\.Error after a failed websocket upgrade: the upgrader already replied with an HTTP error; log the error and return$`
		return
	}
	go func() {
		defer conn.Close()
		for {
			msg, op, err := wsutil.ReadClientData(conn)
			if err != nil {
				var closed wsutil.ClosedError
				if errors.As(err, &closed) && closed.Code == ws.StatusNormalClosure {
					return // ok
				}
				if errors.As(err, &closed) && closed.Code == 1004 { // want `^close code 1004 can never be received: 1004 is reserved`
					return
				}
				log.Printf("scanner: %v", err)
				return
			}
			if op == ws.OpText && string(msg) == "bye" {
				body := ws.NewCloseFrameBody(ws.StatusNoMeaningYet, "bye") // want `^close code 1004 must not be sent: 1004 is reserved \(RFC 6455 §7\.4\.1\); gobwas sends it, and the peer fails the connection with a protocol error; use a defined code such as ws\.StatusPolicyViolation or a private code in 4000-4999$`
				wsutil.WriteServerMessage(conn, ws.OpClose, body)
				return
			}
			if err := wsutil.WriteServerMessage(conn, op, msg); err != nil {
				return
			}
		}
	}()
}

// ScannersV2 closes with the feed's codes.
func ScannersV2(w http.ResponseWriter, r *http.Request) {
	u := ws.HTTPUpgrader{Protocol: func(p string) bool { return p == "scan.v2" }}
	conn, _, _, err := u.Upgrade(r, w)
	if err != nil {
		log.Printf("upgrade: %v", err) // ok
		return
	}
	defer conn.Close()
	switch r.URL.Query().Get("mode") {
	case "gone":
		wsutil.WriteServerMessage(conn, ws.OpClose, ws.NewCloseFrameBody(codeScannerGone, "scanner offline")) // ok: private use
	case "legacy":
		wsutil.WriteServerMessage(conn, ws.OpClose, ws.NewCloseFrameBody(codeLegacy, "legacy scanner")) // want `^close code 3100 is not registered with IANA`
	case "abort":
		wsutil.WriteServerMessage(conn, ws.OpClose, ws.NewCloseFrameBody(ws.StatusAbnormalClosure, "")) // want `^close code 1006 must not be sent: .*gobwas sends it, and the peer fails the connection with a protocol error`
	case "big":
		wsutil.WriteServerMessage(conn, ws.OpClose, ws.NewCloseFrameBody(7000, "")) // want `^close code 7000 must not be sent: codes above 4999 are outside every range RFC 6455 §7\.4\.2 defines; gobwas sends it; gobwas peers accept it, other peers fail the connection`
	case "restart":
		wsutil.WriteServerMessage(conn, ws.OpClose, ws.NewCloseFrameBody(ws.StatusGoingAway, shutdownReason)) // want `^close reason is 124 bytes, more than the 123 that fit in a close frame: gobwas truncates it to 123 bytes, which can split a UTF-8 character; shorten it$`
	case "policy":
		wsutil.WriteServerMessage(conn, ws.OpClose, ws.NewCloseFrameBody(1008, "policy")) // want `^numeric close code 1008; use ws\.StatusPolicyViolation$`
	case "buffer":
		p := make([]byte, 16)
		ws.PutCloseFrameBody(p, ws.StatusTLSHandshake, "tls") // want `^close code 1015 must not be sent`
		wsutil.WriteServerMessage(conn, ws.OpClose, p)
	default:
		wsutil.WriteServerMessage(conn, ws.OpClose, ws.NewCloseFrameBody(ws.StatusNormalClosure, "")) // ok
	}
}
