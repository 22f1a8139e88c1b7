package httpstatus

import (
	"fmt"
	"go/ast"
	"go/types"

	"golang.org/x/tools/go/analysis"

	"github.com/protolint/protolint/internal/httpapi"
	"github.com/protolint/protolint/internal/wrapper"
)

// statusParam is an object fact on a function or method whose integer parameter
// Code reaches a status sink unchanged, which makes the function a status sink too.
// Msg and Body are the indexes of parameters that reach the sink's message and body
// arguments unchanged, or -1. Kind is the httpapi.Kind of the sinks reached (Write
// when they differ), and Via the ID of the httpapi row the code reaches.
type statusParam struct {
	Code, Msg, Body int
	Kind            int
	Engine          int
	Via             string
}

func (*statusParam) AFact() {}

// wrapperPackage is a package fact: the package declares Funcs functions with a
// statusParam fact.
type wrapperPackage struct{ Funcs int }

func (*wrapperPackage) AFact() {}

func (f *wrapperPackage) String() string { return fmt.Sprintf("wrapperPackage(%d)", f.Funcs) }

func (f *statusParam) String() string {
	return fmt.Sprintf("statusParam(code=%d msg=%d body=%d kind=%d via=%s)", f.Code, f.Msg, f.Body, f.Kind, f.Via)
}

func (c *checker) sinkOfFact(fn *types.Func, f *statusParam) sink {
	sk := sink{
		fn: fn, kind: httpapi.Kind(f.Kind), engine: httpapi.Engine(f.Engine),
		code: f.Code, msg: f.Msg, body: f.Body,
		via: httpapi.LookupID(f.Via),
	}
	if sk.via != nil {
		sk.wrapped = apiName(sk.via)
	}
	return sk
}

// apiName names a table row in messages: http.Error, gin.Context.Redirect.
func apiName(a *httpapi.StatusAPI) string {
	if a.Recv == "" {
		return a.Lib.Name + "." + a.Name
	}
	return a.Lib.Name + "." + a.Recv + "." + a.Name
}

// findWrappers exports a statusParam fact for each function declared in this package
// whose integer parameter reaches a status sink unchanged. It iterates to a fixed
// point, so that wrappers of wrappers in the same package are found too.
//
// A parameter qualifies only if it is never assigned and every use of it is a call
// argument: a function that compares or adjusts the code (if code == 0 { ... }) may
// never pass the caller's value through, so it is not treated as a sink.
func (c *checker) findWrappers(sites []*site) {
	n := wrapper.Export(c.pass, sites, func(_ *ast.FuncDecl, sites []*site) analysis.Fact {
		if f := c.wrapperFact(sites); f != nil {
			return f
		}
		return nil
	})
	if n > 0 {
		c.pass.ExportPackageFact(&wrapperPackage{Funcs: n})
	}
}

// wrapperFact returns the fact for the function declaration enclosing sites if one
// of its parameters reaches a sink.
func (c *checker) wrapperFact(sites []*site) *statusParam {
	fdCur := sites[0].Fn
	fd := fdCur.Node().(*ast.FuncDecl)
	params := wrapper.Params(c.pass.TypesInfo, fd)
	if len(params) == 0 {
		return nil
	}
	var fact *statusParam
	var codeParam *types.Var
	for _, s := range sites {
		sk, ok := c.sinkOf(s.Call)
		if !ok || sk.kind == httpapi.Body {
			continue
		}
		p, idx := wrapper.ParamArg(c.pass.TypesInfo, params, s.Call.Arg(sk.code))
		if p == nil || !wrapper.IsInteger(p.Type()) || (codeParam != nil && p != codeParam) {
			continue
		}
		if fact == nil {
			codeParam = p
			fact = &statusParam{Code: idx, Msg: -1, Body: -1, Kind: int(sk.kind), Engine: int(sk.engine)}
			if sk.via != nil {
				fact.Via = sk.via.ID()
			}
		} else if httpapi.Kind(fact.Kind) != sk.kind {
			fact.Kind = int(httpapi.Write)
		}
		if mp, mi := wrapper.ParamArg(c.pass.TypesInfo, params, s.Call.Arg(sk.msg)); mp != nil && sk.msg >= 0 {
			fact.Msg = mi
		}
		if bp, bi := wrapper.ParamArg(c.pass.TypesInfo, params, s.Call.Arg(sk.body)); bp != nil && sk.body >= 0 {
			fact.Body = bi
		}
	}
	if fact == nil || !wrapper.OnlyPassedOn(c.pass.TypesInfo, fdCur, codeParam) {
		return nil
	}
	if fact.Body < 0 {
		// The last parameter written to the response body: json.NewEncoder(w).Encode(v).
		for _, s := range sites {
			if w, ok := c.bodyWrite(s); ok && len(w.bodies) > 0 {
				if p, i := wrapper.ParamArg(c.pass.TypesInfo, params, w.bodies[0]); p != nil {
					fact.Body = i
				}
			}
		}
	}
	return fact
}
