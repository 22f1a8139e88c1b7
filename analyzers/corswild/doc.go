// Package corswild defines an Analyzer that reports CORS configurations that trust
// every origin while allowing credentials, and WebSocket endpoints open to every
// origin.
//
// # Analyzer corswild
//
// corswild: report CORS that trusts any origin with credentials
//
// With credentials allowed, the allowed origins decide who can read a logged-in
// user's data. A wildcard is either refused by the browser (the feature silently does
// not work), refused by the library at startup (fiber, echo v5 panic), or, where the
// library or the code reflects the request's Origin, an open door to every site on
// the internet. The messages say which. The analyzer knows rs/cors, go-chi/cors,
// gin-contrib/cors, echo v4 and v5 middleware, fiber v2 and v3 cors middleware and
// gorilla/handlers, CORS headers written by hand in net/http, gin, echo, fiber and
// fasthttp, and the WebSocket upgraders of gorilla, fasthttp/websocket, coder (and
// nhooyr), x/net, gofiber/contrib and melody.
//
// Values are followed where they are statically known: composite literals, local
// and package-level variables initialised from literals, append of constants, field
// assignments on a configuration before it is used (cfg := cors.DefaultConfig();
// cfg.AllowAllOrigins = true), and gorilla's functional options, also when they are
// passed as a slice built in the source (handlers.CORS(opts...)). Values read at run
// time (os.Getenv, flags, configuration files) are unknown and never reported; so is
// a configuration whose credentials setting is unknown.
//
// Each finding has a category:
//
// origin: credentials allowed together with every origin: "*" in the origin list,
// AllowAllOrigins, an empty list that the library treats as every origin (rs/cors,
// go-chi, echo v4, fiber, gorilla), or a pattern that matches every origin
// ("https://*"), which the library then reflects; also an echo v5
// UnsafeAllowOriginFunc that allows every origin and answers "*".
//
//	cors.Options{AllowedOrigins: []string{"*"}, AllowCredentials: true} // "*" among the allowed origins with credentials: rs/cors sends "Access-Control-Allow-Origin: *", which browsers refuse for credentialed requests, ...
//
// reflect: credentials with an origin that is reflected without a real check: an
// origin callback that returns true whatever the origin (AllowOriginFunc,
// AllowOriginRequestFunc, AllowOriginVaryRequestFunc, AllowOriginWithContextFunc,
// AllowOriginsFunc, echo v5's UnsafeAllowOriginFunc when every return sends the
// request's origin, gorilla's AllowedOriginValidator), echo v4's
// UnsafeWildcardOriginWithAllowCredentials, or an Access-Control-Allow-Origin header
// set by hand from the request's Origin (or a local copy of it) with no check before
// it (a comparison with a non-empty constant, a map lookup or a call such as
// slices.Contains(allowed, origin) counts as a check).
//
// weakcheck: an origin check that attackers pass, when credentials are allowed:
// strings.HasSuffix(origin, "example.com") without the leading dot (it accepts
// evilexample.com), strings.Contains, strings.HasPrefix(origin,
// "https://example.com") (it accepts https://example.com.evil.net), partial patterns
// such as "https://*example.com", and unanchored /regex/ origins in gin-contrib/cors.
//
// null: "null" among the allowed origins with credentials. Sandboxed iframes and
// file: pages send Origin: null, so any site can get in through one. Libraries that
// reject "null" at startup are named in the message.
//
// wildcard: "*" in the allowed methods, allowed headers or exposed headers with
// credentials. For credentialed requests browsers treat "*" there as a literal name,
// so the setting allows nothing. Not reported for allowed headers in rs/cors and
// go-chi, which answer "*" by reflecting the requested headers.
//
// manual: "Access-Control-Allow-Origin: *" and "Access-Control-Allow-Credentials:
// true" set by hand on the same response in one function, through any framework's
// header setter and with the frameworks' header-name constants.
//
// wsorigin: a WebSocket endpoint that accepts every origin. Browsers send cookies
// with the WebSocket handshake and CORS does not apply, so any site can act as the
// user (cross-site WebSocket hijacking): a gorilla or fasthttp/websocket CheckOrigin
// that returns true, coder's InsecureSkipVerify or an OriginPatterns "*",
// gofiber/contrib's Origins "*" or its default, melody.New() unless the package sets
// its upgrader's CheckOrigin, x/net's websocket.Handler and a websocket.Server without
// a Handshake, and gorilla's deprecated websocket.Upgrade. A nil CheckOrigin is fine:
// gorilla then allows same-origin requests only.
//
// A finding is suppressed by a directive with a reason, on its line or the line above:
//
//	//protolint:ignore corswild the API is public and sends no cookies
package corswild
