package rscors

import (
	"net/http"
	"os"
	"strings"

	"github.com/rs/cors"
)

var trusted = []string{"https://app.example.com"}

func handlers(h http.Handler) {
	cors.New(cors.Options{
		AllowedOrigins:   []string{"*"}, // want `"\*" among the allowed origins with credentials: rs/cors sends "Access-Control-Allow-Origin: \*", which browsers refuse for credentialed requests, so those requests fail; list the allowed origins`
		AllowCredentials: true,
	})
	cors.New(cors.Options{ // want `no allowed origins \(which rs/cors treats as every origin\) with credentials: rs/cors sends`
		AllowCredentials: true,
	})
	cors.New(cors.Options{
		AllowOriginFunc:  func(origin string) bool { return true }, // want `the origin callback allows every origin, and rs/cors reflects the request's Origin with credentials: any website can read the responses to a logged-in user's requests; check the origin against an allow list`
		AllowCredentials: true,
	})
	cors.New(cors.Options{
		AllowedOrigins:   []string{"https://app.example.com", "null"}, // want `"null" origin allowed with credentials: sandboxed iframes and file: pages send Origin: null`
		AllowCredentials: true,
	})
	cors.New(cors.Options{
		AllowedOrigins:   []string{"https://*"}, // want `origin pattern "https://\*" matches every origin of scheme https, and rs/cors reflects it with credentials`
		AllowCredentials: true,
	})
	cors.New(cors.Options{
		AllowedOrigins:   []string{"https://*example.com", "https://*.example.org"}, // want `origin pattern "https://\*example.com" also matches attacker-controlled origins such as "https://evilexample.com"`
		AllowCredentials: true,
	})
	cors.New(cors.Options{
		AllowedOrigins:   trusted,
		AllowedMethods:   []string{"*"},                  // want `"\*" in the allowed methods with credentials: it is not a wildcard there`
		AllowedHeaders:   []string{"*"},                  // ok: rs/cors reflects the requested headers
		ExposedHeaders:   []string{"X-Total-Count", "*"}, // want `"\*" in the exposed headers with credentials`
		AllowCredentials: true,
	})
	cors.New(cors.Options{
		AllowOriginFunc: func(origin string) bool {
			return strings.HasSuffix(origin, "example.com") // want `strings.HasSuffix\(origin, "example.com"\) also accepts attacker-controlled origins such as "https://evilexample.com"`
		},
		AllowCredentials: true,
	})
	cors.New(cors.Options{
		AllowOriginFunc: func(origin string) bool {
			return strings.HasSuffix(origin, ".example.com") || origin == "https://example.com" // ok: a real check
		},
		AllowCredentials: true,
	})
	// Look-alikes that are fine.
	cors.New(cors.Options{AllowedOrigins: []string{"*"}})                                          // ok: no credentials
	cors.New(cors.Options{AllowedOrigins: trusted, AllowCredentials: true})                        // ok: explicit list
	cors.New(cors.Options{AllowedOrigins: []string{os.Getenv("ORIGIN")}, AllowCredentials: true})  // ok: not known statically
	cors.New(cors.Options{AllowedOrigins: []string{"*"}, AllowCredentials: os.Getenv("C") == "1"}) // ok: credentials unknown
	cors.AllowAll()
	cors.Default()
}

func appended() {
	origins := []string{"https://a.example.com"}
	origins = append(origins, "*") // want `"\*" among the allowed origins with credentials`
	cors.New(cors.Options{AllowedOrigins: origins, AllowCredentials: true})
}

func callbackWins() {
	cors.New(cors.Options{
		AllowedOrigins:   []string{"*"}, // ok: rs/cors ignores the list when a callback is set
		AllowOriginFunc:  func(origin string) bool { return origin == "https://app.example.com" },
		AllowCredentials: true,
	})
	cors.New(cors.Options{
		AllowOriginFunc:  func(origin string) bool { return origin != "" }, // want `the origin callback allows every origin`
		AllowCredentials: true,
	})
	cors.New(cors.Options{
		AllowOriginFunc:  func(o string) bool { return len(o) > 0 }, // want `the origin callback allows every origin`
		AllowCredentials: true,
	})
}
