// Package nonhttp imports no HTTP library: nothing is reported, even for look-alikes.
package nonhttp

type writer struct{}

func (writer) WriteHeader(code int) {}

func Error(w writer, msg string, code int) {}

func f() {
	writer{}.WriteHeader(42)
	Error(writer{}, "", 200)
}
