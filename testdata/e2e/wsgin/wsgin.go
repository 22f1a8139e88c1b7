// Package wsgin is the gin front end of the order chat, on gorilla/websocket.
package wsgin

import (
	"log"
	"net/http"
	"time"

	"github.com/gin-gonic/gin"
	"github.com/gorilla/websocket"
)

var upgrader = websocket.Upgrader{
	HandshakeTimeout: 5 * time.Second,
	CheckOrigin:      func(r *http.Request) bool { return true }, // want `^this CheckOrigin accepts every origin: browsers send the user's cookies with the WebSocket handshake and CORS does not apply, so any website can open a connection as the user \(cross-site WebSocket hijacking\); compare the Origin header with an allow list \(nil CheckOrigin allows same-origin requests only\)$`
}

// Register mounts the chat routes.
func Register(r *gin.Engine) {
	r.GET("/ws/chat/:order", chat)
	r.GET("/ws/echo", echoMessages)
}

func chat(c *gin.Context) {
	if !websocket.IsWebSocketUpgrade(c.Request) {
		c.JSON(http.StatusUpgradeRequired, gin.H{"error": "websocket only"}) // ok: before the upgrade
		return
	}
	if c.Query("token") == "" {
		c.AbortWithStatusJSON(http.StatusUnauthorized, gin.H{"error": "missing token"}) // ok: before the upgrade
		return
	}
	conn, err := upgrader.Upgrade(c.Writer, c.Request, nil)
	if err != nil {
		c.JSON(http.StatusBadRequest, gin.H{"error": err.Error()}) // want `^\(\*gin\.Context\)\.JSON after a failed websocket upgrade: the upgrader already replied with an HTTP error; log the error and return$`
		return
	}
	defer conn.Close()
	order := c.Param("order")
	for {
		mt, msg, err := conn.ReadMessage()
		if err != nil {
			if websocket.IsUnexpectedCloseError(err, websocket.CloseGoingAway, websocket.CloseNormalClosure) {
				log.Printf("chat %s: %v", order, err)
			}
			c.AbortWithStatus(http.StatusInternalServerError) // want `^\(\*gin\.Context\)\.AbortWithStatus after websocket upgrade: the connection is hijacked and the response can no longer be written; close the WebSocket instead: conn\.WriteControl\(websocket\.CloseMessage, websocket\.FormatCloseMessage\(websocket\.ClosePolicyViolation, reason\), deadline\)$`
			return
		}
		if err := conn.WriteMessage(mt, msg); err != nil {
			log.Printf("chat %s: %v", order, err) // ok
			return
		}
	}
}

func echoMessages(c *gin.Context) {
	conn, err := upgrader.Upgrade(c.Writer, c.Request, nil)
	if err != nil {
		log.Printf("upgrade: %v", err) // ok: gorilla already answered
		return
	}
	defer conn.Close()
	if c.Query("room") == "" {
		conn.Close() // ok: abrupt, but nocode is off by default
		return
	}
	mt, msg, rerr := conn.ReadMessage()
	if rerr != nil {
		return
	}
	conn.WriteMessage(mt, msg)
	c.Status(http.StatusOK) // want `^\(\*gin\.Context\)\.Status after websocket upgrade: the connection is hijacked`
	conn.WriteControl(websocket.CloseMessage, websocket.FormatCloseMessage(websocket.CloseNormalClosure, ""), time.Now().Add(time.Second))
}
