package echows

import (
	"log"
	"net/http"

	"github.com/gorilla/websocket"
	"github.com/labstack/echo/v4"
)

var upgrader = websocket.Upgrader{}

func cookbook(c echo.Context) error {
	ws, err := upgrader.Upgrade(c.Response(), c.Request(), nil)
	if err != nil {
		return err // ok: the response is committed, echo writes nothing more
	}
	defer ws.Close()
	for {
		if err := ws.WriteMessage(websocket.TextMessage, []byte("hi")); err != nil {
			log.Println(err)
		}
		_, msg, err := ws.ReadMessage()
		if err != nil {
			return err // want `error returned from an echo handler after websocket upgrade: echo's error handler writes it onto the hijacked connection; log it and return nil`
		}
		log.Println(string(msg))
	}
}

func failureJSON(c echo.Context) error {
	ws, err := upgrader.Upgrade(c.Response(), c.Request(), nil)
	if err != nil {
		return c.JSON(http.StatusBadRequest, map[string]string{"error": err.Error()}) // want `\(echo.Context\).JSON after a failed websocket upgrade`
	}
	defer ws.Close()
	return nil
}

func successNoContent(c echo.Context) error {
	ws, err := upgrader.Upgrade(c.Response(), c.Request(), nil)
	if err != nil {
		return nil
	}
	ws.Close()
	return c.NoContent(http.StatusOK) // want `\(echo.Context\).NoContent after websocket upgrade: the connection is hijacked`
}

func httpError(c echo.Context) error {
	ws, err := upgrader.Upgrade(c.Response(), c.Request(), nil)
	if err != nil {
		return nil
	}
	defer ws.Close()
	return echo.NewHTTPError(http.StatusBadRequest, "bad") // want `error returned from an echo handler after websocket upgrade`
}

func cookbookNoLoop(c echo.Context) error {
	ws, err := upgrader.Upgrade(c.Response(), c.Request(), nil)
	if err != nil {
		return err // ok: failed upgrade
	}
	defer ws.Close()
	_, msg, err := ws.ReadMessage()
	if err != nil {
		return err // want `error returned from an echo handler after websocket upgrade`
	}
	log.Println(string(msg))
	return nil
}
