package httpapi

import (
	"go/types"

	"github.com/protolint/protolint/internal/match"
)

// A WriterFunc is a standard-library function that writes to the io.Writer passed as
// its argument Writer: given a ResponseWriter, it writes the response body. Body is
// the index of the first argument whose value ends up in the body (the rest follow,
// for variadic functions), or -1 when it is not a value (a reader).
type WriterFunc struct {
	Pkg, Name    string
	Writer, Body int
}

// WriterFuncs lists the functions that write a body to a writer argument (go1.26).
var WriterFuncs = []WriterFunc{
	{"fmt", "Fprint", 0, 1},     // func Fprint(w io.Writer, a ...any) (n int, err error)
	{"fmt", "Fprintf", 0, 2},    // func Fprintf(w io.Writer, format string, a ...any) (n int, err error)
	{"fmt", "Fprintln", 0, 1},   // func Fprintln(w io.Writer, a ...any) (n int, err error)
	{"io", "WriteString", 0, 1}, // func WriteString(w Writer, s string) (n int, err error)
	{"io", "Copy", 0, -1},       // func Copy(dst Writer, src Reader) (written int64, err error)
	{"io", "CopyN", 0, -1},      // func CopyN(dst Writer, src Reader, n int64) (written int64, err error)
	{"io", "CopyBuffer", 0, -1}, // func CopyBuffer(dst Writer, src Reader, buf []byte) (written int64, err error)
}

// An Encoder is a standard-library encoder constructor whose Encode method writes to
// the writer given to the constructor: json.NewEncoder(w).Encode(v).
type Encoder struct {
	Pkg, Ctor, Type, Method string
}

// Encoders lists them (go1.26).
var Encoders = []Encoder{
	{"encoding/json", "NewEncoder", "Encoder", "Encode"}, // func NewEncoder(w io.Writer) *Encoder; func (enc *Encoder) Encode(v any) error
	{"encoding/xml", "NewEncoder", "Encoder", "Encode"},  // func NewEncoder(w io.Writer) *Encoder; func (enc *Encoder) Encode(v any) error
}

// LookupWriterFunc returns the row for fn if fn is one of WriterFuncs.
func LookupWriterFunc(fn *types.Func) *WriterFunc {
	for i, w := range WriterFuncs {
		if match.Func(fn, w.Pkg, w.Name) {
			return &WriterFuncs[i]
		}
	}
	return nil
}

// IsEncode reports whether fn is the Encode method of one of Encoders.
func IsEncode(fn *types.Func) bool {
	for _, e := range Encoders {
		if match.Method(fn, e.Pkg, e.Type, e.Method) {
			return true
		}
	}
	return false
}

// IsEncoderCtor reports whether fn constructs one of Encoders.
func IsEncoderCtor(fn *types.Func) bool {
	for _, e := range Encoders {
		if match.Func(fn, e.Pkg, e.Ctor) {
			return true
		}
	}
	return false
}
