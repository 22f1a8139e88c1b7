package melodyapp

import (
	"log"
	"net/http"

	"github.com/gorilla/websocket"
	"github.com/olahol/melody"
)

func routes(m *melody.Melody) {
	http.HandleFunc("/ws", func(w http.ResponseWriter, r *http.Request) {
		if err := m.HandleRequest(w, r); err != nil {
			log.Println(err)
			http.Error(w, "websocket failed", http.StatusInternalServerError) // want `http.Error after a failed websocket upgrade: the upgrader already replied`
		}
	})
	m.HandleMessage(func(s *melody.Session, msg []byte) {
		if len(msg) == 0 {
			s.CloseWithMsg(melody.FormatCloseMessage(websocket.CloseNoStatusReceived, "empty")) // want `close code 1005 must not be sent`
			return
		}
		s.CloseWithMsg(melody.FormatCloseMessage(websocket.CloseNormalClosure, "done"))
	})
}

func closed(m *melody.Melody) {
	http.HandleFunc("/ws2", func(w http.ResponseWriter, r *http.Request) {
		if err := m.HandleRequest(w, r); err == melody.ErrClosed {
			http.Error(w, "shutting down", http.StatusServiceUnavailable) // ok: ErrClosed writes nothing
		}
	})
}
