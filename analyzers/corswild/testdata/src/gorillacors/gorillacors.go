package gorillacors

import (
	"net/http"

	"github.com/gorilla/handlers"
)

func wrap(h http.Handler) {
	handlers.CORS(handlers.AllowedOrigins([]string{"*"}), handlers.AllowCredentials())(h) // want `"\*" among the allowed origins with credentials: gorilla/handlers sends`
	handlers.CORS(handlers.AllowCredentials())(h)                                         // want `no allowed origins \(which gorilla/handlers treats as every origin\) with credentials`
	handlers.CORS(
		handlers.AllowedOriginValidator(func(origin string) bool { return true }), // want `the origin callback allows every origin, and gorilla/handlers reflects`
		handlers.AllowCredentials(),
	)(h)
	handlers.CORS(handlers.AllowedOrigins([]string{"https://app.example.com", "null"}), handlers.AllowCredentials())(h) // want `"null" origin allowed with credentials`
	handlers.CORS(handlers.AllowedOrigins([]string{"https://app.example.com"}), handlers.AllowCredentials())(h)
	handlers.CORS(handlers.AllowedOrigins([]string{"*"}))(h) // ok: no credentials
}
