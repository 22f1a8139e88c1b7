// Package corsgorilla is the CORS setup of the support desk, on net/http and
// github.com/gorilla/handlers, with its chat on gorilla/websocket.
package corsgorilla

import (
	"log"
	"net/http"
	"os"
	"strings"

	"github.com/gorilla/handlers"
	"github.com/gorilla/websocket"
)

var deskOrigins = []string{"https://support.example.com", "https://agents.example.com"}

func tickets(w http.ResponseWriter, r *http.Request) {
	w.Header().Set("Content-Type", "application/json")
	w.Write([]byte(`[]`))
}

// setupTickets lets every origin in with the agent's cookie.
func setupTickets(mux *http.ServeMux) {
	mux.Handle("/tickets", handlers.CORS(
		handlers.AllowedOrigins([]string{"*"}), // want `^"\*" among the allowed origins with credentials: gorilla/handlers sends "Access-Control-Allow-Origin: \*", which browsers refuse for credentialed requests, so those requests fail; list the allowed origins$`
		handlers.AllowedMethods([]string{http.MethodGet, http.MethodPost}),
		handlers.AllowCredentials(),
	)(http.HandlerFunc(tickets)))
}

// setupReports builds its options as a slice, with credentials in development
// (protolint follows every value the slice may hold).
func setupReports(mux *http.ServeMux, dev bool) {
	opts := []handlers.CORSOption{
		handlers.AllowedOrigins([]string{"*"}), // want `^"\*" among the allowed origins with credentials: gorilla/handlers sends "Access-Control-Allow-Origin: \*", which browsers refuse for credentialed requests, so those requests fail; list the allowed origins$`
		handlers.AllowedMethods([]string{http.MethodGet}),
	}
	if dev {
		opts = append(opts, handlers.AllowCredentials())
	}
	mux.Handle("/reports", handlers.CORS(opts...)(http.HandlerFunc(tickets)))
}

// setupMacros has no origin list.
func setupMacros(mux *http.ServeMux) {
	mux.Handle("/macros", handlers.CORS(handlers.AllowCredentials())(http.HandlerFunc(tickets))) // want `^no allowed origins \(which gorilla/handlers treats as every origin\) with credentials: gorilla/handlers sends "Access-Control-Allow-Origin: \*"`
}

// setupCustomers lets every origin in through the validator.
func setupCustomers(mux *http.ServeMux) {
	mux.Handle("/customers", handlers.CORS(
		handlers.AllowedOriginValidator(func(origin string) bool { return true }), // want `^the origin callback allows every origin, and gorilla/handlers reflects the request's Origin with credentials: any website can read the responses to a logged-in user's requests; check the origin against an allow list$`
		handlers.AllowCredentials(),
	)(http.HandlerFunc(tickets)))
}

// setupKnowledge accepts the help center domains by suffix, without the dot.
func setupKnowledge(mux *http.ServeMux) {
	mux.Handle("/kb", handlers.CORS(
		handlers.AllowedOriginValidator(func(origin string) bool {
			return strings.HasSuffix(origin, "help.example.com") // want `^strings\.HasSuffix\(origin, "help\.example\.com"\) also accepts attacker-controlled origins such as "https://evilhelp\.example\.com"`
		}),
		handlers.AllowCredentials(),
	)(http.HandlerFunc(tickets)))
}

// setupWidget serves the support widget, also from sandboxed iframes.
func setupWidget(mux *http.ServeMux) {
	mux.Handle("/widget", handlers.CORS(
		handlers.AllowedOrigins([]string{"https://support.example.com", "null"}), // want `^"null" origin allowed with credentials: sandboxed iframes and file: pages send Origin: null`
		handlers.AllowCredentials(),
	)(http.HandlerFunc(tickets)))
}

// setupExports lists the origins but wildcards the exposed headers.
func setupExports(mux *http.ServeMux) {
	mux.Handle("/exports", handlers.CORS(
		handlers.AllowedOrigins(deskOrigins),
		handlers.ExposedHeaders([]string{"Content-Disposition", "*"}), // want `^"\*" in the exposed headers with credentials: it is not a wildcard there \(browsers treat it as a literal name for credentialed requests\), so it allows nothing; list the names$`
		handlers.AllowCredentials(),
	)(http.HandlerFunc(tickets)))
}

// setupDesk is the correct policy.
func setupDesk(mux *http.ServeMux) {
	mux.Handle("/desk", handlers.CORS(
		handlers.AllowedOrigins(deskOrigins),
		handlers.AllowedHeaders([]string{"Authorization", "Content-Type"}),
		handlers.AllowCredentials(), // ok: explicit list
	)(http.HandlerFunc(tickets)))
	mux.Handle("/status", handlers.CORS(handlers.AllowedOrigins([]string{"*"}))(http.HandlerFunc(tickets))) // ok: no credentials
	mux.Handle("/agents", handlers.CORS(
		handlers.AllowedOriginValidator(func(origin string) bool {
			return origin == "https://agents.example.com" || strings.HasSuffix(origin, ".agents.example.com") // ok: a real check
		}),
		handlers.AllowCredentials(),
	)(http.HandlerFunc(tickets)))
	mux.Handle("/env", handlers.CORS(
		handlers.AllowedOrigins(strings.Split(os.Getenv("DESK_ORIGINS"), ",")), // ok: not known statically
		handlers.AllowCredentials(),
	)(http.HandlerFunc(tickets)))
}

// setupChat mounts the agent chat. The upgrader starts with the same-origin
// default, then a debugging session opened it to every origin.
func setupChat(mux *http.ServeMux) {
	upgrader := websocket.Upgrader{ReadBufferSize: 1024, WriteBufferSize: 1024} // ok: nil CheckOrigin allows same-origin requests only
	if os.Getenv("CHAT_DEBUG") != "" {
		upgrader.CheckOrigin = func(r *http.Request) bool { return true } // want `^this CheckOrigin accepts every origin: browsers send the user's cookies with the WebSocket handshake and CORS does not apply, so any website can open a connection as the user \(cross-site WebSocket hijacking\); compare the Origin header with an allow list$`
	} else {
		upgrader.CheckOrigin = func(r *http.Request) bool { return r.Header.Get("Origin") == "https://agents.example.com" } // ok
	}
	mux.HandleFunc("/chat", func(w http.ResponseWriter, r *http.Request) {
		conn, err := upgrader.Upgrade(w, r, nil)
		if err != nil {
			log.Printf("chat: %v", err)
			return
		}
		defer conn.Close()
		for {
			mt, msg, err := conn.ReadMessage()
			if err != nil {
				return
			}
			if err := conn.WriteMessage(mt, msg); err != nil {
				return
			}
		}
	})
}
