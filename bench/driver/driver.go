// Package driver runs go/analysis analyzers on type-checked packages in
// process, without a build system: the plumbing of protolint's fuzz tests
// (analyzers/*/fuzz_test.go) and synthetic benchmarks (bench).
//
// Load type-checks packages with go/packages, once; Check type-checks one more
// package, such as a fuzzer's mutated source, against them; Run runs an analyzer
// and its requirements on one package. Facts are kept in memory, keyed by object
// or package: Precompute fills them for the loaded dependencies, so that an
// analyzer sees the wrapper facts of the packages its input imports, as under a
// real driver. Unlike the real drivers, Run recovers a panic in an analyzer and
// returns it, with its stack, as an error, and it checks every diagnostic and
// suggested fix for positions outside the package's files.
package driver

import (
	"fmt"
	"go/ast"
	"go/parser"
	"go/token"
	"go/types"
	"reflect"
	"runtime/debug"
	"slices"
	"strings"
	"sync"

	"golang.org/x/tools/go/analysis"
	"golang.org/x/tools/go/packages"
)

// Package is one type-checked, well-typed package.
type Package struct {
	Fset  *token.FileSet
	Files []*ast.File
	Types *types.Package
	Info  *types.Info
	Sizes types.Sizes
}

// Universe is a set of loaded packages: the dependencies of the packages that
// Check type-checks, with their facts.
type Universe struct {
	Fset     *token.FileSet
	Packages map[string]*packages.Package // by package path
	Facts    *Facts
}

// Load loads patterns in dir with the given environment (nil: the current
// one), and fails if any package has errors. The packages that patterns match
// are type-checked from source; the rest of their dependencies (in practice the
// standard library) come from export data, which is much faster and is all that
// protolint needs of them. The result has no facts yet: see Precompute.
func Load(dir string, env []string, patterns ...string) (*Universe, []*packages.Package, error) {
	cfg := &packages.Config{
		Mode: packages.NeedName | packages.NeedFiles | packages.NeedImports |
			packages.NeedTypes | packages.NeedSyntax | packages.NeedTypesInfo | packages.NeedTypesSizes |
			packages.NeedModule,
		Dir:  dir,
		Env:  env,
		Fset: token.NewFileSet(),
	}
	roots, err := packages.Load(cfg, patterns...)
	if err != nil {
		return nil, nil, err
	}
	u := &Universe{Fset: cfg.Fset, Packages: make(map[string]*packages.Package), Facts: NewFacts(nil)}
	var errs []string
	packages.Visit(roots, nil, func(p *packages.Package) {
		u.Packages[p.PkgPath] = p
		for _, e := range p.Errors {
			errs = append(errs, e.Error())
		}
	})
	if len(errs) > 0 {
		return nil, nil, fmt.Errorf("loading %s: %s", strings.Join(patterns, " "), strings.Join(errs, "\n"))
	}
	return u, roots, nil
}

// Precompute runs the analyzers that have facts on every package loaded from
// source but those in except, dependencies first, and keeps their facts. Like
// nogo, protolint needs no facts about the packages loaded from export data (the
// standard library). A package under test goes in except: its facts are the
// analyzer's to compute when it runs on it.
func (u *Universe) Precompute(analyzers []*analysis.Analyzer, except ...string) error {
	var all []*packages.Package
	for _, p := range u.Packages {
		all = append(all, p)
	}
	slices.SortFunc(all, func(a, b *packages.Package) int { return strings.Compare(a.PkgPath, b.PkgPath) })
	done := make(map[*packages.Package]bool)
	var visit func(p *packages.Package) error
	visit = func(p *packages.Package) error {
		if done[p] {
			return nil
		}
		done[p] = true
		for _, path := range slices.Sorted(mapKeys(p.Imports)) {
			if err := visit(p.Imports[path]); err != nil {
				return err
			}
		}
		if p.Syntax == nil || slices.Contains(except, p.PkgPath) {
			return nil
		}
		for _, a := range analyzers {
			if len(a.FactTypes) == 0 {
				continue
			}
			if _, err := Run(a, FromPackages(p), u.Facts); err != nil {
				return fmt.Errorf("%s on %s: %w", a.Name, p.PkgPath, err)
			}
		}
		return nil
	}
	for _, p := range all {
		if err := visit(p); err != nil {
			return err
		}
	}
	return nil
}

func mapKeys[V any](m map[string]V) func(func(string) bool) {
	return func(yield func(string) bool) {
		for k := range m {
			if !yield(k) {
				return
			}
		}
	}
}

// FromPackages adapts a loaded package.
func FromPackages(p *packages.Package) *Package {
	return &Package{Fset: p.Fset, Files: p.Syntax, Types: p.Types, Info: p.TypesInfo, Sizes: p.TypesSizes}
}

// Check parses the named sources as one package with import path path and
// type-checks it against the universe's packages. It returns an error if the
// sources do not parse or type-check: such inputs are not analyzed (protolint's
// analyzers do not run despite errors). Each call gets a file set of its own,
// holding the universe's files and the new ones, so that positions of imported
// objects resolve as under a real driver, while the new files do not accumulate
// from call to call.
func (u *Universe) Check(path string, sources map[string][]byte) (*Package, error) {
	fset := token.NewFileSet()
	var existing []*token.File
	u.Fset.Iterate(func(f *token.File) bool {
		existing = append(existing, f)
		return true
	})
	fset.AddExistingFiles(existing...)
	var files []*ast.File
	for _, name := range slices.Sorted(mapKeys(sources)) {
		f, err := parser.ParseFile(fset, name, sources[name], parser.ParseComments|parser.SkipObjectResolution)
		if err != nil {
			return nil, err
		}
		files = append(files, f)
	}
	info := &types.Info{
		Types:        make(map[ast.Expr]types.TypeAndValue),
		Instances:    make(map[*ast.Ident]types.Instance),
		Defs:         make(map[*ast.Ident]types.Object),
		Uses:         make(map[*ast.Ident]types.Object),
		Implicits:    make(map[ast.Node]types.Object),
		Selections:   make(map[*ast.SelectorExpr]*types.Selection),
		Scopes:       make(map[ast.Node]*types.Scope),
		FileVersions: make(map[*ast.File]string),
	}
	var firstErr error
	sizes := types.SizesFor("gc", "amd64")
	conf := types.Config{
		Importer: importerFunc(func(p string) (*types.Package, error) {
			if lp, ok := u.Packages[p]; ok && lp.Types != nil {
				return lp.Types, nil
			}
			return nil, fmt.Errorf("package %q is not loaded", p)
		}),
		Sizes: sizes,
		Error: func(err error) {
			if firstErr == nil {
				firstErr = err
			}
		},
	}
	pkg, _ := conf.Check(path, fset, files, info)
	if firstErr != nil {
		return nil, firstErr
	}
	return &Package{Fset: fset, Files: files, Types: pkg, Info: info, Sizes: sizes}, nil
}

type importerFunc func(path string) (*types.Package, error)

func (f importerFunc) Import(path string) (*types.Package, error) { return f(path) }

// Facts holds analysis facts by object or package and fact type. A Facts made
// with a parent reads through to it and writes only to itself, so one input's
// facts never leak into the next.
type Facts struct {
	parent *Facts
	mu     sync.Mutex
	obj    map[objKey]analysis.Fact
	pkg    map[pkgKey]analysis.Fact
}

type objKey struct {
	obj types.Object
	t   reflect.Type
}

type pkgKey struct {
	pkg *types.Package
	t   reflect.Type
}

// NewFacts returns an empty fact store over parent (which may be nil).
func NewFacts(parent *Facts) *Facts {
	return &Facts{parent: parent, obj: make(map[objKey]analysis.Fact), pkg: make(map[pkgKey]analysis.Fact)}
}

func (fs *Facts) objectFact(k objKey) (analysis.Fact, bool) {
	for s := fs; s != nil; s = s.parent {
		s.mu.Lock()
		f, ok := s.obj[k]
		s.mu.Unlock()
		if ok {
			return f, true
		}
	}
	return nil, false
}

func (fs *Facts) packageFact(k pkgKey) (analysis.Fact, bool) {
	for s := fs; s != nil; s = s.parent {
		s.mu.Lock()
		f, ok := s.pkg[k]
		s.mu.Unlock()
		if ok {
			return f, true
		}
	}
	return nil, false
}

// PanicError is an analyzer panic, with the stack of the panicking goroutine.
type PanicError struct {
	Analyzer string
	Value    any
	Stack    string
}

func (e *PanicError) Error() string {
	return fmt.Sprintf("analyzer %s panicked: %v\n%s", e.Analyzer, e.Value, e.Stack)
}

// Run runs a, and before it the analyzers it requires, on pkg. Facts are read
// from and written to facts. It returns a's diagnostics in the order reported,
// or an error if an analyzer failed, panicked, or reported a diagnostic or fix
// whose positions are outside pkg's files.
func Run(a *analysis.Analyzer, pkg *Package, facts *Facts) ([]analysis.Diagnostic, error) {
	// The packages whose facts a real driver would show: pkg and its
	// dependencies.
	inView := make(map[*types.Package]bool)
	var walk func(p *types.Package)
	walk = func(p *types.Package) {
		if !inView[p] {
			inView[p] = true
			for _, imp := range p.Imports() {
				walk(imp)
			}
		}
	}
	walk(pkg.Types)
	results := make(map[*analysis.Analyzer]any)
	diags := make(map[*analysis.Analyzer][]analysis.Diagnostic)
	var exec func(a *analysis.Analyzer) error
	exec = func(a *analysis.Analyzer) error {
		if _, ok := results[a]; ok {
			return nil
		}
		for _, req := range a.Requires {
			if err := exec(req); err != nil {
				return err
			}
		}
		res, d, err := runOne(a, pkg, facts, inView, results)
		if err != nil {
			return err
		}
		results[a], diags[a] = res, d
		return nil
	}
	if err := exec(a); err != nil {
		return nil, err
	}
	return diags[a], nil
}

func runOne(a *analysis.Analyzer, pkg *Package, facts *Facts, inView map[*types.Package]bool, results map[*analysis.Analyzer]any) (res any, diags []analysis.Diagnostic, err error) {
	inputs := make(map[*analysis.Analyzer]any, len(a.Requires))
	for _, req := range a.Requires {
		inputs[req] = results[req]
	}
	factType := func(f analysis.Fact) reflect.Type {
		t := reflect.TypeOf(f)
		for _, ft := range a.FactTypes {
			if reflect.TypeOf(ft) == t {
				return t
			}
		}
		panic(fmt.Sprintf("%s: fact type %T not declared", a.Name, f))
	}
	var reportErr error
	pass := &analysis.Pass{
		Analyzer:   a,
		Fset:       pkg.Fset,
		Files:      pkg.Files,
		Pkg:        pkg.Types,
		TypesInfo:  pkg.Info,
		TypesSizes: pkg.Sizes,
		ResultOf:   inputs,
		Report: func(d analysis.Diagnostic) {
			if err := checkDiagnostic(pkg, d); err != nil && reportErr == nil {
				reportErr = fmt.Errorf("%s: %v", a.Name, err)
			}
			diags = append(diags, d)
		},
		ImportObjectFact: func(obj types.Object, fact analysis.Fact) bool {
			if obj == nil {
				panic("ImportObjectFact(nil)")
			}
			f, ok := facts.objectFact(objKey{obj, factType(fact)})
			if ok {
				reflect.ValueOf(fact).Elem().Set(reflect.ValueOf(f).Elem())
			}
			return ok
		},
		ExportObjectFact: func(obj types.Object, fact analysis.Fact) {
			if obj.Pkg() != pkg.Types {
				panic(fmt.Sprintf("%s: ExportObjectFact(%s) for an object of package %s", a.Name, obj, obj.Pkg()))
			}
			facts.mu.Lock()
			facts.obj[objKey{obj, factType(fact)}] = fact
			facts.mu.Unlock()
		},
		ImportPackageFact: func(p *types.Package, fact analysis.Fact) bool {
			f, ok := facts.packageFact(pkgKey{p, factType(fact)})
			if ok {
				reflect.ValueOf(fact).Elem().Set(reflect.ValueOf(f).Elem())
			}
			return ok
		},
		ExportPackageFact: func(fact analysis.Fact) {
			facts.mu.Lock()
			facts.pkg[pkgKey{pkg.Types, factType(fact)}] = fact
			facts.mu.Unlock()
		},
		AllObjectFacts: func() []analysis.ObjectFact {
			var out []analysis.ObjectFact
			for s := facts; s != nil; s = s.parent {
				s.mu.Lock()
				for k, f := range s.obj {
					if declared(a, k.t) && inView[k.obj.Pkg()] {
						out = append(out, analysis.ObjectFact{Object: k.obj, Fact: f})
					}
				}
				s.mu.Unlock()
			}
			return out
		},
		AllPackageFacts: func() []analysis.PackageFact {
			var out []analysis.PackageFact
			for s := facts; s != nil; s = s.parent {
				s.mu.Lock()
				for k, f := range s.pkg {
					if declared(a, k.t) && inView[k.pkg] {
						out = append(out, analysis.PackageFact{Package: k.pkg, Fact: f})
					}
				}
				s.mu.Unlock()
			}
			return out
		},
		ReadFile: func(string) ([]byte, error) { return nil, fmt.Errorf("driver: ReadFile is not supported") },
	}
	defer func() {
		if r := recover(); r != nil {
			err = &PanicError{Analyzer: a.Name, Value: r, Stack: string(debug.Stack())}
		}
	}()
	res, err = a.Run(pass)
	if err != nil {
		return nil, nil, fmt.Errorf("analyzer %s: %w", a.Name, err)
	}
	if reportErr != nil {
		return nil, nil, reportErr
	}
	return res, diags, nil
}

func declared(a *analysis.Analyzer, t reflect.Type) bool {
	for _, ft := range a.FactTypes {
		if reflect.TypeOf(ft) == t {
			return true
		}
	}
	return false
}

// checkDiagnostic checks that d's positions, and those of its related
// information and fixes, are valid and inside one of pkg's files.
func checkDiagnostic(pkg *Package, d analysis.Diagnostic) error {
	inFiles := func(pos, end token.Pos) error {
		if !pos.IsValid() {
			return fmt.Errorf("invalid position")
		}
		if end.IsValid() && end < pos {
			return fmt.Errorf("end %d before start %d", end, pos)
		}
		tf := pkg.Fset.File(pos)
		if tf == nil {
			return fmt.Errorf("position %d in no file", pos)
		}
		if end.IsValid() && int(end) > tf.Base()+tf.Size() {
			return fmt.Errorf("end %d beyond its file %s", end, tf.Name())
		}
		return nil
	}
	if d.Message == "" {
		return fmt.Errorf("empty message at %s", pkg.Fset.Position(d.Pos))
	}
	if err := inFiles(d.Pos, d.End); err != nil {
		return fmt.Errorf("diagnostic %q: %v", d.Message, err)
	}
	for _, r := range d.Related {
		if err := inFiles(r.Pos, r.End); err != nil {
			return fmt.Errorf("related information %q of %q: %v", r.Message, d.Message, err)
		}
	}
	for _, fix := range d.SuggestedFixes {
		type span struct{ pos, end token.Pos }
		var spans []span
		for _, e := range fix.TextEdits {
			if err := inFiles(e.Pos, e.End); err != nil {
				return fmt.Errorf("fix %q of %q: %v", fix.Message, d.Message, err)
			}
			end := e.End
			if !end.IsValid() {
				end = e.Pos
			}
			spans = append(spans, span{e.Pos, end})
		}
		slices.SortFunc(spans, func(a, b span) int { return int(a.pos) - int(b.pos) })
		for i := 1; i < len(spans); i++ {
			if spans[i].pos < spans[i-1].end {
				return fmt.Errorf("fix %q of %q: overlapping edits", fix.Message, d.Message)
			}
		}
	}
	return nil
}
