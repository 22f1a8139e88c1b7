// want package:`headers\(sets=X-Total-Count configs=\[\],\[\]\)`
package star

import (
	"net/http"

	"github.com/rs/cors"
)

var public = cors.New(cors.Options{ExposedHeaders: []string{"*"}}) // no credentials: "*" exposes everything

var private = cors.New(cors.Options{AllowedOrigins: []string{"https://app.example.com"}, ExposedHeaders: []string{"*"}, AllowCredentials: true})

func handler(w http.ResponseWriter, r *http.Request) {
	w.Header().Set("X-Total-Count", "1") // ok: the public configuration exposes it
}
