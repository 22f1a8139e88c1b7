package melodycustom

import (
	"net/http"

	"github.com/olahol/melody"
)

func routes() {
	m := melody.New()
	m.Upgrader.Error = func(w http.ResponseWriter, r *http.Request, status int, reason error) {}
	http.HandleFunc("/ws", func(w http.ResponseWriter, r *http.Request) {
		if err := m.HandleRequest(w, r); err != nil {
			http.Error(w, "denied", http.StatusForbidden) // ok: the custom Error wrote nothing
		}
	})
}
