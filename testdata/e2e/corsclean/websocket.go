package corsclean

import (
	"errors"
	"log"
	"net/http"

	coder "github.com/coder/websocket"
	fiberws "github.com/gofiber/contrib/websocket"
	"github.com/gofiber/fiber/v2"
	"github.com/gorilla/websocket"
	"github.com/olahol/melody"
	xnet "golang.org/x/net/websocket"
)

var upgrader = websocket.Upgrader{
	CheckOrigin: func(r *http.Request) bool {
		return r.Header.Get("Origin") == "https://app.example.com"
	},
}

var sameOriginUpgrader = websocket.Upgrader{ReadBufferSize: 1024}

// feed echoes messages on a gorilla connection.
func feed(w http.ResponseWriter, r *http.Request) {
	conn, err := upgrader.Upgrade(w, r, nil)
	if err != nil {
		log.Printf("feed: %v", err)
		return
	}
	defer conn.Close()
	conn.WriteMessage(websocket.TextMessage, []byte("hello"))
}

// track accepts the app's host only.
func track(w http.ResponseWriter, r *http.Request) {
	c, err := coder.Accept(w, r, &coder.AcceptOptions{OriginPatterns: []string{"app.example.com", "*.app.example.com"}})
	if err != nil {
		log.Printf("track: %v", err)
		return
	}
	defer c.CloseNow()
	c.Close(coder.StatusNormalClosure, "")
}

// newHub builds a melody hub whose upgrader checks the origin.
func newHub() *melody.Melody {
	m := melody.New()
	m.Upgrader.CheckOrigin = func(r *http.Request) bool {
		return r.Header.Get("Origin") == "https://app.example.com"
	}
	return m
}

// prices is the x/net feed, with a handshake that checks the origin.
var prices = xnet.Server{
	Handshake: func(cfg *xnet.Config, r *http.Request) error {
		if r.Header.Get("Origin") != "https://app.example.com" {
			return errors.New("origin not allowed")
		}
		return nil
	},
	Handler: func(ws *xnet.Conn) {
		defer ws.Close()
		xnet.Message.Send(ws, "hello")
	},
}

// setupFiberWS lists the allowed origins.
func setupFiberWS(app *fiber.App) {
	app.Get("/ws", fiberws.New(func(c *fiberws.Conn) {
		defer c.Close()
		c.WriteMessage(fiberws.TextMessage, []byte("hello"))
	}, fiberws.Config{Origins: []string{"https://app.example.com"}}))
}
