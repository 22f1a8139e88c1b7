package fasthttpws

import (
	"log"

	"github.com/fasthttp/websocket"
	"github.com/valyala/fasthttp"
)

var upgrader = websocket.FastHTTPUpgrader{}

func handler(ctx *fasthttp.RequestCtx) {
	err := upgrader.Upgrade(ctx, func(conn *websocket.Conn) {
		defer conn.Close()
		if _, _, err := conn.ReadMessage(); err != nil {
			ctx.SetStatusCode(fasthttp.StatusInternalServerError) // want `\(\*fasthttp.RequestCtx\).SetStatusCode after websocket upgrade: the connection is hijacked`
		}
	})
	if err != nil {
		ctx.Error("upgrade failed", fasthttp.StatusBadRequest) // want `\(\*fasthttp.RequestCtx\).Error after a failed websocket upgrade: the upgrader already replied`
		return
	}
	ctx.Response.SetStatusCode(fasthttp.StatusOK) // want `\(\*fasthttp.Response\).SetStatusCode after websocket upgrade: the 101 response is already set up and changing it breaks the handshake`
}

func quiet(ctx *fasthttp.RequestCtx) {
	u := websocket.FastHTTPUpgrader{Error: func(ctx *fasthttp.RequestCtx, status int, reason error) {}}
	if err := u.Upgrade(ctx, func(*websocket.Conn) {}); err != nil {
		log.Println(err)
		ctx.Error("denied", fasthttp.StatusForbidden) // ok: custom Error
	}
}
