package cors

import (
	"go/ast"
	"go/token"
	"go/types"
	"slices"

	"golang.org/x/tools/go/ast/inspector"

	"github.com/protolint/protolint/internal/callsite"
	"github.com/protolint/protolint/internal/match"
)

// A Config is one CORS configuration found in the source, with what is statically
// known of its settings.
type Config struct {
	Lib  *Lib
	Node ast.Node // the literal, constructor or option call that builds it

	Origins     Values
	AllowAll    Tri
	AllowAllAt  ast.Node
	OriginFuncs []ast.Expr // the callbacks set, as written (func literal or name)
	Credentials Tri
	CredsAt     ast.Node // the setting that allows credentials, if any
	Methods     Values
	Headers     Values
	Exposed     Values
	Unsafe      Tri // echo v4 UnsafeWildcardOriginWithAllowCredentials
	UnsafeAt    ast.Node
	Wildcards   Tri // gin-contrib AllowWildcard
	// Preset: the configuration is a library preset that allows every origin.
	Preset bool
}

// AllowsEveryOrigin reports whether the configuration lets every origin through by
// its list ("*"), by AllowAllOrigins, by a preset, or by the library's default for an
// empty list; and the node to report.
func (c *Config) AllowsEveryOrigin() (ast.Node, bool) {
	if c.ListIgnored() {
		return nil, false
	}
	if c.Preset {
		return c.Node, true
	}
	if c.AllowAll == True {
		return c.AllowAllAt, true
	}
	if v, ok := c.Origins.Has("*"); ok {
		return v.Node, true
	}
	if c.Lib.EmptyIsAll && c.Origins.Empty() && len(c.OriginFuncs) == 0 && c.AllowAll != Unknown {
		return c.Node, true
	}
	return nil, false
}

// ListIgnored reports whether the library ignores the origin list because an
// origin callback is set.
func (c *Config) ListIgnored() bool {
	return c.Lib.FuncOverridesList && len(c.OriginFuncs) > 0
}

// libPaths are the import paths of Libs.
var libPaths = func() []string {
	var paths []string
	for _, l := range Libs {
		paths = append(paths, l.Paths...)
	}
	return paths
}()

// Reachable reports whether the package of x imports, directly or indirectly, one
// of the CORS libraries: otherwise it cannot build a library configuration.
func Reachable(x *callsite.Index) bool { return x.ImportsAny(libPaths...) }

// A Finder finds the CORS configurations of one pass.
type Finder struct {
	info   *types.Info
	in     *inspector.Inspector
	res    match.Calls
	evalFn *evaluator // built on first use
}

// NewFinder returns a Finder for the syntax of a pass, which in traverses.
func NewFinder(info *types.Info, in *inspector.Inspector, res match.Calls) *Finder {
	return &Finder{info: info, in: in, res: res}
}

func (f *Finder) eval() *evaluator {
	if f.evalFn == nil {
		f.evalFn = newEvaluator(f.info, f.in)
	}
	return f.evalFn
}

func inLib(obj types.Object, lib *Lib) bool {
	return slices.Contains(lib.Paths, match.PkgPath(obj))
}

// libOfType returns the library whose configuration struct t is.
func libOfType(t types.Type) *Lib {
	for _, f := range Fields {
		for _, p := range f.Lib.Paths {
			if match.Type(t, p, f.Type) {
				return f.Lib
			}
		}
	}
	return nil
}

// Find returns the configurations built in the pass: configuration struct literals
// (with the field assignments and Add* calls made later on the variable that holds
// them), gin-contrib's DefaultConfig() held in a variable, gorilla/handlers CORS
// calls, and the presets.
func (f *Finder) Find() []*Config {
	var configs []*Config
	for cur := range f.in.Root().Preorder((*ast.CompositeLit)(nil), (*ast.CallExpr)(nil)) {
		switch n := cur.Node().(type) {
		case *ast.CompositeLit:
			if lib := libOfType(f.info.TypeOf(n)); lib != nil {
				cfg := &Config{Lib: lib, Node: n, AllowAll: False, Credentials: False, Unsafe: False, Wildcards: False}
				f.readLiteral(cfg, n)
				configs = append(configs, cfg)
			}
		case *ast.CallExpr:
			if cfg := f.fromCall(n); cfg != nil {
				configs = append(configs, cfg)
			}
		}
	}
	return append(configs, f.applyAssignments(configs)...)
}

// readLiteral reads the fields of a configuration literal.
func (f *Finder) readLiteral(cfg *Config, lit *ast.CompositeLit) {
	for _, elt := range lit.Elts {
		kv, ok := elt.(*ast.KeyValueExpr)
		if !ok {
			continue
		}
		id, ok := kv.Key.(*ast.Ident)
		if !ok {
			continue
		}
		field, ok := f.info.Uses[id].(*types.Var)
		if !ok || !field.IsField() {
			continue
		}
		f.set(cfg, field.Name(), kv, kv.Value)
	}
}

// set records the value of the field named name.
func (f *Finder) set(cfg *Config, name string, at ast.Node, val ast.Expr) {
	for _, fd := range Fields {
		if fd.Lib != cfg.Lib || fd.Name != name {
			continue
		}
		f.setRole(cfg, fd.Role, at, val, false)
	}
}

func (f *Finder) setRole(cfg *Config, role Role, at ast.Node, val ast.Expr, add bool) {
	list := func(dst *Values) {
		v := f.eval().strings(val, cfg.Lib.CommaList && !add)
		if add {
			dst.Known = append(dst.Known, v.Known...)
			dst.Unknown = dst.Unknown || v.Unknown
			dst.Set = true
			return
		}
		*dst = v
	}
	switch role {
	case Origins:
		list(&cfg.Origins)
	case Methods:
		list(&cfg.Methods)
	case Headers:
		list(&cfg.Headers)
	case Exposed:
		list(&cfg.Exposed)
	case OriginFunc:
		if !f.info.Types[val].IsNil() {
			cfg.OriginFuncs = append(cfg.OriginFuncs, val)
		}
	case AllowAll:
		cfg.AllowAll, cfg.AllowAllAt = f.eval().bool(val), at
	case Credentials:
		cfg.Credentials = f.eval().bool(val)
		if cfg.Credentials != False {
			cfg.CredsAt = at
		}
	case UnsafeWildcard:
		cfg.Unsafe, cfg.UnsafeAt = f.eval().bool(val), at
	case Wildcards:
		cfg.Wildcards = f.eval().bool(val)
	}
}

// fromCall builds the configuration of a constructor call that does not take a
// configuration literal: gorilla/handlers CORS(options...), presets, fiber's
// cors.New() with no configuration, echo v5's CORS(origins...).
func (f *Finder) fromCall(call *ast.CallExpr) *Config {
	c, ok := f.res.Resolve(call)
	if !ok {
		return nil
	}
	fn := c.Fn
	if fn.Signature().Recv() != nil {
		return nil
	}
	base := func(lib *Lib) *Config {
		return &Config{Lib: lib, Node: call, AllowAll: False, Credentials: False, Unsafe: False, Wildcards: False}
	}
	switch {
	case fn.Name() == "CORS" && inLib(fn, GorillaCors):
		cfg := base(GorillaCors)
		opts := call.Args
		if call.Ellipsis.IsValid() && len(opts) > 0 {
			// handlers.CORS(opts...): the options of a slice built in the source.
			elts, ok := f.eval().elems(opts[len(opts)-1])
			if !ok {
				cfg.Origins.Unknown, cfg.Credentials = true, Unknown
				return cfg
			}
			opts = append(opts[:len(opts)-1:len(opts)-1], elts...)
		}
		for _, a := range opts {
			f.applyOption(cfg, a)
		}
		return cfg
	case fn.Name() == "New" && len(call.Args) == 0 && (inLib(fn, FiberCors) || inLib(fn, Fiber3Cors)):
		lib := FiberCors
		if inLib(fn, Fiber3Cors) {
			lib = Fiber3Cors
		}
		cfg := base(lib)
		cfg.Preset = true
		return cfg
	case fn.Name() == "CORS" && inLib(fn, Echo5Cors):
		cfg := base(Echo5Cors)
		cfg.Origins = Values{Set: true}
		for _, a := range call.Args {
			v := f.eval().strings(a, false)
			cfg.Origins.Known = append(cfg.Origins.Known, v.Known...)
			cfg.Origins.Unknown = cfg.Origins.Unknown || v.Unknown
		}
		return cfg
	}
	for _, p := range Presets {
		if p.Name == fn.Name() && inLib(fn, p.Lib) && !p.Config {
			cfg := base(p.Lib)
			cfg.Preset = p.AllOrigins
			return cfg
		}
	}
	return nil
}

// applyOption applies one gorilla/handlers option argument.
func (f *Finder) applyOption(cfg *Config, arg ast.Expr) {
	call, ok := ast.Unparen(arg).(*ast.CallExpr)
	if !ok {
		cfg.Origins.Unknown, cfg.Credentials = true, Unknown
		return
	}
	c, ok := f.res.Resolve(call)
	if !ok {
		cfg.Origins.Unknown, cfg.Credentials = true, Unknown
		return
	}
	for _, o := range Options {
		if o.Lib != cfg.Lib || o.Name != c.Fn.Name() || !inLib(c.Fn, o.Lib) {
			continue
		}
		if o.Arg < 0 {
			cfg.Credentials, cfg.CredsAt = True, call
			return
		}
		if a := c.Arg(o.Arg); a != nil {
			f.setRole(cfg, o.Role, call, a, false)
		}
		return
	}
}

// applyAssignments applies the field assignments (cfg.AllowCredentials = true) and
// Add* calls made on a variable that holds a configuration literal or gin-contrib's
// DefaultConfig(). It returns the configurations that DefaultConfig() calls start.
func (f *Finder) applyAssignments(configs []*Config) []*Config {
	var started []*Config
	byLit := make(map[ast.Node]*Config)
	for _, c := range configs {
		byLit[c.Node] = c
	}
	held := make(map[*types.Var]*Config)
	for cur := range f.in.Root().Preorder((*ast.AssignStmt)(nil), (*ast.ValueSpec)(nil)) {
		lhs, rhs := match.Sides(cur.Node())
		if len(lhs) != len(rhs) {
			continue
		}
		for i, r := range rhs {
			id, ok := ast.Unparen(lhs[i]).(*ast.Ident)
			if !ok {
				continue
			}
			v, ok := f.info.ObjectOf(id).(*types.Var)
			if !ok {
				continue
			}
			r = ast.Unparen(r)
			if u, ok := r.(*ast.UnaryExpr); ok && u.Op == token.AND {
				r = ast.Unparen(u.X)
			}
			if c := byLit[r]; c != nil {
				held[v] = c
			} else if call, ok := r.(*ast.CallExpr); ok {
				if c := f.defaultConfig(call); c != nil {
					held[v] = c
					byLit[call] = c
					started = append(started, c)
				}
			}
		}
	}
	if len(held) == 0 {
		return started
	}
	for cur := range f.in.Root().Preorder((*ast.AssignStmt)(nil), (*ast.CallExpr)(nil)) {
		switch n := cur.Node().(type) {
		case *ast.AssignStmt:
			if len(n.Lhs) != len(n.Rhs) {
				continue
			}
			for i, l := range n.Lhs {
				sel, ok := ast.Unparen(l).(*ast.SelectorExpr)
				if !ok {
					continue
				}
				if c := f.heldBy(held, sel.X); c != nil {
					f.set(c, sel.Sel.Name, n, n.Rhs[i])
				}
			}
		case *ast.CallExpr:
			c, ok := f.res.Resolve(n)
			if !ok || c.Recv == nil {
				continue
			}
			cfg := f.heldBy(held, c.Recv)
			if cfg == nil {
				continue
			}
			for _, o := range Options {
				if o.Lib == cfg.Lib && o.Recv != "" && o.Name == c.Fn.Name() && inLib(c.Fn, o.Lib) {
					for _, a := range c.Args {
						f.setRole(cfg, o.Role, n, a, true)
					}
				}
			}
		}
	}
	return started
}

func (f *Finder) heldBy(held map[*types.Var]*Config, x ast.Expr) *Config {
	id, ok := ast.Unparen(x).(*ast.Ident)
	if !ok {
		return nil
	}
	v, ok := f.info.Uses[id].(*types.Var)
	if !ok {
		return nil
	}
	return held[v]
}

// defaultConfig returns the configuration of a call to gin-contrib's DefaultConfig.
func (f *Finder) defaultConfig(call *ast.CallExpr) *Config {
	c, ok := f.res.Resolve(call)
	if !ok {
		return nil
	}
	for _, p := range Presets {
		if p.Config && p.Name == c.Fn.Name() && inLib(c.Fn, p.Lib) {
			return &Config{Lib: p.Lib, Node: call, AllowAll: False, Credentials: False, Unsafe: False, Wildcards: False,
				Origins: Values{}, Methods: Values{Set: true}, Headers: Values{Set: true}}
		}
	}
	return nil
}
