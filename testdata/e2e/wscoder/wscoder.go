// Package wscoder is the courier tracking feed, on net/http and coder/websocket.
package wscoder

import (
	"context"
	"errors"
	"log"
	"net/http"
	"time"

	"github.com/coder/websocket"
	"github.com/coder/websocket/wsjson"
)

// Position is a courier's location.
type Position struct {
	Courier string  `json:"courier"`
	Lat     float64 `json:"lat"`
	Lng     float64 `json:"lng"`
}

// Close codes of the tracking feed.
const (
	StatusCourierOffline websocket.StatusCode = 4001 // private use
	StatusOldClient      websocket.StatusCode = 3500 // never registered with IANA
)

const acceptOrigin = "shop.example.com"

func positions(ctx context.Context, courier string) <-chan Position {
	ch := make(chan Position, 1)
	ch <- Position{Courier: courier, Lat: 48.85, Lng: 2.35}
	close(ch)
	return ch
}

// Register mounts the feeds.
func Register(mux *http.ServeMux) {
	mux.HandleFunc("GET /ws/couriers/{id}", Track)
	mux.HandleFunc("GET /ws/couriers/{id}/raw", TrackRaw)
	mux.HandleFunc("GET /ws/couriers/{id}/v1", TrackLegacy)
}

// Track streams a courier's positions.
func Track(w http.ResponseWriter, r *http.Request) {
	c, err := websocket.Accept(w, r, &websocket.AcceptOptions{OriginPatterns: []string{acceptOrigin}})
	if err != nil {
		log.Printf("accept: %v", err)
		w.WriteHeader(http.StatusForbidden) // want `^\(http\.ResponseWriter\)\.WriteHeader after a failed websocket upgrade: the upgrader already replied with an HTTP error; log the error and return$`
		return
	}
	defer c.CloseNow()

	ctx, cancel := context.WithTimeout(r.Context(), time.Hour)
	defer cancel()
	courier := r.PathValue("id")
	if courier == "" {
		c.Close(websocket.StatusPolicyViolation, "missing courier id") // ok
		return
	}
	if courier == "gone" {
		c.Close(StatusCourierOffline, "courier is offline") // ok: private use
		return
	}
	for p := range positions(ctx, courier) {
		if err := wsjson.Write(ctx, c, p); err != nil {
			http.Error(w, "tracking interrupted", http.StatusInternalServerError) // want `^http\.Error after websocket upgrade: the connection is hijacked and the response can no longer be written; close the WebSocket instead: conn\.Close\(websocket\.StatusPolicyViolation, reason\)$`
			return
		}
	}
	c.Close(websocket.StatusNormalClosure, "") // ok
}

// TrackRaw makes the close-code mistakes.
func TrackRaw(w http.ResponseWriter, r *http.Request) {
	c, err := websocket.Accept(w, r, nil)
	if err != nil {
		log.Printf("accept: %v", err) // ok
		return
	}
	defer c.CloseNow()
	switch r.URL.Query().Get("mode") {
	case "abort":
		c.Close(websocket.StatusAbnormalClosure, "aborted") // want `^close code 1006 must not be sent: 1006 \(abnormal closure\) reports a closure without a close frame and must not be sent \(RFC 6455 §7\.4\.1\); coder refuses to send it and closes the connection without a close frame, so the peer sees 1006; use a defined code such as websocket\.StatusPolicyViolation or a private code in 4000-4999$`
	case "silent":
		c.Close(websocket.StatusNoStatusRcvd, "") // want `^close code 1005 must not be sent: .*coder sends an empty close frame instead, without the reason`
	case "reserved":
		c.Close(websocket.StatusCode(2000), "reserved") // want `^close code 2000 must not be sent: 1016-2999 are reserved for future revisions of the protocol \(RFC 6455 §7\.4\.2\); coder refuses to send it`
	case "old":
		c.Close(StatusOldClient, "upgrade your app") // want `^close code 3500 is not registered with IANA: 3000-3999 are for registered codes; use a private code in 4000-4999$`
	case "policy":
		c.Close(1008, "policy") // want `^numeric close code 1008; use websocket\.StatusPolicyViolation$`
	case "app":
		c.Close(4000, "application error") // ok: private use
	case "gateway":
		c.Close(websocket.StatusBadGateway, "upstream down") // ok: 1014 is registered
	case "unauthorized":
		c.Close(3000, "unauthorized") // ok: registered, and coder has no constant for it
	case "kick":
		c.CloseNow() // ok: abrupt, but nocode is off by default
	}
}

// TrackLegacy reads the client's close status.
func TrackLegacy(w http.ResponseWriter, r *http.Request) {
	c, err := websocket.Accept(w, r, nil)
	if err != nil {
		return
	}
	defer c.CloseNow()
	for {
		_, _, err := c.Read(r.Context())
		switch websocket.CloseStatus(err) {
		case websocket.StatusNormalClosure, websocket.StatusGoingAway:
			return // ok
		case websocket.StatusAbnormalClosure, websocket.StatusNoStatusRcvd: // ok: reported locally
			log.Printf("courier feed dropped: %v", err)
			return
		case 999: // want `^close code 999 can never be received: 0-999 are not used`
			return
		}
		if websocket.CloseStatus(err) == 2000 { // want `^close code 2000 can never be received: 1016-2999 are reserved for future revisions of the protocol \(RFC 6455 §7\.4\.2\), so no peer sends it and the library rejects it on receipt; this check never matches$`
			return
		}
		if websocket.CloseStatus(err) == websocket.StatusCode(1004) { // want `^close code 1004 can never be received: 1004 is reserved`
			return
		}
		var ce websocket.CloseError
		if errors.As(err, &ce) && ce.Code == 6000 { // want `^close code 6000 can never be received: codes above 4999`
			return
		}
		if errors.As(err, &ce) && ce.Code == StatusCourierOffline { // ok
			return
		}
		if websocket.CloseStatus(err) == -1 && err != nil { // ok: -1 means not a close error
			return
		}
	}
}

// statusFor maps an internal error to a close code.
func statusFor(err error) websocket.StatusCode {
	if errors.Is(err, context.DeadlineExceeded) {
		return websocket.StatusCode(1015) // want `^close code 1015 must not be sent: 1015 \(TLS handshake failure\)`
	}
	return websocket.StatusCode(4002) // ok: private use
}

var _ = statusFor
