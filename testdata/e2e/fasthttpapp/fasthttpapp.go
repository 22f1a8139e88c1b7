// Package fasthttpapp is the fasthttp front end of the orders service.
package fasthttpapp

import (
	"github.com/valyala/fasthttp"
)

// Handler routes every request of the service.
func Handler(ctx *fasthttp.RequestCtx) {
	switch string(ctx.Path()) {
	case "/orders":
		ctx.SetStatusCode(fasthttp.StatusOK) // ok
		ctx.SetBodyString("[]")
	case "/login":
		ctx.Redirect("/auth", fasthttp.StatusOK) // want `Redirect with non-redirect status 200`
	case "/auth":
		ctx.Redirect("/sso", fasthttp.StatusSeeOther) // ok
	case "/auth/bytes":
		ctx.RedirectBytes([]byte("/sso"), fasthttp.StatusNotModified) // want `RedirectBytes with non-redirect status 304`
	case "/missing":
		ctx.Error("", fasthttp.StatusNotFound) // want "empty message for status 404"
	case "/queued":
		ctx.Error("queued", fasthttp.StatusAccepted) // want `\(\*fasthttp\.RequestCtx\)\.Error with non-error status 202`
	case "/crash":
		ctx.Error("", fasthttp.StatusInternalServerError) // ok: 5xx
	case "/weird":
		ctx.SetStatusCode(42) // want "invalid HTTP status code 42:"
	case "/teapot":
		ctx.Response.SetStatusCode(418) // want `numeric status code 418; use \w*\.?StatusTeapot`
	case "/cdn":
		ctx.Response.Header.SetStatusCode(520) // want "unregistered HTTP status code 520"
	default:
		ctx.NotFound()
	}
	if ctx.Response.StatusCode() >= 500 { // ok: range check
		ctx.Logger().Printf("server error: %s", fasthttp.StatusMessage(ctx.Response.StatusCode()))
	}
}
