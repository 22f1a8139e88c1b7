// Package render is a test stub of github.com/go-chi/render@v1.0.3. It
// declares only the API that protolint resolves; bodies are dummies.
package render

import (
	"io"
	"net/http"
)

// M is a convenience alias for quickly building a map structure that is going
// out to a responder (responder.go).
type M map[string]interface{}

// contextKey is a value for use with context.WithValue (render.go).
type contextKey struct {
	name string
}

func (k *contextKey) String() string { return "chi render context value " + k.name }

// StatusCtxKey is a context key to record a future HTTP response status code.
var StatusCtxKey = &contextKey{"Status"}

// ContentTypeCtxKey is a context key to record the response content type (content_type.go).
var ContentTypeCtxKey = &contextKey{"ContentType"}

// Respond is a package-level variable set to our default Responder.
var Respond = DefaultResponder

// Decode is a package-level variable set to our default Decoder (decoder.go).
var Decode = DefaultDecoder

// Renderer interface for managing response payloads (render.go).
type Renderer interface {
	Render(w http.ResponseWriter, r *http.Request) error
}

// Binder interface for managing request payloads.
type Binder interface {
	Bind(r *http.Request) error
}

func Bind(r *http.Request, v Binder) error { return nil }

func Render(w http.ResponseWriter, r *http.Request, v Renderer) error { return nil }

func RenderList(w http.ResponseWriter, r *http.Request, l []Renderer) error { return nil }

// Status sets a HTTP response status code hint into request context at any point
// during the request life-cycle.
func Status(r *http.Request, status int) {}

func DefaultResponder(w http.ResponseWriter, r *http.Request, v interface{}) {}

func PlainText(w http.ResponseWriter, r *http.Request, v string) {}

func Data(w http.ResponseWriter, r *http.Request, v []byte) {}

func HTML(w http.ResponseWriter, r *http.Request, v string) {}

func JSON(w http.ResponseWriter, r *http.Request, v interface{}) {}

func XML(w http.ResponseWriter, r *http.Request, v interface{}) {}

func NoContent(w http.ResponseWriter, r *http.Request) {}

func DefaultDecoder(r *http.Request, v interface{}) error { return nil }

func DecodeJSON(r io.Reader, v interface{}) error { return nil }

func DecodeXML(r io.Reader, v interface{}) error { return nil }

func DecodeForm(r io.Reader, v interface{}) error { return nil }

// ContentType is an enumeration of common HTTP content types (content_type.go).
type ContentType int

// ContentTypes handled by this package.
const (
	ContentTypeUnknown ContentType = iota
	ContentTypePlainText
	ContentTypeHTML
	ContentTypeJSON
	ContentTypeXML
	ContentTypeForm
	ContentTypeEventStream
)

func GetContentType(s string) ContentType { return ContentTypeUnknown }

func SetContentType(contentType ContentType) func(next http.Handler) http.Handler { return nil }

func GetRequestContentType(r *http.Request) ContentType { return ContentTypeUnknown }

func GetAcceptedContentType(r *http.Request) ContentType { return ContentTypeUnknown }
