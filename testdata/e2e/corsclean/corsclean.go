// Package corsclean contains only correct CORS and WebSocket origin settings, many
// of them look-alikes of what corswild reports. It must produce no finding at all.
package corsclean

import (
	"net/http"
	"os"
	"slices"
	"strings"

	"github.com/gin-contrib/cors"
	"github.com/gin-gonic/gin"
	chicors "github.com/go-chi/cors"
	"github.com/gorilla/handlers"
	rscors "github.com/rs/cors"
)

var appOrigins = []string{"https://app.example.com", "https://admin.example.com"}

func api(w http.ResponseWriter, r *http.Request) {
	w.Header().Set("Content-Type", "application/json")
	w.Write([]byte(`{}`))
}

// setupRS: explicit lists with credentials, "*" without, real callbacks.
func setupRS(mux *http.ServeMux) {
	withCreds := rscors.New(rscors.Options{
		AllowedOrigins:   appOrigins,
		AllowedHeaders:   []string{"*"},
		AllowCredentials: true,
	})
	mux.Handle("/api/", withCreds.Handler(http.HandlerFunc(api)))

	public := rscors.New(rscors.Options{AllowedOrigins: []string{"*"}, AllowedMethods: []string{"*"}})
	mux.Handle("/public/", public.Handler(http.HandlerFunc(api)))

	sub := rscors.New(rscors.Options{
		AllowedOrigins:   []string{"https://*.example.com", "https://example.com"},
		AllowCredentials: true,
	})
	mux.Handle("/sub/", sub.Handler(http.HandlerFunc(api)))

	checked := rscors.New(rscors.Options{
		AllowOriginFunc: func(origin string) bool {
			if origin == "https://app.example.com" {
				return true
			}
			return strings.HasSuffix(origin, ".app.example.com")
		},
		AllowCredentials: true,
	})
	mux.Handle("/checked/", checked.Handler(http.HandlerFunc(api)))

	fromEnv := rscors.New(rscors.Options{
		AllowedOrigins:   strings.Split(os.Getenv("ALLOWED_ORIGINS"), ","),
		AllowCredentials: true,
	})
	mux.Handle("/env/", fromEnv.Handler(http.HandlerFunc(api)))

	credsFromEnv := rscors.New(rscors.Options{
		AllowedOrigins:   []string{"*"},
		AllowCredentials: os.Getenv("CORS_CREDENTIALS") == "1",
	})
	mux.Handle("/maybe/", credsFromEnv.Handler(http.HandlerFunc(api)))

	mux.Handle("/all/", rscors.AllowAll().Handler(http.HandlerFunc(api)))
}

// setupChi: go-chi answers "*" in the allowed headers with the requested headers.
func setupChi(mux *http.ServeMux) {
	mux.Handle("/chi/", chicors.Handler(chicors.Options{
		AllowedOrigins:   appOrigins,
		AllowedHeaders:   []string{"*"},
		AllowCredentials: true,
	})(http.HandlerFunc(api)))
	mux.Handle("/chi-public/", chicors.AllowAll().Handler(http.HandlerFunc(api)))
}

// setupGin: the default configuration with the origins filled in.
func setupGin() *gin.Engine {
	r := gin.New()
	cfg := cors.DefaultConfig()
	cfg.AllowOrigins = appOrigins
	cfg.AllowCredentials = true
	cfg.AddAllowHeaders("Authorization")
	cfg.AddExposeHeaders("X-Total-Count")
	r.Use(cors.New(cfg))
	r.Use(cors.New(cors.Config{
		AllowOriginWithContextFunc: func(c *gin.Context, origin string) bool { return slices.Contains(appOrigins, origin) },
		AllowCredentials:           true,
	}))
	r.Use(cors.Default())
	return r
}

// setupGorilla: an explicit list with credentials.
func setupGorilla(mux *http.ServeMux) {
	mux.Handle("/desk/", handlers.CORS(
		handlers.AllowedOrigins(appOrigins),
		handlers.AllowedMethods([]string{http.MethodGet, http.MethodPost}),
		handlers.AllowCredentials(),
	)(http.HandlerFunc(api)))
	mux.Handle("/status/", handlers.CORS(handlers.AllowedOrigins([]string{"*"}), handlers.ExposedHeaders([]string{"*"}))(http.HandlerFunc(api)))
}

// withCORS reflects the origin only after checking it.
func withCORS(next http.Handler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		origin := r.Header.Get("Origin")
		if origin != "" && slices.Contains(appOrigins, origin) {
			w.Header().Set("Access-Control-Allow-Origin", origin)
			w.Header().Set("Access-Control-Allow-Credentials", "true")
			w.Header().Add("Vary", "Origin")
		}
		if r.Method == http.MethodOptions {
			w.WriteHeader(http.StatusNoContent)
			return
		}
		next.ServeHTTP(w, r)
	})
}

// withPublicCORS sends "*" without credentials.
func withPublicCORS(next http.Handler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Access-Control-Allow-Origin", "*")
		w.Header().Set("Access-Control-Expose-Headers", "*")
		next.ServeHTTP(w, r)
	})
}
