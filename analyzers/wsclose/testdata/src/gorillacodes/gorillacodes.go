package gorillacodes

import (
	"strings"
	"time"

	"github.com/gorilla/websocket"
)

var deadline = time.Now()

var longReason = strings.Repeat("x", 10)

const tooLong = "this reason is far too long to fit into a websocket close frame, because control frames carry at most one hundred and twenty-five bytes"

func send(conn *websocket.Conn, err error) {
	conn.WriteControl(websocket.CloseMessage, websocket.FormatCloseMessage(websocket.CloseNormalClosure, "bye"), deadline)
	conn.WriteControl(websocket.CloseMessage, websocket.FormatCloseMessage(websocket.ClosePolicyViolation, "bad token"), deadline)
	conn.WriteControl(websocket.CloseMessage, websocket.FormatCloseMessage(websocket.CloseAbnormalClosure, "x"), deadline) // want `close code 1006 must not be sent: 1006 \(abnormal closure\) reports a closure without a close frame and must not be sent \(RFC 6455 §7.4.1\); gorilla sends it, and the peer fails the connection with a protocol error`
	conn.WriteMessage(websocket.CloseMessage, websocket.FormatCloseMessage(websocket.CloseNoStatusReceived, "x"))          // want `close code 1005 must not be sent: .*FormatCloseMessage sends an empty close frame instead`
	_ = websocket.FormatCloseMessage(websocket.CloseTLSHandshake, "")                                                      // want `close code 1015 must not be sent`
	_ = websocket.FormatCloseMessage(1004, "")                                                                             // want `close code 1004 must not be sent: 1004 is reserved`
	_ = websocket.FormatCloseMessage(2000, "")                                                                             // want `close code 2000 must not be sent: 1016-2999 are reserved for future revisions`
	_ = websocket.FormatCloseMessage(999, "")                                                                              // want `close code 999 must not be sent: 0-999 are not used`
	_ = websocket.FormatCloseMessage(70000, "")                                                                            // want `close code 70000 must not be sent: .*FormatCloseMessage truncates it to 16 bits and sends 4464`
	_ = websocket.FormatCloseMessage(3001, "")                                                                             // want `close code 3001 is not registered with IANA: 3000-3999 are for registered codes; use a private code in 4000-4999`
	_ = websocket.FormatCloseMessage(3000, "")                                                                             // ok: registered (Unauthorized)
	_ = websocket.FormatCloseMessage(4000, "")                                                                             // ok: private use
	_ = websocket.FormatCloseMessage(1014, "")                                                                             // ok: registered (Bad Gateway)
	_ = websocket.FormatCloseMessage(1008, "bad token")                                                                    // want `numeric close code 1008; use websocket.ClosePolicyViolation`
	_ = websocket.FormatCloseMessage(websocket.CloseGoingAway, tooLong)                                                    // want `close reason is 135 bytes, more than the 123 that fit in a close frame: WriteControl fails with "websocket: invalid control frame" and nothing is sent`
	_ = websocket.FormatCloseMessage(websocket.CloseGoingAway, "\xff\xfe")                                                 // want `close reason is not valid UTF-8`
	_ = websocket.FormatCloseMessage(websocket.CloseGoingAway, longReason)                                                 // ok: not a constant
}

func receive(err error) {
	if websocket.IsCloseError(err, websocket.CloseNormalClosure, websocket.CloseAbnormalClosure) { // ok: 1006 is reported locally
		return
	}
	if websocket.IsCloseError(err, 1004) { // want `close code 1004 can never be received: 1004 is reserved \(RFC 6455 §7.4.1\), so no peer sends it and the library rejects it on receipt; this check never matches`
		return
	}
	if websocket.IsUnexpectedCloseError(err, websocket.CloseGoingAway, 2000) { // want `close code 2000 can never be received`
		return
	}
	if ce, ok := err.(*websocket.CloseError); ok && ce.Code == 5000 { // want `close code 5000 can never be received`
		return
	}
	if ce, ok := err.(*websocket.CloseError); ok {
		switch ce.Code {
		case websocket.CloseNoStatusReceived, 4001: // ok
		case 999: // want `close code 999 can never be received`
		}
	}
}
