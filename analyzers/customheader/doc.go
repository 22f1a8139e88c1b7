// Package customheader defines an Analyzer that checks custom response headers:
// those that cross-origin scripts cannot read because CORS does not expose them, the
// naming policy for custom headers, and headers set too late to be sent.
//
// # Analyzer customheader
//
// customheader: check custom response headers against CORS and naming
//
// A page that calls the API cross-origin can read only the CORS-safelisted response
// headers (Cache-Control, Content-Language, Content-Length, Content-Type, Expires,
// Last-Modified, Pragma) plus those that Access-Control-Expose-Headers lists. A
// handler that sets X-Total-Count or X-Request-Id for the front end, in a service
// whose CORS configuration does not expose it, ships a feature that silently does not
// work.
//
// A header is custom when it is neither in the IANA HTTP Field Name Registry nor a
// well-known header that browsers, proxies or crawlers consume themselves
// (X-XSS-Protection, the X-Forwarded-* family, X-Real-IP, X-Powered-By, ...). Header
// names are read wherever they are constants: literals, named constants, framework
// constants such as echo.HeaderXRequestID. Setters: net/http's w.Header().Set/Add
// and w.Header()["X-A"] = ..., gin's c.Header, echo's c.Response().Header().Set/Add,
// fiber's c.Set and c.Append, fasthttp's ctx.Response.Header.Set/Add/SetBytesV/....
// Request headers (r.Header.Set), header maps built for clients, and test files are
// not response headers. Headers that the modelled libraries set in their own code
// (echo's RequestID middleware, ...) are not the program's and are not collected.
//
// Each finding has a category:
//
// unexposed: a custom response header set in a program that configures CORS, which
// no CORS configuration in view exposes. Exposure comes from rs/cors and go-chi
// ExposedHeaders, gin-contrib ExposeHeaders and AddExposeHeaders, echo and fiber
// ExposeHeaders (a comma-separated string in fiber v2), gorilla's
// handlers.ExposedHeaders, and Access-Control-Expose-Headers set by hand. "*" exposes
// everything only without credentials. Names compare case-insensitively; an
// exposure list that is not statically known counts as exposing everything. The
// rule is program-wide: each package records the headers it sets and the
// configurations it builds as a fact, and the first package that sees both reports,
// at the header's first set site when the configuration is in the same package or a
// dependency, and otherwise at the configuration, naming the set sites:
//
//	w.Header().Set("X-Total-Count", n) // custom response header "X-Total-Count" is not exposed by the CORS configuration at server/server.go:31: browsers hide it from cross-origin scripts; add it to the exposed headers
//
// Standard headers are never reported by default; -customheader.expose=ETag,Location
// lists standard headers that the front end reads and that must be exposed too.
//
// prefix: a custom header whose name lacks the prefix of the naming policy, "X-" by
// default (Request-Id, Trace-Token). Teams that follow RFC 6648, which deprecates the
// "X-" convention, turn the rule off with -customheader.prefix= (an empty value).
// A name one letter away from a standard header is most likely a typo, and the
// message says so:
//
//	w.Header().Set("Expire", "0") // header "Expire" is not a standard header and lacks the "X-" prefix of the naming policy; did you mean the standard "Expires"?
//
//	w.Header().Set("Request-Id", id) // custom header "Request-Id" lacks the "X-" prefix of the naming policy; ...
//
// late: a response header set after the status line or body was written on the same
// response, on a path that must pass through that write (w.WriteHeader, w.Write,
// http.Error, json.NewEncoder(w).Encode, gin's c.JSON, echo's c.String...): net/http
// has sent the header block already, so the header is silently dropped. Trailers
// (declared with a Trailer header, or named with http.TrailerPrefix) are fine, and
// so are headers after an interim WriteHeader(1xx), after gin's c.Status (which only
// records the code), and in fiber and fasthttp, which buffer the whole response.
//
// Flags:
//
//	-customheader.prefix=X-     the prefix custom header names must have; empty turns the rule off (default "X-")
//	-customheader.expose=ETag   standard headers that must be exposed too (default none)
//
// A finding is suppressed by a directive with a reason, on its line or the line above:
//
//	//protolint:ignore customheader read by the mobile app only, never cross-origin
package customheader
