// want package:`headers\(sets=ETag,Location configs=\[location\]\)`
package exposeflag

import (
	"net/http"

	"github.com/rs/cors"
)

var c = cors.New(cors.Options{AllowedOrigins: []string{"https://app.example.com"}, ExposedHeaders: []string{"Location"}})

func handler(w http.ResponseWriter, r *http.Request) {
	w.Header().Set("ETag", `"v2"`)  // want `custom response header "ETag" is not exposed`
	w.Header().Set("Location", "/") // ok: exposed
	w.Header().Set("Link", "<a>")   // ok: not listed in -expose
}
