package manual

import (
	"net/http"
	"slices"
	"strings"

	"github.com/gin-gonic/gin"
	"github.com/gofiber/fiber/v2"
	"github.com/labstack/echo/v4"
	"github.com/valyala/fasthttp"
)

var allowed = []string{"https://app.example.com"}

func star(next http.Handler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Access-Control-Allow-Origin", "*") // want `Access-Control-Allow-Origin "\*" with Access-Control-Allow-Credentials "true": browsers refuse credentialed responses from a wildcard origin`
		w.Header().Set("Access-Control-Allow-Credentials", "true")
		next.ServeHTTP(w, r)
	})
}

func starNoCreds(w http.ResponseWriter, r *http.Request) {
	w.Header().Set("Access-Control-Allow-Origin", "*") // ok: no credentials
}

func reflected(w http.ResponseWriter, r *http.Request) {
	origin := r.Header.Get("Origin")
	w.Header().Set("Access-Control-Allow-Origin", origin) // want `Access-Control-Allow-Origin is the request's Origin, unchecked, with credentials: any website can read the responses to a logged-in user's requests; compare the origin with an allow list first`
	w.Header().Set("Access-Control-Allow-Credentials", "true")
}

func reflectedDirect(w http.ResponseWriter, r *http.Request) {
	w.Header().Add("Access-Control-Allow-Credentials", "true")
	w.Header().Set("access-control-allow-origin", r.Header.Get("origin")) // want `Access-Control-Allow-Origin is the request's Origin, unchecked`
}

func nonEmptyIsNoCheck(w http.ResponseWriter, r *http.Request) {
	origin := r.Header.Get("Origin")
	if origin != "" {
		w.Header().Set("Access-Control-Allow-Origin", origin) // want `Access-Control-Allow-Origin is the request's Origin, unchecked`
		w.Header().Set("Access-Control-Allow-Credentials", "true")
	}
}

func guarded(w http.ResponseWriter, r *http.Request) {
	origin := r.Header.Get("Origin")
	if slices.Contains(allowed, origin) {
		w.Header().Set("Access-Control-Allow-Origin", origin) // ok: checked against an allow list
		w.Header().Set("Access-Control-Allow-Credentials", "true")
	}
}

func weak(w http.ResponseWriter, r *http.Request) {
	origin := r.Header.Get("Origin")
	if strings.HasPrefix(origin, "https://app.example.com") { // want `strings.HasPrefix\(origin, "https://app.example.com"\) also accepts attacker-controlled origins such as "https://app.example.com.evil.net"`
		w.Header().Set("Access-Control-Allow-Origin", origin)
		w.Header().Set("Access-Control-Allow-Credentials", "true")
	}
	if strings.Contains(origin, "example.com") { // want `strings.Contains\(origin, "example.com"\) also accepts`
		w.Header().Set("Access-Control-Allow-Origin", origin)
	}
}

// Copies of the origin are followed.
func aliased(w http.ResponseWriter, r *http.Request) {
	origin := r.Header.Get("Origin")
	allow := origin
	w.Header().Set("Access-Control-Allow-Origin", allow) // want `Access-Control-Allow-Origin is the request's Origin, unchecked`
	w.Header().Set("Access-Control-Allow-Credentials", "true")
}

func aliasedGuarded(w http.ResponseWriter, r *http.Request) {
	origin := r.Header.Get("Origin")
	if !slices.Contains(allowed, origin) {
		return
	}
	allow := origin
	w.Header().Set("Access-Control-Allow-Origin", allow) // ok: the origin it copies was checked
	w.Header().Set("Access-Control-Allow-Credentials", "true")
}

func aliasedOrDefault(w http.ResponseWriter, r *http.Request) {
	origin := r.Header.Get("Origin")
	allow := "https://app.example.com"
	if slices.Contains(allowed, origin) {
		allow = origin
	}
	w.Header().Set("Access-Control-Allow-Origin", allow) // ok: also assigned a fixed origin
	w.Header().Set("Access-Control-Allow-Credentials", "true")
}

func requestHeaders(r *http.Request) {
	r.Header.Set("Access-Control-Allow-Origin", "*") // ok: a request header
	r.Header.Set("Access-Control-Allow-Credentials", "true")
}

func ginMiddleware(c *gin.Context) {
	c.Header("Access-Control-Allow-Origin", "*") // want `Access-Control-Allow-Origin "\*" with Access-Control-Allow-Credentials "true"`
	c.Writer.Header().Set("Access-Control-Allow-Credentials", "true")
	c.Next()
}

func ginReflect(c *gin.Context) {
	c.Header("Access-Control-Allow-Origin", c.GetHeader("Origin")) // want `the request's Origin, unchecked`
	c.Header("Access-Control-Allow-Credentials", "true")
}

func echoMiddleware(c echo.Context) error {
	c.Response().Header().Set(echo.HeaderAccessControlAllowOrigin, "*") // want `Access-Control-Allow-Origin "\*" with Access-Control-Allow-Credentials "true"`
	c.Response().Header().Set(echo.HeaderAccessControlAllowCredentials, "true")
	return nil
}

func fiberMiddleware(c *fiber.Ctx) error {
	c.Set(fiber.HeaderAccessControlAllowOrigin, c.Get(fiber.HeaderOrigin)) // want `the request's Origin, unchecked`
	c.Set(fiber.HeaderAccessControlAllowCredentials, "true")
	return c.Next()
}

func fasthttpHandler(ctx *fasthttp.RequestCtx) {
	ctx.Response.Header.Set("Access-Control-Allow-Origin", "*") // want `Access-Control-Allow-Origin "\*" with Access-Control-Allow-Credentials "true"`
	ctx.Response.Header.Set("Access-Control-Allow-Credentials", "true")
}

func mapAssign(w http.ResponseWriter, r *http.Request) {
	w.Header()["Access-Control-Allow-Origin"] = []string{"*"} // want `Access-Control-Allow-Origin "\*" with Access-Control-Allow-Credentials "true"`
	w.Header().Set("Access-Control-Allow-Credentials", "true")
}
