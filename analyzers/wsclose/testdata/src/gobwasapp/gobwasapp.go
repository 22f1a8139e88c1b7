package gobwasapp

import (
	"net/http"

	"github.com/gobwas/ws"
	"github.com/gobwas/ws/wsutil"
)

func handler(w http.ResponseWriter, r *http.Request) {
	conn, _, _, err := ws.UpgradeHTTP(r, w)
	if err != nil {
		http.Error(w, "upgrade failed", http.StatusBadRequest) // want `http.Error after a failed websocket upgrade: the upgrader already replied`
		return
	}
	defer conn.Close()
	wsutil.WriteServerMessage(conn, ws.OpClose, ws.NewCloseFrameBody(ws.StatusNormalClosure, "bye"))
	wsutil.WriteServerMessage(conn, ws.OpClose, ws.NewCloseFrameBody(ws.StatusAbnormalClosure, "")) // want `close code 1006 must not be sent: .*gobwas sends it, and the peer fails the connection`
	wsutil.WriteServerMessage(conn, ws.OpClose, ws.NewCloseFrameBody(5000, ""))                     // want `close code 5000 must not be sent: .*gobwas sends it; gobwas peers accept it, other peers fail the connection`
	wsutil.WriteServerMessage(conn, ws.OpClose, ws.NewCloseFrameBody(1008, ""))                     // want `numeric close code 1008; use ws.StatusPolicyViolation`
	wsutil.WriteServerMessage(conn, ws.OpClose, ws.NewCloseFrameBody(ws.StatusCode(1012), ""))      // ok: registered (Service Restart)
}
