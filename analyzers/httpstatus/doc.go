// Package httpstatus defines an Analyzer that checks HTTP status codes passed to
// net/http and the Go web frameworks.
//
// # Analyzer httpstatus
//
// httpstatus: check HTTP status codes given to net/http and frameworks
//
// The analyzer finds status codes that net/http rejects, that clients misread, or
// that contradict the helper they are given to. It knows the status APIs of
// net/http (ResponseWriter.WriteHeader on any implementation, Error, Redirect,
// RedirectHandler, StatusText), gin, echo v3/v4/v5, fiber v2/v3, fasthttp and
// go-chi/render, and any function of yours that passes its parameter on to one of
// them. Codes are evaluated as Go constants wherever they are constant: literals,
// named constants, http.StatusOK+1, int(code).
//
// Each finding has a category:
//
// invalid: a code outside 100-999. net/http panics ("invalid WriteHeader code"), gin
// ignores codes <= 0 and sends 200, fasthttp and fiber send the number verbatim.
//
//	w.WriteHeader(42) // invalid HTTP status code 42: net/http panics with "invalid WriteHeader code 42"; use a code between 100 and 599
//
// unknown: a code that is not in the IANA HTTP Status Code Registry (299, 452, 499,
// 520, 600...). Clients treat an unknown code as the x00 code of its class (RFC 9110
// §15), so a 299 is a plain 200 to them. The -allow flag admits site-specific codes.
//
//	c.JSON(499, body) // unregistered HTTP status code 499: it is not in the IANA registry, so clients treat it as a plain 400; ...
//
// class: an error helper given a code below 400 (http.Error, echo.NewHTTPError,
// fiber.NewError, gin's AbortWithStatusJSON, AbortWithStatusPureJSON and
// AbortWithError, fasthttp's RequestCtx.Error), or a redirect helper given a code that
// is not a redirect (http.Redirect, http.RedirectHandler, gin's and echo's
// Context.Redirect, fiber's redirects, fasthttp's RequestCtx.Redirect). Redirect
// codes are 300, 301, 302, 303, 307 and 308; 304 is not a redirect. The message says
// what the library does: gin panics, echo returns ErrInvalidRedirectCode and writes
// nothing, fasthttp sends 302 instead, net/http and fiber send a Location header
// that clients do not follow.
//
//	http.Redirect(w, r, "/login", http.StatusOK) // http.Redirect with non-redirect status 200: clients do not follow the Location header of a 200 response; ...
//	http.Error(w, "no such order", 200)          // http.Error with non-error status 200: the client sees a success, not a failure; ...
//
// errorok: a 2xx status with a body that is plainly an error: an error value or
// err.Error(); a value of a type named like an error payload (APIError,
// ErrorResponse, ErrResp; not ErrorStats); or a map or struct literal whose only or
// first key is "error" or "err", whose "error", "err" or "errors" key holds an error,
// or whose "success" or "ok" key is false. The status comes from the framework call
// (c.JSON(200, ...), fiber's c.Status(200).JSON(...)), or from a status set on the
// same response that every path to the write passes through (w.WriteHeader(200)
// before json.NewEncoder(w).Encode, ctx.SetStatusCode(200) before
// ctx.SetBodyString). In a handler (a function taking an http.ResponseWriter and an
// *http.Request, a *fasthttp.RequestCtx, or a fiber Ctx) an error body written with no
// status set and no helper given the response before it goes out with the implicit
// 200. Clients and monitoring count such responses as successes.
//
//	c.JSON(http.StatusOK, gin.H{"error": err.Error()}) // error body sent with success status 200: ...
//	json.NewEncoder(w).Encode(APIError{Message: msg})  // error body sent with the implicit status 200: ...
//
// literal: an integer literal where net/http declares a constant. The fix replaces
// it with the constant, qualified with the file's own name for net/http (or, where
// the file imports only fiber or fasthttp, with that package's copy of the
// constant). There is no fix when the file does not import the package or the name
// is shadowed. Comparisons and ranges (resp.StatusCode >= 500) are never reported,
// nor are named constants of your own, generated files or tests (_test.go files).
// Turn the rule off with -httpstatus.literal=false.
//
//	w.WriteHeader(404) // numeric status code 404; use http.StatusNotFound
//
// emptybody: an error helper that takes a message (http.Error, fasthttp's
// RequestCtx.Error, echo.NewHTTPError, fiber.NewError) given an empty constant message
// with a 4xx code: the client gets no description of what it did wrong. 5xx codes
// are not reported, since hiding server internals is legitimate.
//
// bodyless: a body written to the same ResponseWriter after WriteHeader(204) or
// WriteHeader(304), on a path that must pass through the WriteHeader (w.Write,
// fmt.Fprint*, io.WriteString, io.Copy, json.NewEncoder(w).Encode). net/http refuses
// the write with http.ErrBodyNotAllowed.
//
// Wrappers: a function whose integer parameter reaches a status API unchanged (it is
// never assigned, and used only as a call argument) is a status API too, with the
// same rules, in its own package and in every package that imports it. A wrapper of
// http.Error carries the error class:
//
//	func writeError(w http.ResponseWriter, code int, msg string) { http.Error(w, msg, code) }
//
//	writeError(w, http.StatusCreated, "ok") // writeError with non-error status 201: it passes the code to http.Error, so the client sees a success, ...
//
// Flags:
//
//	-httpstatus.allow=499,520  codes outside the registry that the code base uses on purpose (default none)
//	-httpstatus.literal=false  do not report integer literals (default true)
//
// A finding is suppressed by a directive with a reason, on its line or the line above:
//
//	//protolint:ignore httpstatus the partner gateway requires 299
//
// A directive without a reason, or one that suppresses nothing, is reported itself
// (category directive).
package httpstatus
