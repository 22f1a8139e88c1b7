package wsclose

// Knowledge of the WebSocket libraries: how each upgrades a connection, and where it
// takes a close code. Signatures and behaviour from the versions named in
// the project's API reference (§2 and §3): gorilla/websocket v1.5.3,
// fasthttp/websocket v1.5.12, coder/websocket v1.8.15 (nhooyr.io/websocket v1.8.17),
// golang.org/x/net v0.62.0, gobwas/ws v1.5.0, gofiber/contrib/websocket v1.3.4,
// olahol/melody v1.1.4.

var (
	gorillaPaths = []string{"github.com/gorilla/websocket", "github.com/fasthttp/websocket"}
	coderPaths   = []string{"github.com/coder/websocket", "nhooyr.io/websocket"}
	xnetPaths    = []string{"golang.org/x/net/websocket"}
	gobwasPaths  = []string{"github.com/gobwas/ws"}
	melodyPaths  = []string{"github.com/olahol/melody"}
	// gorillaLike libraries format and check close codes with gorilla's code.
	// gofiber/websocket/v2 is the package gofiber/contrib/websocket was before it moved;
	// both wrap fasthttp/websocket with the same API.
	gorillaLike = []string{"github.com/gorilla/websocket", "github.com/fasthttp/websocket", "github.com/gofiber/contrib/websocket", "github.com/gofiber/websocket/v2", "github.com/olahol/melody"}
)

// A family is a group of libraries that treat close codes alike.
type family int

const (
	gorilla family = iota // gorilla, fasthttp/websocket, gofiber/contrib/websocket, melody
	coder                 // coder/websocket, nhooyr.io/websocket
	gobwas                // gobwas/ws
	xnet                  // golang.org/x/net/websocket
)

// onFailure says what an upgrade entry point does when the handshake fails.
type onFailure int

const (
	// replies: the library writes an HTTP error response itself (unless the
	// upgrader has a custom Error function, where customError says so).
	replies onFailure = iota
	// silent: the library writes nothing; answering is the caller's job (gorilla's
	// deprecated package-level Upgrade).
	silent
	// hijacked: the library hijacks the connection before validating, so any later
	// write through the ResponseWriter goes nowhere (x/net's Handler and Server).
	hijacked
)

// An upgradeAPI is a call that attempts a WebSocket upgrade on a response.
type upgradeAPI struct {
	paths       []string
	recv, name  string
	writer      int // index of the ResponseWriter or *fasthttp.RequestCtx argument; -1 for the receiver
	errResult   int // index of the error result, or -1
	failure     onFailure
	customError bool   // the receiver's Error field, when set, replaces the library's reply
	closeHint   string // how to close the connection instead, in the library's terms
}

var upgradeAPIs = []upgradeAPI{
	// func (u *Upgrader) Upgrade(w http.ResponseWriter, r *http.Request, responseHeader http.Header) (*Conn, error)
	{gorillaPaths, "Upgrader", "Upgrade", 0, 1, replies, true, "conn.WriteControl(websocket.CloseMessage, websocket.FormatCloseMessage(websocket.ClosePolicyViolation, reason), deadline)"},
	// Deprecated: func Upgrade(w http.ResponseWriter, r *http.Request, responseHeader http.Header, readBufSize, writeBufSize int) (*Conn, error)
	{gorillaPaths, "", "Upgrade", 0, 1, silent, false, "conn.WriteControl(websocket.CloseMessage, websocket.FormatCloseMessage(websocket.ClosePolicyViolation, reason), deadline)"},
	// func (u *FastHTTPUpgrader) Upgrade(ctx *fasthttp.RequestCtx, handler FastHTTPHandler) error
	{[]string{"github.com/fasthttp/websocket"}, "FastHTTPUpgrader", "Upgrade", 0, 0, replies, true, "conn.WriteControl(websocket.CloseMessage, websocket.FormatCloseMessage(websocket.ClosePolicyViolation, reason), deadline)"},
	// func Accept(w http.ResponseWriter, r *http.Request, opts *AcceptOptions) (*Conn, error)
	{coderPaths, "", "Accept", 0, 1, replies, false, "conn.Close(websocket.StatusPolicyViolation, reason)"},
	// func (h Handler) ServeHTTP(w http.ResponseWriter, req *http.Request)
	{xnetPaths, "Handler", "ServeHTTP", 0, -1, hijacked, false, "return from the handler; x/net/websocket cannot send a close code"},
	// func (s Server) ServeHTTP(w http.ResponseWriter, req *http.Request)
	{xnetPaths, "Server", "ServeHTTP", 0, -1, hijacked, false, "return from the handler; x/net/websocket cannot send a close code"},
	// func UpgradeHTTP(r *http.Request, w http.ResponseWriter) (net.Conn, *bufio.ReadWriter, Handshake, error)
	{gobwasPaths, "", "UpgradeHTTP", 1, 3, replies, false, "wsutil.WriteServerMessage(conn, ws.OpClose, ws.NewCloseFrameBody(ws.StatusPolicyViolation, reason))"},
	// func (u HTTPUpgrader) Upgrade(r *http.Request, w http.ResponseWriter) (conn net.Conn, rw *bufio.ReadWriter, hs Handshake, err error)
	{gobwasPaths, "HTTPUpgrader", "Upgrade", 1, 3, replies, false, "wsutil.WriteServerMessage(conn, ws.OpClose, ws.NewCloseFrameBody(ws.StatusPolicyViolation, reason))"},
	// func (m *Melody) HandleRequest(w http.ResponseWriter, r *http.Request) error
	{melodyPaths, "Melody", "HandleRequest", 0, 0, replies, false, "session.CloseWithMsg(melody.FormatCloseMessage(melody.ClosePolicyViolation, reason))"},
	// func (m *Melody) HandleRequestWithKeys(w http.ResponseWriter, r *http.Request, keys map[string]any) error
	{melodyPaths, "Melody", "HandleRequestWithKeys", 0, 0, replies, false, "session.CloseWithMsg(melody.FormatCloseMessage(melody.ClosePolicyViolation, reason))"},
}

// A closeSink takes a close code (and reason) that is sent to the peer.
type closeSink struct {
	paths      []string
	recv, name string
	code       int // index of the close-code parameter
	reason     int // index of the reason parameter, or -1
	family     family
}

var closeSinks = []closeSink{
	{gorillaLike, "", "FormatCloseMessage", 0, 1, gorilla}, // func FormatCloseMessage(closeCode int, text string) []byte
	{coderPaths, "Conn", "Close", 0, 1, coder},             // func (c *Conn) Close(code StatusCode, reason string) (err error)
	{gobwasPaths, "", "NewCloseFrameBody", 0, 1, gobwas},   // func NewCloseFrameBody(code StatusCode, reason string) []byte
	{gobwasPaths, "", "PutCloseFrameBody", 1, 2, gobwas},   // func PutCloseFrameBody(p []byte, code StatusCode, reason string)
	// WriteClose(status int) error, a method of the unexported frameHandler interface
	// that *websocket.Conn embeds, so it is promoted: ws.WriteClose(1008).
	{xnetPaths, "frameHandler", "WriteClose", 0, -1, xnet},
}

// A receiveCheck compares a received close code with codes given from argument
// index codes on (a variadic list).
type receiveCheck struct {
	paths      []string
	recv, name string
	codes      int
}

var receiveChecks = []receiveCheck{
	{gorillaLike, "", "IsCloseError", 1},           // func IsCloseError(err error, codes ...int) bool
	{gorillaLike, "", "IsUnexpectedCloseError", 1}, // func IsUnexpectedCloseError(err error, expectedCodes ...int) bool
}

// receivedCodes are the expressions whose value is a received close code, so that
// comparing them with a code that can never arrive is a dead check: coder's
// CloseStatus(err) and the Code fields of the close-error types.
var receivedCodeFuncs = []struct {
	paths []string
	name  string
}{
	{coderPaths, "CloseStatus"}, // func CloseStatus(err error) StatusCode
}

var receivedCodeFields = []struct {
	paths      []string
	typ, field string
}{
	{gorillaLike, "CloseError", "Code"},                              // type CloseError struct { Code int; Text string }
	{coderPaths, "CloseError", "Code"},                               // type CloseError struct { Code StatusCode; Reason string }
	{[]string{"github.com/gobwas/ws/wsutil"}, "ClosedError", "Code"}, // type ClosedError struct { Code ws.StatusCode; Reason string }
}

// constantPrefix is the prefix of each family's close-code constants, for literal
// suggestions: gorilla's CloseNormalClosure, coder's and gobwas's StatusNormalClosure.
var constantPrefix = map[family]string{gorilla: "Close", coder: "Status", gobwas: "Status"}
