package httpapi

import (
	"go/types"

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

// LookupStatus returns the row for fn, if fn is one of StatusAPIs. It does not cover
// implementations of http.ResponseWriter; see Index.
func LookupStatus(fn *types.Func) *StatusAPI {
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

// UsesAny reports whether pkg imports, directly or indirectly, a package of one of
// Libs: if not, no status API can be called from it.
func UsesAny(pkg *types.Package) bool {
	found := false
	match.WalkImports(pkg, func(p *types.Package) bool {
		found = IsLibPath(match.Unvendor(p.Path()))
		return !found
	})
	return found
}

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
