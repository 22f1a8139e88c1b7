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

// Options passed as a slice are followed where the slice is built in the source.
func wrapSlice(h http.Handler, env string) {
	opts := []handlers.CORSOption{
		handlers.AllowedOrigins([]string{"*"}), // want `"\*" among the allowed origins with credentials: gorilla/handlers sends`
		handlers.AllowCredentials(),
	}
	handlers.CORS(opts...)(h)

	credsOnly := []handlers.CORSOption{handlers.AllowCredentials()}
	handlers.CORS(credsOnly...)(h) // want `no allowed origins \(which gorilla/handlers treats as every origin\) with credentials`

	base := []handlers.CORSOption{handlers.AllowedMethods([]string{"GET"})}
	if env == "dev" {
		base = append(base, handlers.AllowCredentials())
	}
	handlers.CORS(append(base, handlers.AllowedOrigins([]string{"https://app.example.com"}))...)(h) // ok: a listed origin
	handlers.CORS(append(base, handlers.AllowedOrigins([]string{"*"}))...)(h)                       // want `"\*" among the allowed origins with credentials`

	strict := []handlers.CORSOption{handlers.AllowedOrigins([]string{"https://app.example.com"}), handlers.AllowCredentials()}
	handlers.CORS(strict...)(h) // ok: a listed origin

	handlers.CORS(loadOptions()...)(h) // ok: not known statically
	var grown []handlers.CORSOption
	grown = append(grown, loadOptions()...)
	grown = append(grown, handlers.AllowCredentials())
	handlers.CORS(grown...)(h) // ok: part of it is not known
}

func loadOptions() []handlers.CORSOption { return nil }
