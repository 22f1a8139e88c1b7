// Package render is a test stub of github.com/gin-gonic/gin@v1.12.0 (package
// github.com/gin-gonic/gin/render). It declares only the API that protolint
// resolves; bodies are dummies.
package render

import "net/http"

// Render interface is to be implemented by JSON, XML, HTML, YAML and so on.
type Render interface {
	// Render writes data with custom ContentType.
	Render(http.ResponseWriter) error
	// WriteContentType writes custom ContentType.
	WriteContentType(w http.ResponseWriter)
}

// JSON contains the given interface object.
type JSON struct {
	Data any
}

func (r JSON) Render(w http.ResponseWriter) error { return nil }

func (r JSON) WriteContentType(w http.ResponseWriter) {}

// String contains the given interface object slice and its format.
type String struct {
	Format string
	Data   []any
}

func (r String) Render(w http.ResponseWriter) error { return nil }

func (r String) WriteContentType(w http.ResponseWriter) {}

// Data contains ContentType and bytes data.
type Data struct {
	ContentType string
	Data        []byte
}

func (r Data) Render(w http.ResponseWriter) (err error) { return nil }

func (r Data) WriteContentType(w http.ResponseWriter) {}

// Redirect contains the http request reference and redirects status code and location.
type Redirect struct {
	Code     int
	Request  *http.Request
	Location string
}

func (r Redirect) Render(w http.ResponseWriter) error { return nil }

func (r Redirect) WriteContentType(http.ResponseWriter) {}
