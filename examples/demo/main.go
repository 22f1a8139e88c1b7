// Command demo is a small orders service used to demonstrate protolint's
// httpstatus and wsclose analyzers. It contains deliberate status-code and
// WebSocket mistakes; see README.md.
package main

import (
	"flag"
	"log"
	"net/http"

	"github.com/gin-gonic/gin"

	"example.com/demo/admin"
	"example.com/demo/live"
	"example.com/demo/orders"
	"example.com/demo/store"
)

func main() {
	addr := flag.String("addr", "127.0.0.1:8080", "listen address")
	token := flag.String("token", "demo-token", "API token of the live order feed")
	origin := flag.String("origin", "http://127.0.0.1:8080", "allowed Origin of live feed clients")
	flag.Parse()

	s := store.New()
	mux := http.NewServeMux()
	(&orders.API{Store: s}).Routes(mux)
	live.NewFeed(s, *token, *origin).Routes(mux)

	gin.SetMode(gin.ReleaseMode)
	r := gin.New()
	r.Use(gin.Recovery())
	admin.Register(r, s)
	mux.Handle("/admin", r)
	mux.Handle("/admin/", r)

	mux.HandleFunc("GET /healthz", func(w http.ResponseWriter, r *http.Request) {
		w.WriteHeader(http.StatusOK)
		_, _ = w.Write([]byte("ok\n"))
	})

	log.Printf("demo: listening on http://%s", *addr)
	log.Fatal(http.ListenAndServe(*addr, mux))
}
