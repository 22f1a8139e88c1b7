// Package wsclose defines an Analyzer that checks WebSocket handlers: HTTP responses
// written after the upgrade, and close codes and reasons that break the protocol.
//
// # Analyzer wsclose
//
// wsclose: check HTTP writes after WebSocket upgrades and close codes
//
// Once a handler attempts a WebSocket upgrade, an HTTP error is the wrong tool. If the
// upgrade failed, the library has already answered with its own HTTP error (gorilla
// and fasthttp/websocket Upgrader.Upgrade, coder and nhooyr Accept, melody): a second
// http.Error is a superfluous WriteHeader whose body is appended to the library's. If
// it succeeded, the connection is hijacked and every later write fails with
// http.ErrHijacked; the client never sees it. The right move is to log and return, or
// to close the WebSocket with a close code. And a close code must be one that RFC
// 6455 allows on the wire.
//
// The analyzer knows gorilla/websocket, fasthttp/websocket (net/http and fasthttp
// upgraders), coder/websocket and nhooyr.io/websocket, golang.org/x/net/websocket,
// gobwas/ws, gofiber/contrib/websocket and olahol/melody, in net/http, gin, echo,
// fiber and fasthttp handlers. Each finding has a category:
//
// afterupgrade: an HTTP response written through the same ResponseWriter or framework
// context (http.Error, WriteHeader, Write, fmt.Fprint, http.Redirect, gin's c.JSON,
// echo's c.String, fasthttp's ctx.Error...) on a control-flow path after an upgrade
// attempt. On the failure path (if err != nil after the upgrade):
//
//	conn, err := upgrader.Upgrade(w, r, nil)
//	if err != nil {
//		http.Error(w, "upgrade failed", 500) // http.Error after a failed websocket upgrade: the upgrader already replied with an HTTP error; log the error and return
//		return
//	}
//
// After success the message says the connection is hijacked and how to close it with
// a close code instead. Writes inside an x/net websocket.Handler's function to the
// outer ResponseWriter, and writes in a fasthttp upgrade callback, count as after the
// upgrade. An echo handler that returns a non-nil error after a successful upgrade is
// reported too: echo's error handler writes the error onto the hijacked connection.
// Not reported: writes before the upgrade or on paths that do not follow it; writes
// after gorilla's deprecated package-level websocket.Upgrade or an Upgrader with a
// custom Error function (they write nothing on failure, so answering is right); and
// "return err" from an echo handler after a failed upgrade (echo writes nothing
// more).
//
// closecode: a close code sent on the wire that RFC 6455 forbids: below 1000, 1004,
// 1005, 1006, 1015, 1016-2999, and 5000 and above, including the libraries' own
// constants for the must-not-send codes (gorilla's CloseNoStatusReceived,
// CloseAbnormalClosure and CloseTLSHandshake; coder's StatusNoStatusRcvd,
// StatusAbnormalClosure and StatusTLSHandshake). The sinks are FormatCloseMessage
// (gorilla, fasthttp/websocket, gofiber, melody), coder's and nhooyr's Conn.Close and
// StatusCode conversions, and gobwas's NewCloseFrameBody and PutCloseFrameBody. The
// message says what the library does: gorilla sends anything (and truncates codes
// above 65535 to 16 bits), coder refuses and closes without a close frame, gobwas
// sends anything.
//
//	conn.WriteControl(websocket.CloseMessage, websocket.FormatCloseMessage(websocket.CloseAbnormalClosure, "bye"), deadline) // close code 1006 must not be sent: ...
//
// unregistered: a sent code in 3000-3999 that is not in the IANA WebSocket Close Code
// Number Registry (3000, 3003 and 3008 are). That range is for registered codes;
// applications use 4000-4999.
//
// reason: a constant close reason longer than 123 bytes (a close frame holds 125
// bytes, two of them the code: gorilla's WriteControl fails and sends nothing, coder
// refuses, gobwas truncates and can split a UTF-8 character), or not valid UTF-8.
//
// receive: a code that can never arrive, given to a receive-side check
// (IsCloseError, IsUnexpectedCloseError, a comparison or switch on coder's
// CloseStatus(err) or a close error's Code field): below 1000, 1004, 1016-2999, 5000
// and above. 1005, 1006 and 1015 are fine there, since libraries report them locally.
//
//	if websocket.IsCloseError(err, 1004) { // close code 1004 can never be received: ...
//
// literal: an integer literal close code where the library declares a constant. The
// fix replaces it with the constant, qualified with the file's own name for the
// package. Off with -wsclose.literal=false; not reported in generated files or tests.
//
//	websocket.FormatCloseMessage(1008, "bad token") // numeric close code 1008; use websocket.ClosePolicyViolation
//
// nocode (off by default; -wsclose.nocode): a connection closed without a close frame
// on a deliberate rejection path (gorilla's conn.Close() or coder's CloseNow() in the
// body of an if statement, with no close frame sent before): the peer sees 1006 and
// no reason. Not after a failed read or write on that connection (it is gone
// already), and not in defer. It is off by default until it has been measured on
// more real code.
//
// Wrappers: a function whose integer (or StatusCode) parameter reaches a close-code
// sink unchanged is a sink too, in every package that calls it:
//
//	func closeWith(c *websocket.Conn, code int, msg string) {
//		c.WriteControl(websocket.CloseMessage, websocket.FormatCloseMessage(code, msg), time.Now().Add(time.Second))
//	}
//
// Flags:
//
//	-wsclose.literal=false  do not report integer literal close codes (default true)
//	-wsclose.nocode         report abrupt closes on rejection paths (default false)
//
// A finding is suppressed by a directive with a reason, on its line or the line above:
//
//	//protolint:ignore wsclose the proxy in front translates this code
package wsclose
