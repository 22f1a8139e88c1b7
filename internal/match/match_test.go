package match

import "testing"

func TestUnvendor(t *testing.T) {
	for in, want := range map[string]string{
		"github.com/gorilla/websocket":                             "github.com/gorilla/websocket",
		"example.com/app/vendor/github.com/gorilla/websocket":      "github.com/gorilla/websocket",
		"example.com/app/vendor/a/vendor/github.com/gin-gonic/gin": "github.com/gin-gonic/gin",
		"vendor/golang.org/x/net/http2/hpack":                      "golang.org/x/net/http2/hpack",
		"net/http":                                                 "net/http",
	} {
		if got := Unvendor(in); got != want {
			t.Errorf("Unvendor(%q) = %q, want %q", in, got, want)
		}
	}
}
