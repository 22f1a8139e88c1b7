package fasthttpapp

import (
	"net/http"

	"github.com/valyala/fasthttp"
)

func handler(ctx *fasthttp.RequestCtx) {
	switch string(ctx.Path()) {
	case "/a":
		ctx.Error("missing", fasthttp.StatusOK) // want `\(\*fasthttp.RequestCtx\).Error with non-error status 200`
	case "/b":
		ctx.Error("", fasthttp.StatusNotFound) // want `\(\*fasthttp.RequestCtx\).Error with empty message for status 404`
	case "/c":
		ctx.Redirect("/x", fasthttp.StatusMultipleChoices) // want `\(\*fasthttp.RequestCtx\).Redirect with unsupported redirect status 300: fasthttp sends 302 Found instead`
	case "/d":
		ctx.Redirect("/x", http.StatusOK) // want `\(\*fasthttp.RequestCtx\).Redirect with non-redirect status 200: fasthttp sends 302 Found instead`
	case "/e":
		ctx.SetStatusCode(1000) // want `invalid HTTP status code 1000: fasthttp sends the number verbatim`
	case "/f":
		ctx.Response.SetStatusCode(299) // want `unregistered HTTP status code 299`
	case "/g":
		ctx.Response.Header.SetStatusCode(404) // want `numeric status code 404; use http.StatusNotFound`
	case "/h":
		ctx.TimeoutErrorWithCode("slow", fasthttp.StatusOK) // want `\(\*fasthttp.RequestCtx\).TimeoutErrorWithCode with non-error status 200`
	default:
		ctx.SetStatusCode(fasthttp.StatusOK)
		_ = fasthttp.StatusMessage(99) // want `invalid HTTP status code 99: fasthttp.StatusMessage has no text for it`
	}
}

func fastErrors(ctx *fasthttp.RequestCtx, err error) {
	if err != nil {
		ctx.SetStatusCode(fasthttp.StatusOK)
		ctx.SetBodyString(err.Error()) // want `error body sent with success status 200`
		return
	}
	if len(ctx.Path()) == 0 {
		ctx.WriteString("error: empty path") // ok: a plain string is not plainly an error
	}
}
