package wsgorilla

import (
	"log"
	"time"

	"github.com/gorilla/websocket"
)

// Close codes of the order feed.
const (
	codeFeedClosed = 4000 // private use
	codeLegacy     = 3001 // never registered with IANA
	codeReserved   = 2000
)

const maintenanceReason = "the order feed is going down for scheduled maintenance; reconnect in a few minutes, your subscriptions will be restored automatically"

// Shutdown closes a connection when the server stops.
func Shutdown(conn *websocket.Conn, maintenance bool) {
	deadline := time.Now().Add(time.Second)
	if maintenance {
		conn.WriteControl(websocket.CloseMessage, websocket.FormatCloseMessage(websocket.CloseServiceRestart, maintenanceReason), deadline) // want `^close reason is 133 bytes, more than the 123 that fit in a close frame: WriteControl fails with "websocket: invalid control frame" and nothing is sent; shorten it$`
		return
	}
	conn.WriteControl(websocket.CloseMessage, websocket.FormatCloseMessage(websocket.CloseGoingAway, "server shutting down"), deadline) // ok
}

// Close frames sent by the feed in its various end states.
var (
	feedDone    = websocket.FormatCloseMessage(codeFeedClosed, "feed closed")                // ok: private use
	feedLegacy  = websocket.FormatCloseMessage(codeLegacy, "legacy client")                  // want `^close code 3001 is not registered with IANA: 3000-3999 are for registered codes; use a private code in 4000-4999$`
	feedBroken  = websocket.FormatCloseMessage(codeReserved, "internal")                     // want `^close code 2000 must not be sent: 1016-2999 are reserved for future revisions of the protocol \(RFC 6455 §7\.4\.2\); gorilla sends it`
	feedNoCode  = websocket.FormatCloseMessage(websocket.CloseNoStatusReceived, "no status") // want `^close code 1005 must not be sent: .*FormatCloseMessage sends an empty close frame instead, without the reason`
	feedAuth    = websocket.FormatCloseMessage(3000, "unauthorized")                         // ok: 3000 is registered and gorilla has no constant for it
	feedUnknown = websocket.FormatCloseMessage(4000, "unknown order")                        // ok: private use, no constant
	feedTooBig  = websocket.FormatCloseMessage(1009, "message too big")                      // want `^numeric close code 1009; use websocket\.CloseMessageTooBig$`
)

// ReadLoop reads subscription changes until the client leaves.
func ReadLoop(conn *websocket.Conn) {
	for {
		_, msg, err := conn.ReadMessage()
		if websocket.IsCloseError(err, websocket.CloseNormalClosure, websocket.CloseGoingAway) {
			return // ok
		}
		if websocket.IsUnexpectedCloseError(err, websocket.CloseGoingAway, websocket.CloseAbnormalClosure) { // ok: 1006 is reported locally
			log.Printf("feed: %v", err)
			return
		}
		if websocket.IsCloseError(err, websocket.CloseNoStatusReceived, 4001) { // ok: 1005 is reported locally
			return
		}
		if websocket.IsCloseError(err, 1004) { // want `^close code 1004 can never be received: 1004 is reserved \(RFC 6455 §7\.4\.1\), so no peer sends it and the library rejects it on receipt; this check never matches$`
			return
		}
		if websocket.IsUnexpectedCloseError(err, websocket.CloseGoingAway, 2500) { // want `^close code 2500 can never be received: 1016-2999 are reserved`
			return
		}
		if ce, ok := err.(*websocket.CloseError); ok {
			switch ce.Code {
			case websocket.CloseTLSHandshake, 4001: // ok
				return
			case 999: // want `^close code 999 can never be received: 0-999 are not used`
				return
			}
			if ce.Code == 5000 { // want `^close code 5000 can never be received: codes above 4999`
				return
			}
			return
		}
		if err != nil {
			return
		}
		log.Printf("subscription change: %s", msg)
	}
}
