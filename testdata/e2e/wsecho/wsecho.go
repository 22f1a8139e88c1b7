// Package wsecho is the echo front end of the order notifications, on
// gorilla/websocket.
package wsecho

import (
	"fmt"
	"log"
	"net/http"

	"github.com/gorilla/websocket"
	"github.com/labstack/echo/v4"
)

var upgrader = websocket.Upgrader{}

// Register mounts the notification routes.
func Register(e *echo.Echo) {
	e.GET("/ws/notifications", notifications)
	e.GET("/ws/notifications/v2", notificationsJSON)
	e.GET("/ws/ping", ping)
	e.GET("/ws/status", status)
	e.GET("/ws/quiet", quiet)
}

// notifications is the echo cookbook handler.
func notifications(c echo.Context) error {
	ws, err := upgrader.Upgrade(c.Response(), c.Request(), nil)
	if err != nil {
		return err // ok: the response is committed, echo writes nothing more
	}
	defer ws.Close()
	for {
		if err := ws.WriteMessage(websocket.TextMessage, []byte("order o-1 shipped")); err != nil {
			c.Logger().Error(err)
		}
		_, msg, err := ws.ReadMessage()
		if err != nil {
			return err // want `^error returned from an echo handler after websocket upgrade: echo's error handler writes it onto the hijacked connection; log it and return nil$`
		}
		fmt.Printf("%s\n", msg)
	}
}

func notificationsJSON(c echo.Context) error {
	ws, err := upgrader.Upgrade(c.Response(), c.Request(), nil)
	if err != nil {
		return c.JSON(http.StatusBadRequest, map[string]string{"error": err.Error()}) // want `^\(echo\.Context\)\.JSON after a failed websocket upgrade: the upgrader already replied with an HTTP error; log the error and return$`
	}
	defer ws.Close()
	return nil // ok
}

func ping(c echo.Context) error {
	if c.QueryParam("client") == "" {
		return echo.NewHTTPError(http.StatusBadRequest, "missing client") // ok: before the upgrade
	}
	ws, err := upgrader.Upgrade(c.Response(), c.Request(), nil)
	if err != nil {
		log.Printf("upgrade: %v", err)
		return nil // ok
	}
	if c.QueryParam("client") == "blocked" {
		ws.Close() // ok: abrupt, but nocode is off by default
		return nil
	}
	if err := ws.WriteMessage(websocket.PingMessage, nil); err != nil {
		ws.Close()
		return echo.NewHTTPError(http.StatusBadGateway, "ping failed") // want `^error returned from an echo handler after websocket upgrade`
	}
	ws.Close()
	return c.NoContent(http.StatusOK) // want `^\(echo\.Context\)\.NoContent after websocket upgrade: the connection is hijacked and the response can no longer be written`
}

func status(c echo.Context) error {
	ws, err := upgrader.Upgrade(c.Response(), c.Request(), nil)
	if err != nil {
		return nil
	}
	defer ws.Close()
	if err := ws.WriteJSON(map[string]string{"status": "ok"}); err != nil {
		log.Printf("status: %v", err)
		return nil // ok: log and return nil
	}
	return nil
}

// quiet answers handshake failures itself.
func quiet(c echo.Context) error {
	u := websocket.Upgrader{Error: func(w http.ResponseWriter, r *http.Request, status int, reason error) {}}
	ws, err := u.Upgrade(c.Response(), c.Request(), nil)
	if err != nil {
		return c.String(http.StatusBadRequest, "websocket handshake failed") // ok: the custom Error wrote nothing
	}
	ws.Close()
	return nil
}
