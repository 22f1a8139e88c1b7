// Command demo is a small orders service used to demonstrate protolint's
// httpstatus, wsclose and corswild analyzers. It contains deliberate status-code,
// WebSocket and CORS mistakes; see README.md.
package main

import (
	"flag"
	"log"
	"net/http"
	"strings"

	"github.com/gin-gonic/gin"

	"example.com/demo/admin"
	"example.com/demo/live"
	"example.com/demo/orders"
	"example.com/demo/store"
	"example.com/demo/web"
)

func main() {
	addr := flag.String("addr", "127.0.0.1:8080", "listen address")
	token := flag.String("token", "demo-token", "API token of the live order feed")
	origin := flag.String("origin", "http://127.0.0.1:8080", "allowed Origin of live feed clients")
	corsOrigins := flag.String("cors-origins", "http://localhost:3000", "comma-separated origins of the browser front ends allowed to call the API with cookies")
	flag.Parse()
	frontEnds := strings.Split(*corsOrigins, ",")

	s := store.New()
	mux := http.NewServeMux()
	api := http.NewServeMux()
	(&orders.API{Store: s}).Routes(api)
	shop := web.CORS(frontEnds).Handler(api)
	mux.Handle("/orders", shop)
	mux.Handle("/orders/", shop)
	mux.Handle("/checkout/", shop)
	mux.Handle("/partner/", http.StripPrefix("/partner", web.PartnerCORS().Handler(api)))
	live.NewFeed(s, *token, *origin).Routes(mux)

	gin.SetMode(gin.ReleaseMode)
	r := gin.New()
	r.Use(gin.Recovery(), admin.CORS(frontEnds))
	admin.Register(r, s)
	mux.Handle("/admin", r)
	mux.Handle("/admin/", r)

	mux.Handle("GET /healthz", web.PublicCORS().Handler(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		w.WriteHeader(http.StatusOK)
		_, _ = w.Write([]byte("ok\n"))
	})))

	log.Printf("demo: listening on http://%s", *addr)
	log.Fatal(http.ListenAndServe(*addr, mux))
}
