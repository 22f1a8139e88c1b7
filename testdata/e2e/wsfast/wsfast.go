// Package wsfast is the fasthttp front end of the stock ticker, on
// fasthttp/websocket.
package wsfast

import (
	"log"
	"time"

	"github.com/fasthttp/websocket"
	"github.com/valyala/fasthttp"
)

var upgrader = websocket.FastHTTPUpgrader{
	CheckOrigin: func(ctx *fasthttp.RequestCtx) bool {
		return string(ctx.Request.Header.Peek("Origin")) == "https://shop.example.com"
	},
}

// Handler routes the ticker requests.
func Handler(ctx *fasthttp.RequestCtx) {
	switch string(ctx.Path()) {
	case "/ws/stock":
		stock(ctx)
	case "/ws/stock/quiet":
		quiet(ctx)
	case "/ws/stock/checked":
		checked(ctx)
	default:
		ctx.Error("not found", fasthttp.StatusNotFound)
	}
}

func stock(ctx *fasthttp.RequestCtx) {
	sku := string(ctx.QueryArgs().Peek("sku"))
	err := upgrader.Upgrade(ctx, func(conn *websocket.Conn) {
		defer conn.Close()
		if sku == "" {
			ctx.Error("missing sku", fasthttp.StatusBadRequest) // want `^\(\*fasthttp\.RequestCtx\)\.Error after websocket upgrade: the connection is hijacked and the response can no longer be written; close the WebSocket instead: conn\.WriteControl\(websocket\.CloseMessage, websocket\.FormatCloseMessage\(websocket\.ClosePolicyViolation, reason\), deadline\)$`
			return
		}
		for i := 0; i < 3; i++ {
			if err := conn.WriteJSON(map[string]any{"sku": sku, "stock": 10 - i}); err != nil {
				ctx.SetStatusCode(fasthttp.StatusInternalServerError) // want `^\(\*fasthttp\.RequestCtx\)\.SetStatusCode after websocket upgrade: the connection is hijacked`
				return
			}
		}
		conn.WriteControl(websocket.CloseMessage, websocket.FormatCloseMessage(websocket.CloseNormalClosure, "done"), time.Now().Add(time.Second)) // ok
	})
	if err != nil {
		log.Printf("upgrade: %v", err)
		ctx.Error("upgrade failed", fasthttp.StatusBadRequest) // want `^\(\*fasthttp\.RequestCtx\)\.Error after a failed websocket upgrade: the upgrader already replied with an HTTP error; log the error and return$`
		return
	}
	ctx.Response.SetStatusCode(fasthttp.StatusOK) // want `^\(\*fasthttp\.Response\)\.SetStatusCode after websocket upgrade: the 101 response is already set up and changing it breaks the handshake; close the WebSocket in the handler instead: conn\.WriteControl`
}

func quiet(ctx *fasthttp.RequestCtx) {
	u := websocket.FastHTTPUpgrader{Error: func(ctx *fasthttp.RequestCtx, status int, reason error) {}}
	if err := u.Upgrade(ctx, func(conn *websocket.Conn) { conn.Close() }); err != nil {
		ctx.Error("websocket handshake failed", fasthttp.StatusBadRequest) // ok: the custom Error wrote nothing
	}
}

func checked(ctx *fasthttp.RequestCtx) {
	if !websocket.FastHTTPIsWebSocketUpgrade(ctx) {
		ctx.Error("websocket only", fasthttp.StatusUpgradeRequired) // ok: before the upgrade
		return
	}
	err := upgrader.Upgrade(ctx, func(conn *websocket.Conn) {
		defer conn.Close()
		if string(ctx.QueryArgs().Peek("token")) == "" {
			conn.Close() // ok: abrupt, but nocode is off by default
			return
		}
		conn.WriteMessage(websocket.CloseMessage, websocket.FormatCloseMessage(websocket.CloseTLSHandshake, "bye")) // want `^close code 1015 must not be sent: 1015 \(TLS handshake failure\) reports a closure without a close frame and must not be sent \(RFC 6455 §7\.4\.1\); gorilla sends it`
	})
	if err != nil {
		log.Printf("upgrade: %v", err) // ok
	}
}
