package httpapi

import (
	"go/types"

	"github.com/protolint/protolint/internal/callsite"
	"github.com/protolint/protolint/internal/match"
)

type apiKey struct{ path, recv, name string }

// statusIndex maps (import path, receiver type name, name) to the row; built once from
// the immutable table.
var statusIndex = func() map[apiKey]*StatusAPI {
	m := make(map[apiKey]*StatusAPI)
	for i := range StatusAPIs {
		a := &StatusAPIs[i]
		for _, p := range a.Lib.Paths {
			m[apiKey{p, a.Recv, a.Name}] = a
		}
	}
	return m
}()

// statusNames holds the names of StatusAPIs: most calls are ruled out by their name
// alone, before the package path and receiver are looked up.
var statusNames = func() map[string]bool {
	m := make(map[string]bool)
	for _, a := range StatusAPIs {
		m[a.Name] = true
	}
	return m
}()

// LookupStatus returns the row for fn, if fn is one of StatusAPIs. It does not cover
// implementations of http.ResponseWriter; see Index.
func LookupStatus(fn *types.Func) *StatusAPI {
	if !statusNames[fn.Name()] {
		return nil
	}
	path := match.PkgPath(fn)
	if path == "" {
		return nil
	}
	return statusIndex[apiKey{path, match.RecvName(fn), fn.Name()}]
}

// IsLibPath reports whether path (unvendored) belongs to one of Libs.
func IsLibPath(path string) bool {
	for _, l := range Libs {
		for _, p := range l.Paths {
			if p == path {
				return true
			}
		}
	}
	return false
}

// libPaths are the import paths of Libs.
var libPaths = func() []string {
	var paths []string
	for _, l := range Libs {
		paths = append(paths, l.Paths...)
	}
	return paths
}()

// UsesAny reports whether the package of x imports, directly or indirectly, a
// package of one of Libs: if not, no status API can be called from it.
func UsesAny(x *callsite.Index) bool { return x.ImportsAny(libPaths...) }

// ID returns a stable identifier of the row, for facts: "net/http.Error",
// "github.com/gin-gonic/gin.Context.Redirect".
func (a *StatusAPI) ID() string {
	if a.Recv == "" {
		return a.Lib.Paths[0] + "." + a.Name
	}
	return a.Lib.Paths[0] + "." + a.Recv + "." + a.Name
}

// LookupID returns the row whose ID is id, or nil.
func LookupID(id string) *StatusAPI {
	for i := range StatusAPIs {
		if StatusAPIs[i].ID() == id {
			return &StatusAPIs[i]
		}
	}
	return nil
}

// WriteHeader is the row of (net/http.ResponseWriter).WriteHeader, which also stands
// for the WriteHeader method of every type that implements http.ResponseWriter.
var WriteHeader = LookupID("net/http.ResponseWriter.WriteHeader")
