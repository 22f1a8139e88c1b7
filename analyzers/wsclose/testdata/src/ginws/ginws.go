package ginws

import (
	"net/http"

	"github.com/gin-gonic/gin"
	"github.com/gorilla/websocket"
)

var upgrader = websocket.Upgrader{}

func handler(c *gin.Context) {
	conn, err := upgrader.Upgrade(c.Writer, c.Request, nil)
	if err != nil {
		c.JSON(http.StatusBadRequest, gin.H{"error": err.Error()}) // want `\(\*gin.Context\).JSON after a failed websocket upgrade: the upgrader already replied with an HTTP error; log the error and return`
		return
	}
	defer conn.Close()
	for {
		if _, _, err := conn.ReadMessage(); err != nil {
			c.AbortWithStatus(http.StatusInternalServerError) // want `\(\*gin.Context\).AbortWithStatus after websocket upgrade: the connection is hijacked`
			return
		}
		c.Writer.WriteHeader(http.StatusOK) // want `after websocket upgrade: the connection is hijacked`
	}
}

func plain(c *gin.Context) {
	if !websocket.IsWebSocketUpgrade(c.Request) {
		c.String(http.StatusBadRequest, "websocket only") // ok: before the upgrade
		return
	}
	conn, err := upgrader.Upgrade(c.Writer, c.Request, nil)
	if err != nil {
		return
	}
	conn.Close()
}
