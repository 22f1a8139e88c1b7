// Package corschi is the CORS setup of the accounts service, on chi and
// github.com/go-chi/cors.
package corschi

import (
	"net/http"
	"os"
	"strings"

	"github.com/go-chi/chi/v5"
	"github.com/go-chi/cors"
)

var accountOrigins = []string{"https://accounts.example.com", "https://shop.example.com"}

func me(w http.ResponseWriter, r *http.Request) {
	w.Header().Set("Content-Type", "application/json")
	w.Write([]byte(`{"id":"u-1"}`))
}

// setupAccounts mounts the account routes behind a callback that lets everyone in.
func setupAccounts() http.Handler {
	r := chi.NewRouter()
	r.Use(cors.Handler(cors.Options{
		AllowOriginFunc:  func(r *http.Request, origin string) bool { return true }, // want `^the origin callback allows every origin, and go-chi/cors reflects the request's Origin with credentials: any website can read the responses to a logged-in user's requests; check the origin against an allow list$`
		AllowedMethods:   []string{"GET", "POST", "PATCH"},
		AllowCredentials: true,
	}))
	r.Get("/me", me)
	return r
}

func allowAll(r *http.Request, origin string) bool { return true }

// setupSessions uses a named callback.
func setupSessions() http.Handler {
	r := chi.NewRouter()
	r.Use(cors.Handler(cors.Options{
		AllowOriginFunc:  allowAll, // want `^the origin callback allows every origin, and go-chi/cors reflects`
		AllowCredentials: true,
	}))
	r.Get("/sessions", me)
	return r
}

// setupProfile lists the origins and lets any request header through.
func setupProfile() http.Handler {
	r := chi.NewRouter()
	r.Use(cors.Handler(cors.Options{
		AllowedOrigins:   accountOrigins,
		AllowedHeaders:   []string{"*"},                         // ok: go-chi answers with the requested headers
		ExposedHeaders:   []string{"Link", "X-Request-Id", "*"}, // want `^"\*" in the exposed headers with credentials: it is not a wildcard there \(browsers treat it as a literal name for credentialed requests\), so it allows nothing; list the names$`
		AllowCredentials: true,
	}))
	r.Get("/profile", me)
	return r
}

// setupWallet uses a star that go-chi sends as is.
func setupWallet() http.Handler {
	r := chi.NewRouter()
	c := cors.New(cors.Options{
		AllowedOrigins:   []string{"https://wallet.example.com", "*"}, // want `^"\*" among the allowed origins with credentials: go-chi/cors sends "Access-Control-Allow-Origin: \*", which browsers refuse for credentialed requests`
		AllowCredentials: true,
	})
	r.Use(c.Handler)
	r.Get("/wallet", me)
	return r
}

// setupLegacy has no origin list at all.
func setupLegacy() http.Handler {
	r := chi.NewRouter()
	r.Use(cors.Handler(cors.Options{ // want `^no allowed origins \(which go-chi/cors treats as every origin\) with credentials: go-chi/cors sends "Access-Control-Allow-Origin: \*"`
		AllowedMethods:   []string{"GET"},
		AllowCredentials: true,
	}))
	r.Get("/legacy", me)
	return r
}

// setupDesktop serves the desktop app, whose file: pages send Origin: null.
func setupDesktop() http.Handler {
	r := chi.NewRouter()
	r.Use(cors.Handler(cors.Options{
		AllowedOrigins:   []string{"null", "https://accounts.example.com"}, // want `^"null" origin allowed with credentials: sandboxed iframes and file: pages send Origin: null`
		AllowCredentials: true,
	}))
	r.Get("/desktop", me)
	return r
}

// setupRegional lets the regional sites in by name.
func setupRegional() http.Handler {
	r := chi.NewRouter()
	r.Use(cors.Handler(cors.Options{
		AllowOriginFunc: func(r *http.Request, origin string) bool {
			return strings.Contains(origin, "example") // want `^strings\.Contains\(origin, "example"\) also accepts attacker-controlled origins such as "https://example\.evil\.net"; compare the whole origin, or parse it and check the host$`
		},
		AllowCredentials: true,
	}))
	r.Get("/regional", me)
	return r
}

// setupSubdomains lets the subdomains in with a correct pattern.
func setupSubdomains() http.Handler {
	r := chi.NewRouter()
	r.Use(cors.Handler(cors.Options{
		AllowedOrigins:   []string{"https://*.example.com"}, // ok: subdomains of the site
		AllowCredentials: true,
	}))
	r.Get("/sub", me)
	return r
}

// setupPublic is the public API: no credentials.
func setupPublic() http.Handler {
	r := chi.NewRouter()
	r.Use(cors.AllowAll().Handler)                                                                    // ok: no credentials
	r.Use(cors.Handler(cors.Options{AllowedOrigins: []string{"*"}, AllowedMethods: []string{"GET"}})) // ok: no credentials
	r.Get("/public", me)
	return r
}

// setupConfigured reads the policy from the environment.
func setupConfigured() http.Handler {
	r := chi.NewRouter()
	r.Use(cors.Handler(cors.Options{
		AllowedOrigins:   []string{"*"},
		AllowCredentials: os.Getenv("CORS_CREDENTIALS") == "true", // ok: credentials not known statically
	}))
	r.Get("/configured", me)
	return r
}

// setupChecked checks the origin for real.
func setupChecked() http.Handler {
	r := chi.NewRouter()
	r.Use(cors.Handler(cors.Options{
		AllowOriginFunc: func(r *http.Request, origin string) bool {
			return origin == "https://accounts.example.com" || strings.HasSuffix(origin, ".accounts.example.com") // ok
		},
		AllowCredentials: true,
	}))
	r.Get("/checked", me)
	return r
}
