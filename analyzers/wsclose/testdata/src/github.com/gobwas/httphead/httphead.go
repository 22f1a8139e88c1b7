// Package httphead is a test stub of github.com/gobwas/httphead@v0.1.0. It
// declares only the API that protolint resolves; bodies are dummies.
//
// It exists because github.com/gobwas/ws uses httphead.Option in exported
// struct fields and signatures; only Option and Parameters are declared.
package httphead

// Option represents a header option.
type Option struct {
	Name       []byte
	Parameters Parameters
}

// Size returns number of bytes need to be allocated for use in opt.Copy.
func (opt Option) Size() int { return 0 }

// Copy copies all underlying []byte slices into p and returns new Option.
// Note that p must be at least of opt.Size() length.
func (opt Option) Copy(p []byte) Option { return Option{} }

// Clone is a shorthand for making slice of opt.Size() sequenced with Copy()
// call.
func (opt Option) Clone() Option { return Option{} }

// String represents option as a string.
func (opt Option) String() string { return "" }

// NewOption creates named option with given parameters.
func NewOption(name string, params map[string]string) Option { return Option{} }

// Equal reports whether option is equal to b.
func (opt Option) Equal(b Option) bool { return false }

// Parameters represents option's parameters.
type Parameters struct {
	pos   int
	bytes int
	arr   [8]pair
	dyn   []pair
}

type pair struct {
	key, value []byte
}

// Equal reports whether a equal to b.
func (p Parameters) Equal(b Parameters) bool { return false }

// Size returns number of bytes that needed to copy p.
func (p *Parameters) Size() int { return 0 }

// Copy copies all underlying []byte slices into dst and returns new
// Parameters.
// Note that dst must be at least of p.Size() length.
func (p *Parameters) Copy(dst []byte) (Parameters, []byte) { return Parameters{}, nil }

// Get returns value by key and flag about existence such value.
func (p *Parameters) Get(key string) (value []byte, ok bool) { return }

// Set sets value by key.
func (p *Parameters) Set(key, value []byte) {}

// ForEach iterates over parameters key-value pairs and calls cb for each one.
func (p *Parameters) ForEach(cb func(k, v []byte) bool) {}

// String represents parameters as a string.
func (p *Parameters) String() (ret string) { return }
