package corsmanual

import (
	"github.com/valyala/fasthttp"
)

// fastCORSStar sends credentials with a wildcard origin.
func fastCORSStar(ctx *fasthttp.RequestCtx) {
	ctx.Response.Header.Set("Access-Control-Allow-Origin", "*") // want `^Access-Control-Allow-Origin "\*" with Access-Control-Allow-Credentials "true"`
	ctx.Response.Header.Set("Access-Control-Allow-Credentials", "true")
}

// fastCORSReflect echoes the Origin back.
func fastCORSReflect(ctx *fasthttp.RequestCtx) {
	ctx.Response.Header.Set("Access-Control-Allow-Credentials", "true")
	ctx.Response.Header.Set("Access-Control-Allow-Origin", string(ctx.Request.Header.Peek("Origin"))) // want `^Access-Control-Allow-Origin is the request's Origin, unchecked, with credentials`
}

// fastCORSChecked reflects only the listed origins.
func fastCORSChecked(ctx *fasthttp.RequestCtx) {
	origin := string(ctx.Request.Header.Peek("Origin"))
	if allowedOrigin[origin] {
		ctx.Response.Header.Set("Access-Control-Allow-Origin", origin) // ok: checked in the map
		ctx.Response.Header.Set("Access-Control-Allow-Credentials", "true")
	}
}

// fastHandler routes the loyalty API.
func fastHandler(ctx *fasthttp.RequestCtx) {
	switch string(ctx.Path()) {
	case "/v1/points":
		fastCORSStar(ctx)
	case "/v2/points":
		fastCORSReflect(ctx)
	default:
		fastCORSChecked(ctx)
	}
	ctx.SetContentType("application/json")
	ctx.SetBodyString(`{"points":0}`)
}
