package wsorigin

import (
	"net/http"

	"github.com/coder/websocket"
	fiberws "github.com/gofiber/contrib/websocket"
	"github.com/gofiber/fiber/v2"
	gorilla "github.com/gorilla/websocket"
	"github.com/olahol/melody"
	xnet "golang.org/x/net/websocket"
)

var open = gorilla.Upgrader{
	CheckOrigin: func(r *http.Request) bool { return true }, // want `this CheckOrigin accepts every origin: browsers send the user's cookies with the WebSocket handshake and CORS does not apply, so any website can open a connection as the user \(cross-site WebSocket hijacking\)`
}

var checked = gorilla.Upgrader{
	CheckOrigin: func(r *http.Request) bool { return r.Header.Get("Origin") == "https://app.example.com" }, // ok
}

var sameOrigin = gorilla.Upgrader{} // ok: nil CheckOrigin checks the host

func handlers(w http.ResponseWriter, r *http.Request) {
	u := gorilla.Upgrader{}
	u.CheckOrigin = func(*http.Request) bool { return true }                                    // want `this CheckOrigin accepts every origin`
	gorilla.Upgrade(w, r, nil, 1024, 1024)                                                      // want `the deprecated websocket.Upgrade accepts every origin`
	websocket.Accept(w, r, &websocket.AcceptOptions{InsecureSkipVerify: true})                  // want `InsecureSkipVerify accepts every origin`
	websocket.Accept(w, r, &websocket.AcceptOptions{OriginPatterns: []string{"*"}})             // want `the origin pattern "\*" accepts every origin`
	websocket.Accept(w, r, &websocket.AcceptOptions{OriginPatterns: []string{"*.example.com"}}) // ok
	xnet.Handler(func(*xnet.Conn) {}).ServeHTTP(w, r)                                           // want `websocket.Handler accepts every origin`
	_ = xnet.Server{Handler: func(*xnet.Conn) {}}                                               // want `a websocket.Server without a Handshake accepts every origin`
}

func fiberRoutes(app *fiber.App) {
	app.Get("/ws", fiberws.New(func(*fiberws.Conn) {}))                                                          // want `websocket.New without a Config accepts every origin`
	app.Get("/ws2", fiberws.New(func(*fiberws.Conn) {}, fiberws.Config{Origins: []string{"*"}}))                 // want `Origins "\*" accepts every origin`
	app.Get("/ws3", fiberws.New(func(*fiberws.Conn) {}, fiberws.Config{Origins: []string{"https://a.example"}})) // ok
}

func melodyHub() *melody.Melody {
	return melody.New() // want `melody.New\(\) accepts every origin`
}

func moreWS(w http.ResponseWriter, r *http.Request, app *fiber.App) {
	app.Get("/ws4", fiberws.New(func(*fiberws.Conn) {}, fiberws.Config{Origins: []string{}})) // want `empty Origins accepts every origin`
	_ = xnet.Server{
		Handler:   func(*xnet.Conn) {},
		Handshake: func(*xnet.Config, *http.Request) error { return nil }, // want `a Handshake that always returns nil accepts every origin`
	}
	_ = xnet.Server{
		Handler: func(*xnet.Conn) {},
		Handshake: func(cfg *xnet.Config, r *http.Request) error { // ok: a real check
			if r.Header.Get("Origin") != "https://app.example.com" {
				return http.ErrNoCookie
			}
			return nil
		},
	}
}

func served(w http.ResponseWriter, r *http.Request) {
	s := xnet.Server{
		Handler: xnet.Handler(func(*xnet.Conn) {}), // ok: the Server's Handshake decides
		Handshake: func(cfg *xnet.Config, r *http.Request) error {
			if r.Header.Get("Origin") != "https://app.example.com" {
				return http.ErrNoCookie
			}
			return nil
		},
	}
	s.ServeHTTP(w, r)
}
