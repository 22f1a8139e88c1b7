package cors

import (
	"go/ast"
	"go/constant"
	"go/token"
	"go/types"
	"strings"

	"golang.org/x/tools/go/ast/inspector"

	"github.com/protolint/protolint/internal/constval"
)

// A Value is one statically known string of a list, with the expression it came
// from (for positions).
type Value struct {
	Text string
	Node ast.Expr
}

// Values is a list setting as far as it is statically known.
type Values struct {
	Set     bool    // the setting is present
	Known   []Value // the elements whose value is known
	Unknown bool    // some elements (or the whole list) are not statically known
}

// Has reports whether the list contains s (case-insensitively), and returns it.
func (v Values) Has(s string) (Value, bool) {
	for _, k := range v.Known {
		if strings.EqualFold(k.Text, s) {
			return k, true
		}
	}
	return Value{}, false
}

// Empty reports whether the list is statically known to be empty.
func (v Values) Empty() bool { return len(v.Known) == 0 && !v.Unknown }

// A Tri is a statically known bool, or Unknown.
type Tri int

const (
	Unknown Tri = iota
	False
	True
)

// An evaluator follows values that are statically known: constants, composite
// literals, variables initialised from them and extended with append. Anything
// read at run time (os.Getenv, flags, a function's result) is unknown.
type evaluator struct {
	info    *types.Info
	assigns map[*types.Var][]ast.Expr // every value assigned to a variable, nil for an unknown one
	tainted map[*types.Var]bool       // address taken, or changed in ways not tracked
}

func newEvaluator(info *types.Info, in *inspector.Inspector) *evaluator {
	e := &evaluator{info: info, assigns: make(map[*types.Var][]ast.Expr), tainted: make(map[*types.Var]bool)}
	note := func(id *ast.Ident, val ast.Expr) {
		v, ok := info.ObjectOf(id).(*types.Var)
		if !ok {
			return
		}
		if val == nil {
			e.tainted[v] = true
			return
		}
		e.assigns[v] = append(e.assigns[v], val)
	}
	for cur := range in.Root().Preorder((*ast.AssignStmt)(nil), (*ast.ValueSpec)(nil), (*ast.UnaryExpr)(nil), (*ast.IncDecStmt)(nil), (*ast.RangeStmt)(nil)) {
		switch n := cur.Node().(type) {
		case *ast.AssignStmt:
			for i, l := range n.Lhs {
				id, ok := ast.Unparen(l).(*ast.Ident)
				if !ok {
					continue
				}
				if len(n.Lhs) == len(n.Rhs) && (n.Tok == token.ASSIGN || n.Tok == token.DEFINE) {
					note(id, n.Rhs[i])
				} else {
					note(id, nil)
				}
			}
		case *ast.ValueSpec:
			for i, id := range n.Names {
				if len(n.Names) == len(n.Values) {
					note(id, n.Values[i])
				} else if len(n.Values) > 0 {
					note(id, nil)
				}
			}
		case *ast.UnaryExpr:
			if id, ok := ast.Unparen(n.X).(*ast.Ident); ok && n.Op == token.AND {
				note(id, nil)
			}
		case *ast.IncDecStmt:
			if id, ok := ast.Unparen(n.X).(*ast.Ident); ok {
				note(id, nil)
			}
		case *ast.RangeStmt:
			for _, x := range []ast.Expr{n.Key, n.Value} {
				if id, ok := x.(*ast.Ident); ok {
					note(id, nil)
				}
			}
		}
	}
	return e
}

// strings evaluates a list setting: a []string expression, or (comma) a
// comma-separated string.
func (e *evaluator) strings(x ast.Expr, comma bool) Values {
	vs := Values{Set: true}
	e.addStrings(&vs, x, comma, map[*types.Var]bool{})
	return vs
}

func (e *evaluator) addStrings(vs *Values, x ast.Expr, comma bool, seen map[*types.Var]bool) {
	x = ast.Unparen(x)
	if s, ok := constval.String(e.info, x); ok {
		if !comma {
			vs.Known = append(vs.Known, Value{s, x})
			return
		}
		for part := range strings.SplitSeq(s, ",") {
			if part = strings.TrimSpace(part); part != "" {
				vs.Known = append(vs.Known, Value{part, x})
			}
		}
		return
	}
	if e.info.Types[x].IsNil() {
		return
	}
	switch x := x.(type) {
	case *ast.CompositeLit:
		for _, elt := range x.Elts {
			if kv, ok := elt.(*ast.KeyValueExpr); ok {
				elt = kv.Value
			}
			if s, ok := constval.String(e.info, elt); ok {
				vs.Known = append(vs.Known, Value{s, elt})
			} else {
				vs.Unknown = true
			}
		}
		return
	case *ast.CallExpr:
		if id, ok := ast.Unparen(x.Fun).(*ast.Ident); ok && len(x.Args) > 0 {
			if b, ok := e.info.Uses[id].(*types.Builtin); ok && b.Name() == "append" {
				e.addStrings(vs, x.Args[0], comma, seen)
				for _, a := range x.Args[1:] {
					if x.Ellipsis.IsValid() {
						e.addStrings(vs, a, comma, seen)
					} else if s, ok := constval.String(e.info, a); ok {
						vs.Known = append(vs.Known, Value{s, a})
					} else {
						vs.Unknown = true
					}
				}
				return
			}
		}
	case *ast.Ident:
		if v, ok := e.info.Uses[x].(*types.Var); ok {
			if seen[v] {
				return // v = append(v, ...): v's other values are added by the caller
			}
			vals, known := e.assigns[v]
			if !known || e.tainted[v] || v.IsField() {
				vs.Unknown = true
				return
			}
			seen[v] = true
			for _, val := range vals {
				e.addStrings(vs, val, comma, seen)
			}
			return
		}
	}
	vs.Unknown = true
}

// bool evaluates a bool setting.
// elems returns the elements of a slice that is statically known: a composite
// literal, append of known elements, or a variable only ever assigned such values
// (all of them: handlers.CORS(opts...) sees every option appended anywhere). ok is
// false when any part is not known.
func (e *evaluator) elems(x ast.Expr) (elts []ast.Expr, ok bool) {
	return e.addElems(nil, x, map[*types.Var]bool{})
}

func (e *evaluator) addElems(elts []ast.Expr, x ast.Expr, seen map[*types.Var]bool) ([]ast.Expr, bool) {
	x = ast.Unparen(x)
	if e.info.Types[x].IsNil() {
		return elts, true
	}
	switch x := x.(type) {
	case *ast.CompositeLit:
		for _, elt := range x.Elts {
			if kv, ok := elt.(*ast.KeyValueExpr); ok {
				elt = kv.Value
			}
			elts = append(elts, elt)
		}
		return elts, true
	case *ast.CallExpr:
		if id, ok := ast.Unparen(x.Fun).(*ast.Ident); ok && len(x.Args) > 0 {
			if b, ok := e.info.Uses[id].(*types.Builtin); ok && b.Name() == "append" {
				elts, ok := e.addElems(elts, x.Args[0], seen)
				if !ok {
					return nil, false
				}
				if x.Ellipsis.IsValid() {
					return e.addElems(elts, x.Args[len(x.Args)-1], seen)
				}
				return append(elts, x.Args[1:]...), true
			}
		}
	case *ast.Ident:
		if v, ok := e.info.Uses[x].(*types.Var); ok {
			if seen[v] {
				return elts, true // v = append(v, ...): v's other values are added by the caller
			}
			vals, known := e.assigns[v]
			if !known || e.tainted[v] || v.IsField() {
				return nil, false
			}
			seen[v] = true
			for _, val := range vals {
				if elts, ok = e.addElems(elts, val, seen); !ok {
					return nil, false
				}
			}
			return elts, true
		}
	}
	return nil, false
}

func (e *evaluator) bool(x ast.Expr) Tri {
	return e.boolSeen(x, map[*types.Var]bool{})
}

func (e *evaluator) boolSeen(x ast.Expr, seen map[*types.Var]bool) Tri {
	x = ast.Unparen(x)
	if v := e.info.Types[x].Value; v != nil && v.Kind() == constant.Bool {
		if constant.BoolVal(v) {
			return True
		}
		return False
	}
	id, ok := x.(*ast.Ident)
	if !ok {
		return Unknown
	}
	v, ok := e.info.Uses[id].(*types.Var)
	if !ok || seen[v] || e.tainted[v] || v.IsField() {
		return Unknown
	}
	seen[v] = true
	vals := e.assigns[v]
	if len(vals) == 0 {
		return Unknown
	}
	result := e.boolSeen(vals[0], seen)
	for _, val := range vals[1:] {
		if e.boolSeen(val, seen) != result {
			return Unknown
		}
	}
	return result
}
