// Package wsutil is a test stub of github.com/gobwas/ws@v1.5.0 (package
// github.com/gobwas/ws/wsutil). It declares only the API that protolint
// resolves; bodies are dummies.
package wsutil

import (
	"bufio"
	"context"
	"errors"
	"fmt"
	"io"
	"net"

	"github.com/gobwas/ws"
)

// ClosedError returned when peer has closed the connection with appropriate
// code and a textual reason.
type ClosedError struct {
	Code   ws.StatusCode
	Reason string
}

// Error implements error interface.
func (err ClosedError) Error() string { return "" }

// ControlHandler contains logic of handling control frames.
//
// The intentional way to use it is to read the next frame header from the
// connection, optionally check its validity via ws.CheckHeader() and if it is
// not a ws.OpText of ws.OpBinary (or ws.OpContinuation) – pass it to Handle()
// method.
//
// That is, passed header should be checked to get rid of unexpected errors.
//
// The Handle() method will read out all control frame payload (if any) and
// write necessary bytes as a rfc compatible response.
type ControlHandler struct {
	Src   io.Reader
	Dst   io.Writer
	State ws.State

	// DisableSrcCiphering disables unmasking payload data read from Src.
	// It is useful when wsutil.Reader is used or when frame payload already
	// pulled and ciphered out from the connection (and introduced by
	// bytes.Reader, for example).
	DisableSrcCiphering bool
}

// ErrNotControlFrame is returned by ControlHandler to indicate that given
// header could not be handled.
var ErrNotControlFrame = errors.New("not a control frame")

// Handle handles control frames regarding to the c.State and writes responses
// to the c.Dst when needed.
func (c ControlHandler) Handle(h ws.Header) error { return nil }

// HandlePing handles ping frame and writes specification compatible response
// to the c.Dst.
func (c ControlHandler) HandlePing(h ws.Header) error { return nil }

// HandlePong handles pong frame by discarding it.
func (c ControlHandler) HandlePong(h ws.Header) error { return nil }

// HandleClose handles close frame, makes protocol validity checks and writes
// specification compatible response to the c.Dst.
func (c ControlHandler) HandleClose(h ws.Header) error { return nil }

// Message represents a message from peer, that could be presented in one or
// more frames. That is, it contains payload of all message fragments and
// operation code of initial frame for this message.
type Message struct {
	OpCode  ws.OpCode
	Payload []byte
}

// SetMaxFrameSize sets the Reader.MaxFrameSize used by ReadMessage(),
// ReadData() and their shortcuts. Zero, the default, means no limit.
func SetMaxFrameSize(n int64) {}

// MaxFrameSize returns the value set with SetMaxFrameSize().
func MaxFrameSize() int64 { return 0 }

// SetMaxMessageSize sets the Reader.MaxMessageSize used by ReadMessage(),
// ReadData() and their shortcuts: the total length of all fragments of a
// message. Zero, the default, means no limit.
func SetMaxMessageSize(n int64) {}

// MaxMessageSize returns the value set with SetMaxMessageSize().
func MaxMessageSize() int64 { return 0 }

// SetCheckUTF8 sets the [Reader.CheckUTF8] used by [ReadMessage], [ReadData]
// and their shortcuts. It is true by default.
func SetCheckUTF8(v bool) {}

// CheckUTF8 returns the value set with SetCheckUTF8().
func CheckUTF8() bool { return false }

// SetPreallocLimit sets the maximum peer-declared payload length that
// ReadMessage(), ReadData() and their shortcuts trust for allocation before
// the payload is read; a payload declared bigger than that is read into a
// buffer that grows as bytes actually arrive. The default is 32 KiB, the
// io.Copy() chunk size. Limits set with SetMaxFrameSize() and
// SetMaxMessageSize() reject frames; they do not raise this one.
func SetPreallocLimit(n int64) {}

// PreallocLimit returns the value set with SetPreallocLimit().
func PreallocLimit() int64 { return 0 }

// DefaultReader returns a Reader for r and s configured with the package-level
// settings, that is, the Reader that ReadMessage(), ReadData() and their
// shortcuts read with. Unlike NewReader(), it applies MaxFrameSize() and
// MaxMessageSize() and CheckUTF8(). The OnIntermediate field is left for the
// caller to set.
func DefaultReader(r io.Reader, s ws.State) *Reader { return nil }

// ReadMessage is a helper function that reads next message from r. It appends
// received message(s) to the third argument and returns the result of it and
// an error if some failure happened.
func ReadMessage(r io.Reader, s ws.State, m []Message) ([]Message, error) { return nil, nil }

// ReadClientMessage reads next message from r, considering that caller
// represents server side.
// It is a shortcut for ReadMessage(r, ws.StateServerSide, m).
func ReadClientMessage(r io.Reader, m []Message) ([]Message, error) { return nil, nil }

// ReadServerMessage reads next message from r, considering that caller
// represents client side.
// It is a shortcut for ReadMessage(r, ws.StateClientSide, m).
func ReadServerMessage(r io.Reader, m []Message) ([]Message, error) { return nil, nil }

// ReadData is a helper function that reads next data (non-control) message
// from rw.
// It takes care on handling all control frames. It will write response on
// control frames to the write part of rw. It blocks until some data frame
// will be received.
func ReadData(rw io.ReadWriter, s ws.State) ([]byte, ws.OpCode, error) { return nil, 0, nil }

// ReadClientData reads next data message from rw, considering that caller
// represents server side. It is a shortcut for ReadData(rw, ws.StateServerSide).
func ReadClientData(rw io.ReadWriter) ([]byte, ws.OpCode, error) { return nil, 0, nil }

// ReadClientText reads next text message from rw, considering that caller
// represents server side. It is a shortcut for ReadData(rw, ws.StateServerSide).
// It discards received binary messages.
func ReadClientText(rw io.ReadWriter) ([]byte, error) { return nil, nil }

// ReadClientBinary reads next binary message from rw, considering that caller
// represents server side. It is a shortcut for ReadData(rw, ws.StateServerSide).
// It discards received text messages.
func ReadClientBinary(rw io.ReadWriter) ([]byte, error) { return nil, nil }

// ReadServerData reads next data message from rw, considering that caller
// represents client side. It is a shortcut for ReadData(rw, ws.StateClientSide).
func ReadServerData(rw io.ReadWriter) ([]byte, ws.OpCode, error) { return nil, 0, nil }

// ReadServerText reads next text message from rw, considering that caller
// represents client side. It is a shortcut for ReadData(rw, ws.StateClientSide).
// It discards received binary messages.
func ReadServerText(rw io.ReadWriter) ([]byte, error) { return nil, nil }

// ReadServerBinary reads next binary message from rw, considering that caller
// represents client side. It is a shortcut for ReadData(rw, ws.StateClientSide).
// It discards received text messages.
func ReadServerBinary(rw io.ReadWriter) ([]byte, error) { return nil, nil }

// WriteMessage is a helper function that writes message to the w. It
// constructs single frame with given operation code and payload.
// It uses given state to prepare side-dependent things, like cipher
// payload bytes from client to server. It will not mutate p bytes if
// cipher must be made.
func WriteMessage(w io.Writer, s ws.State, op ws.OpCode, p []byte) error { return nil }

// WriteServerMessage writes message to w, considering that caller
// represents server side.
func WriteServerMessage(w io.Writer, op ws.OpCode, p []byte) error { return nil }

// WriteServerText is the same as WriteServerMessage with
// ws.OpText.
func WriteServerText(w io.Writer, p []byte) error { return nil }

// WriteServerBinary is the same as WriteServerMessage with
// ws.OpBinary.
func WriteServerBinary(w io.Writer, p []byte) error { return nil }

// WriteClientMessage writes message to w, considering that caller
// represents client side.
func WriteClientMessage(w io.Writer, op ws.OpCode, p []byte) error { return nil }

// WriteClientText is the same as WriteClientMessage with
// ws.OpText.
func WriteClientText(w io.Writer, p []byte) error { return nil }

// WriteClientBinary is the same as WriteClientMessage with
// ws.OpBinary.
func WriteClientBinary(w io.Writer, p []byte) error { return nil }

// HandleClientControlMessage handles control frame from conn and writes
// response when needed.
func HandleClientControlMessage(conn io.Writer, msg Message) error { return nil }

// HandleServerControlMessage handles control frame from conn and writes
// response when needed.
func HandleServerControlMessage(conn io.Writer, msg Message) error { return nil }

// HandleControlMessage handles message which was read by ReadMessage()
// functions.
func HandleControlMessage(conn io.Writer, state ws.State, msg Message) error { return nil }

// ControlFrameHandler returns FrameHandlerFunc for handling control frames.
// For more info see ControlHandler docs.
func ControlFrameHandler(w io.Writer, state ws.State) FrameHandlerFunc { return nil }

// DefaultWriteBuffer contains size of Writer's default buffer. It used by
// Writer constructor functions.
var DefaultWriteBuffer = 4096

var (
	ErrNotEmpty        = fmt.Errorf("writer not empty")
	ErrControlOverflow = fmt.Errorf("control frame payload overflow")
)

// ControlWriter is a wrapper around Writer that contains some guards for
// buffered writes of control frames.
type ControlWriter struct{}

// NewControlWriter contains ControlWriter with Writer inside whose buffer size
// is at most ws.MaxControlFramePayloadSize + ws.MaxHeaderSize.
func NewControlWriter(dest io.Writer, state ws.State, op ws.OpCode) *ControlWriter { return nil }

// NewControlWriterBuffer returns a new ControlWriter with buf as a buffer.
func NewControlWriterBuffer(dest io.Writer, state ws.State, op ws.OpCode, buf []byte) *ControlWriter {
	return nil
}

// Write implements io.Writer. It writes to the underlying Writer until it
// returns error or until ControlWriter write limit will be exceeded.
func (c *ControlWriter) Write(p []byte) (n int, err error) { return }

// Flush flushes all buffered data to the underlying io.Writer.
func (c *ControlWriter) Flush() error { return nil }

// GetWriter tries to reuse Writer getting it from the pool.
func GetWriter(dest io.Writer, state ws.State, op ws.OpCode, n int) *Writer { return nil }

// PutWriter puts w for future reuse by GetWriter().
func PutWriter(w *Writer) {}

// Writer contains logic of buffering output data into a WebSocket fragments.
// It is much the same as bufio.Writer, except the thing that it works with
// WebSocket frames, not the raw data.
//
// Writer writes frames with specified OpCode.
// It uses ws.State to decide whether the output frames must be masked.
//
// Note that it does not check control frame size or other RFC rules.
// That is, it must be used with special care to write control frames without
// violation of RFC. You could use ControlWriter that wraps Writer and contains
// some guards for writing control frames.
//
// If an error occurs writing to a Writer, no more data will be accepted and
// all subsequent writes will return the error.
//
// After all data has been written, the client should call the Flush() method
// to guarantee all data has been forwarded to the underlying io.Writer.
type Writer struct{}

// NewWriter returns a new Writer whose buffer has the DefaultWriteBuffer size.
func NewWriter(dest io.Writer, state ws.State, op ws.OpCode) *Writer { return nil }

// NewWriterSize returns a new Writer whose buffer size is at most n + ws.MaxHeaderSize.
// That is, output frames payload length could be up to n, except the case when
// Write() is called on empty Writer with len(p) > n.
func NewWriterSize(dest io.Writer, state ws.State, op ws.OpCode, n int) *Writer { return nil }

// NewWriterBufferSize returns a new Writer whose buffer size is equal to n.
// If n <= ws.MinHeaderSize then the default buffer size is used.
func NewWriterBufferSize(dest io.Writer, state ws.State, op ws.OpCode, n int) *Writer { return nil }

// NewWriterBuffer returns a new Writer with buf as a buffer.
func NewWriterBuffer(dest io.Writer, state ws.State, op ws.OpCode, buf []byte) *Writer { return nil }

// Reset resets Writer as it was created by New() methods.
// Note that Reset does reset extensions and other options was set after
// Writer initialization.
func (w *Writer) Reset(dest io.Writer, state ws.State, op ws.OpCode) {}

// ResetOp is an quick version of Reset().
// ResetOp does reset unwritten fragments and does not reset results of
// SetExtensions() or DisableFlush() methods.
func (w *Writer) ResetOp(op ws.OpCode) {}

// SetExtensions adds xs as extensions to be used during writes.
func (w *Writer) SetExtensions(xs ...SendExtension) {}

// DisableFlush denies Writer to write fragments.
func (w *Writer) DisableFlush() {}

// Size returns the size of the underlying buffer in bytes (not including
// WebSocket header bytes).
func (w *Writer) Size() int { return 0 }

// Available returns how many bytes are unused in the buffer.
func (w *Writer) Available() int { return 0 }

// Buffered returns the number of bytes that have been written into the current
// buffer.
func (w *Writer) Buffered() int { return 0 }

// Write implements io.Writer.
func (w *Writer) Write(p []byte) (n int, err error) { return }

// Grow grows Writer's internal buffer capacity to guarantee space for another
// n bytes of _payload_ -- that is, frame header is not included in n.
func (w *Writer) Grow(n int) {}

// WriteThrough writes data bypassing the buffer.
// Note that Writer's buffer must be empty before calling WriteThrough().
func (w *Writer) WriteThrough(p []byte) (n int, err error) { return }

// ReadFrom implements io.ReaderFrom.
func (w *Writer) ReadFrom(src io.Reader) (n int64, err error) { return }

// Flush writes any buffered data to the underlying io.Writer.
// It sends the frame with "fin" flag set to true.
func (w *Writer) Flush() error { return nil }

// FlushFragment writes any buffered data to the underlying io.Writer.
// It sends the frame with "fin" flag set to false.
func (w *Writer) FlushFragment() error { return nil }

// ErrNoFrameAdvance means that Reader's Read() method was called without
// preceding NextFrame() call.
var ErrNoFrameAdvance = errors.New("no frame advance")

// ErrFrameTooLarge indicates that a message of length higher than
// MaxFrameSize was being read.
var ErrFrameTooLarge = errors.New("frame too large")

// ErrMessageTooLarge indicates that a message of total length higher than
// MaxMessageSize, that is, of all its fragments together, was being read.
var ErrMessageTooLarge = errors.New("message too large")

// FrameHandlerFunc handles parsed frame header and its body represented by
// io.Reader.
//
// Note that reader represents already unmasked body.
type FrameHandlerFunc func(ws.Header, io.Reader) error

// Reader is a wrapper around source io.Reader which represents WebSocket
// connection. It contains options for reading messages from source.
//
// Reader implements io.Reader, which Read() method reads payload of incoming
// WebSocket frames. It also takes care on fragmented frames and possibly
// intermediate control frames between them.
//
// Note that Reader's methods are not goroutine safe.
type Reader struct {
	Source io.Reader
	State  ws.State

	// SkipHeaderCheck disables checking header bits to be RFC6455 compliant.
	SkipHeaderCheck bool

	// CheckUTF8 enables UTF-8 checks for text frames payload. If incoming
	// bytes are not valid UTF-8 sequence, ErrInvalidUTF8 returned.
	CheckUTF8 bool

	// Extensions is a list of negotiated extensions for reader Source.
	// It is used to meet the specs and clear appropriate bits in fragment
	// header RSV segment.
	Extensions []RecvExtension

	// MaxFrameSize controls the maximum frame size in bytes that can be read.
	// A message exceeding that size will return a ErrFrameTooLarge to the
	// application.
	//
	// Not setting this field means there is no limit.
	MaxFrameSize int64

	// MaxMessageSize controls the maximum message size in bytes that can be
	// read, that is, the total length of all fragments of a message. A message
	// exceeding that size will return a ErrMessageTooLarge to the application
	// from the NextFrame() call for the first fragment crossing the limit.
	//
	// This is the limit RFC 6455 section 10.4 talks about. Note that
	// MaxFrameSize alone does not bound a fragmented message.
	//
	// Not setting this field means there is no limit.
	MaxMessageSize int64

	// OnContinuation is called by NextFrame() for every continuation frame of
	// a fragmented message, with its header and body. The body is the same
	// reader the fragment is then read from, so bytes consumed by the callback
	// are not returned by Read().
	OnContinuation FrameHandlerFunc

	// OnIntermediate is called by NextFrame() for a control frame received in
	// the middle of a fragmented message, with its header and body; the rest
	// of the body is discarded after the callback returns. If it is nil, such
	// frames are discarded silently, and only their header is returned.
	OnIntermediate FrameHandlerFunc
}

// NewReader creates new frame reader that reads from r keeping given state to
// make some protocol validity checks when it needed.
func NewReader(r io.Reader, s ws.State) *Reader { return nil }

// NewClientSideReader is a helper function that calls NewReader with r and
// ws.StateClientSide.
func NewClientSideReader(r io.Reader) *Reader { return nil }

// NewServerSideReader is a helper function that calls NewReader with r and
// ws.StateServerSide.
func NewServerSideReader(r io.Reader) *Reader { return nil }

// Read implements io.Reader. It reads the next message payload into p.
// It takes care on fragmented messages.
func (r *Reader) Read(p []byte) (n int, err error) { return }

// Discard discards current message unread bytes.
// It discards all frames of fragmented message.
func (r *Reader) Discard() (err error) { return }

// NextFrame prepares r to read next message. It returns received frame header
// and non-nil error on failure.
func (r *Reader) NextFrame() (hdr ws.Header, err error) { return }

// NextReader prepares next message read from r. It returns header that
// describes the message and io.Reader to read message's payload. It returns
// non-nil error when it is not possible to read message's initial frame.
func NextReader(r io.Reader, s ws.State) (ws.Header, io.Reader, error) {
	return ws.Header{}, nil, nil
}

// DebugUpgrader is a wrapper around ws.Upgrader. It tracks I/O of a
// WebSocket handshake.
//
// Note that it must not be used in production applications that requires
// Upgrade() to be efficient.
type DebugUpgrader struct {
	// Upgrader contains upgrade to WebSocket options.
	Upgrader ws.Upgrader

	// OnRequest and OnResponse are the callbacks that will be called with the
	// HTTP request and response respectively.
	OnRequest, OnResponse func([]byte)
}

// Upgrade calls Upgrade() on underlying ws.Upgrader and tracks I/O on conn.
func (d *DebugUpgrader) Upgrade(conn io.ReadWriter) (hs ws.Handshake, err error) { return }

// DebugDialer is a wrapper around ws.Dialer. It tracks i/o of WebSocket
// handshake. That is, it gives ability to receive copied HTTP request and
// response bytes that made inside Dialer.Dial().
//
// Note that it must not be used in production applications that requires
// Dial() to be efficient.
type DebugDialer struct {
	// Dialer contains WebSocket connection establishment options.
	Dialer ws.Dialer

	// OnRequest and OnResponse are the callbacks that will be called with the
	// HTTP request and response respectively.
	OnRequest, OnResponse func([]byte)
}

// Dial connects to the url host and upgrades connection to WebSocket. It makes
// it by calling d.Dialer.Dial().
func (d *DebugDialer) Dial(ctx context.Context, urlstr string) (conn net.Conn, br *bufio.Reader, hs ws.Handshake, err error) {
	return
}

// RecvExtension is an interface for clearing fragment header RSV bits.
type RecvExtension interface {
	UnsetBits(ws.Header) (ws.Header, error)
}

// RecvExtensionFunc is an adapter to allow the use of ordinary functions as
// RecvExtension.
type RecvExtensionFunc func(ws.Header) (ws.Header, error)

// BitsRecv implements RecvExtension.
func (fn RecvExtensionFunc) UnsetBits(h ws.Header) (ws.Header, error) {
	return ws.Header{}, nil
}

// SendExtension is an interface for setting fragment header RSV bits.
type SendExtension interface {
	SetBits(ws.Header) (ws.Header, error)
}

// SendExtensionFunc is an adapter to allow the use of ordinary functions as
// SendExtension.
type SendExtensionFunc func(ws.Header) (ws.Header, error)

// BitsSend implements SendExtension.
func (fn SendExtensionFunc) SetBits(h ws.Header) (ws.Header, error) {
	return ws.Header{}, nil
}

// CipherReader implements io.Reader that applies xor-cipher to the bytes read
// from source.
// It could help to unmask WebSocket frame payload on the fly.
type CipherReader struct{}

// NewCipherReader creates xor-cipher reader from r with given mask.
func NewCipherReader(r io.Reader, mask [4]byte) *CipherReader { return nil }

// Reset resets CipherReader to read from r with given mask.
func (c *CipherReader) Reset(r io.Reader, mask [4]byte) {}

// Read implements io.Reader interface. It applies mask given during
// initialization to every read byte.
func (c *CipherReader) Read(p []byte) (n int, err error) { return }

// CipherWriter implements io.Writer that applies xor-cipher to the bytes
// written to the destination writer. It does not modify the original bytes.
type CipherWriter struct{}

// NewCipherWriter creates xor-cipher writer to w with given mask.
func NewCipherWriter(w io.Writer, mask [4]byte) *CipherWriter { return nil }

// Reset reset CipherWriter to write to w with given mask.
func (c *CipherWriter) Reset(w io.Writer, mask [4]byte) {}

// Write implements io.Writer interface. It applies masking during
// initialization to every sent byte. It does not modify original slice.
func (c *CipherWriter) Write(p []byte) (n int, err error) { return }

// ErrInvalidUTF8 is returned by UTF8 reader on invalid utf8 sequence.
var ErrInvalidUTF8 = fmt.Errorf("invalid utf8")

// UTF8Reader implements io.Reader that calculates utf8 validity state after
// every read byte from Source.
//
// Note that in some cases client must call r.Valid() after all bytes are read
// to ensure that all of them are valid utf8 sequences. That is, some io helper
// functions such io.ReadAtLeast or io.ReadFull could discard the error
// information returned by the reader when they receive all of requested bytes.
// For example, the last read sequence is invalid and UTF8Reader returns number
// of bytes read and an error. But helper function decides to discard received
// error due to all requested bytes are completely read from the source.
//
// Another possible case is when some valid sequence become split by the read
// bound. Then UTF8Reader can not make decision about validity of the last
// sequence cause it is not fully read yet. And if the read stops, Valid() will
// return false, even if Read() by itself did not.
type UTF8Reader struct {
	Source io.Reader
}

// NewUTF8Reader creates utf8 reader that reads from r.
func NewUTF8Reader(r io.Reader) *UTF8Reader { return nil }

// Reset resets utf8 reader to read from r.
func (u *UTF8Reader) Reset(r io.Reader) {}

// Read implements io.Reader.
func (u *UTF8Reader) Read(p []byte) (n int, err error) { return }

// Valid checks current reader state. It returns true if all read bytes are
// valid UTF-8 sequences, and false if not.
func (u *UTF8Reader) Valid() bool { return false }

// Accepted returns number of valid bytes in last Read().
func (u *UTF8Reader) Accepted() int { return 0 }
