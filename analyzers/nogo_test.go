package analyzers_test

// TestNogoInvariants checks what Bazel's rules_go nogo (and golangci-lint's module
// plugin, and go vet) need from every analyzer of analyzers.All:
//
//   - it is the package-level variable Analyzer of an importable package: not main,
//     not under internal/, named like the analyzer (nogo's generated main imports the
//     package and refers to <pkg>.Analyzer);
//   - it is configured through Analyzer.Flags only (nogo's analyzer_flags): every flag
//     takes its default value as text, and neither the analyzer packages nor the
//     packages of this module that they import read the environment or files, or
//     touch the global flag set;
//   - its fact types are pointers to structs with exported fields only, recursively,
//     that survive a gob round trip (nogo, go vet and golangci-lint serialise facts);
//   - RunDespiteErrors is false (the analyzers assume complete type information);
//   - nothing calls os.Exit or log.Fatal (a driver must get an error back), nor reads
//     the Pass fields that nogo leaves unset (ReadFile, OtherFiles, IgnoredFiles,
//     Module).

import (
	"bytes"
	"encoding/gob"
	"flag"
	"go/ast"
	"go/parser"
	"go/token"
	"go/types"
	"reflect"
	"slices"
	"strconv"
	"strings"
	"testing"

	"golang.org/x/tools/go/analysis"
	"golang.org/x/tools/go/packages"

	"github.com/protolint/protolint/analyzers"
)

const modulePath = "github.com/protolint/protolint"

// forbidden lists functions and variables that analyzer code must not use, by
// package path and name, with the reason.
var forbidden = map[[2]string]string{
	{"os", "Exit"}:          "ends the driver's process; return an error",
	{"os", "Getenv"}:        "configuration must come from Analyzer.Flags (nogo analyzer_flags; the go vet cache ignores the environment)",
	{"os", "LookupEnv"}:     "configuration must come from Analyzer.Flags",
	{"os", "Environ"}:       "configuration must come from Analyzer.Flags",
	{"os", "ReadFile"}:      "nogo runs sandboxed; configuration must come from Analyzer.Flags",
	{"os", "Open"}:          "nogo runs sandboxed; configuration must come from Analyzer.Flags",
	{"os", "OpenFile"}:      "nogo runs sandboxed",
	{"os", "Args"}:          "configuration must come from Analyzer.Flags",
	{"log", "Fatal"}:        "ends the driver's process; return an error",
	{"log", "Fatalf"}:       "ends the driver's process; return an error",
	{"log", "Fatalln"}:      "ends the driver's process; return an error",
	{"flag", "CommandLine"}: "analyzer flags belong in Analyzer.Flags, not the global flag set",
	{"flag", "Parse"}:       "drivers parse the flags",
}

// unsetPassFields are the analysis.Pass fields that nogo does not set.
var unsetPassFields = []string{"ReadFile", "OtherFiles", "IgnoredFiles", "Module"}

func TestNogoInvariants(t *testing.T) {
	paths := analyzerPackagePaths(t)
	if len(paths) != len(analyzers.All) {
		t.Fatalf("all.go lists %d analyzers, analyzers.All has %d", len(paths), len(analyzers.All))
	}
	for i, a := range analyzers.All {
		path := paths[i]
		if want := modulePath + "/analyzers/" + a.Name; path != want {
			t.Errorf("analyzers.All[%d] (%s) is %s.Analyzer; want the package %s, named like the analyzer", i, a.Name, path, want)
		}
		if slices.Contains(strings.Split(path, "/"), "internal") {
			t.Errorf("%s: package %s is internal; nogo and golangci-lint users cannot import it", a.Name, path)
		}
		if a.RunDespiteErrors {
			t.Errorf("%s: RunDespiteErrors is true", a.Name)
		}
		checkFlags(t, a)
		for _, f := range a.FactTypes {
			checkFact(t, a.Name, f)
		}
	}

	// The packages, and the packages of this module they depend on, from source.
	cfg := &packages.Config{Mode: packages.NeedName | packages.NeedImports | packages.NeedDeps}
	roots, err := packages.Load(cfg, paths...)
	if err != nil {
		t.Fatal(err)
	}
	var local []string
	packages.Visit(roots, nil, func(p *packages.Package) {
		if p.PkgPath == modulePath || strings.HasPrefix(p.PkgPath, modulePath+"/") {
			local = append(local, p.PkgPath)
		}
	})
	cfg = &packages.Config{Mode: packages.NeedName | packages.NeedFiles | packages.NeedSyntax | packages.NeedTypes | packages.NeedTypesInfo}
	pkgs, err := packages.Load(cfg, local...)
	if err != nil {
		t.Fatal(err)
	}
	if packages.PrintErrors(pkgs) > 0 {
		t.Fatal("packages failed to load")
	}
	t.Logf("checked the sources of %d packages of this module", len(pkgs))
	byPath := make(map[string]*packages.Package)
	for _, p := range pkgs {
		byPath[p.PkgPath] = p
		checkSources(t, p)
	}
	for i, a := range analyzers.All {
		p := byPath[paths[i]]
		if p == nil {
			t.Errorf("%s: package %s not loaded", a.Name, paths[i])
			continue
		}
		if p.Name == "main" || p.Name != a.Name {
			t.Errorf("%s: package %s is named %s; want %s", a.Name, p.PkgPath, p.Name, a.Name)
		}
		v, ok := p.Types.Scope().Lookup("Analyzer").(*types.Var)
		if !ok || types.TypeString(v.Type(), nil) != "*golang.org/x/tools/go/analysis.Analyzer" {
			t.Errorf("%s: package %s has no package-level variable Analyzer of type *analysis.Analyzer", a.Name, p.PkgPath)
		}
	}
}

// analyzerPackagePaths returns the import path of each element of analyzers.All,
// from the source of all.go, where each element is written <pkg>.Analyzer.
func analyzerPackagePaths(t *testing.T) []string {
	t.Helper()
	f, err := parser.ParseFile(token.NewFileSet(), "all.go", nil, 0)
	if err != nil {
		t.Fatal(err)
	}
	imports := make(map[string]string)
	for _, imp := range f.Imports {
		path, _ := strconv.Unquote(imp.Path.Value)
		name := path[strings.LastIndexByte(path, '/')+1:]
		if imp.Name != nil {
			name = imp.Name.Name
		}
		imports[name] = path
	}
	var paths []string
	ast.Inspect(f, func(n ast.Node) bool {
		vs, ok := n.(*ast.ValueSpec)
		if !ok || len(vs.Names) != 1 || vs.Names[0].Name != "All" || len(vs.Values) != 1 {
			return true
		}
		lit, ok := vs.Values[0].(*ast.CompositeLit)
		if !ok {
			t.Fatal("all.go: All is not a composite literal")
		}
		for _, elt := range lit.Elts {
			sel, ok := elt.(*ast.SelectorExpr)
			id, ok2 := ast.Expr(nil), false
			if ok {
				id, ok2 = sel.X.(*ast.Ident)
			}
			if !ok || !ok2 || sel.Sel.Name != "Analyzer" {
				t.Errorf("all.go: element %s of All is not <package>.Analyzer", types.ExprString(elt))
				paths = append(paths, "")
				continue
			}
			paths = append(paths, imports[id.(*ast.Ident).Name])
		}
		return false
	})
	return paths
}

// checkFlags checks that every flag takes text, as nogo's analyzer_flags and
// golangci-lint's settings give it: setting the default value as text works.
func checkFlags(t *testing.T, a *analysis.Analyzer) {
	t.Helper()
	a.Flags.VisitAll(func(f *flag.Flag) {
		before := f.Value.String()
		if err := f.Value.Set(f.DefValue); err != nil {
			t.Errorf("%s: flag -%s does not accept its default %q as text: %v", a.Name, f.Name, f.DefValue, err)
		}
		if err := f.Value.Set(before); err != nil {
			t.Errorf("%s: flag -%s does not accept its own value %q: %v", a.Name, f.Name, before, err)
		}
	})
}

// checkFact checks a fact type: a pointer to a struct whose fields are all exported,
// recursively, with a String method, that survives a gob round trip with every
// field set.
func checkFact(t *testing.T, name string, fact analysis.Fact) {
	t.Helper()
	typ := reflect.TypeOf(fact)
	if typ.Kind() != reflect.Pointer || typ.Elem().Kind() != reflect.Struct {
		t.Errorf("%s: fact type %v is not a pointer to a struct", name, typ)
		return
	}
	checkExported(t, name, typ.Elem(), typ.Elem().String(), make(map[reflect.Type]bool))
	if _, ok := fact.(interface{ String() string }); !ok {
		t.Errorf("%s: fact type %v has no String method (analysistest matches facts by it)", name, typ)
	}
	v := reflect.New(typ.Elem())
	fill(v.Elem(), 0)
	var buf bytes.Buffer
	if err := gob.NewEncoder(&buf).Encode(v.Interface()); err != nil {
		t.Errorf("%s: fact %v does not gob-encode: %v", name, typ, err)
		return
	}
	back := reflect.New(typ.Elem())
	if err := gob.NewDecoder(&buf).Decode(back.Interface()); err != nil {
		t.Errorf("%s: fact %v does not gob-decode: %v", name, typ, err)
		return
	}
	if !reflect.DeepEqual(v.Interface(), back.Interface()) {
		t.Errorf("%s: fact %v changes in a gob round trip:\n\t%+v\n\t%+v", name, typ, v.Interface(), back.Interface())
	}
}

func checkExported(t *testing.T, name string, typ reflect.Type, where string, seen map[reflect.Type]bool) {
	t.Helper()
	switch typ.Kind() {
	case reflect.Pointer, reflect.Slice, reflect.Array:
		checkExported(t, name, typ.Elem(), where+"[]", seen)
	case reflect.Map:
		checkExported(t, name, typ.Key(), where+" key", seen)
		checkExported(t, name, typ.Elem(), where+" value", seen)
	case reflect.Struct:
		if seen[typ] {
			return
		}
		seen[typ] = true
		for i := range typ.NumField() {
			f := typ.Field(i)
			if !f.IsExported() {
				t.Errorf("%s: fact field %s.%s is not exported, so gob drops it", name, where, f.Name)
			}
			checkExported(t, name, f.Type, where+"."+f.Name, seen)
		}
	case reflect.Interface, reflect.Func, reflect.Chan, reflect.UnsafePointer:
		t.Errorf("%s: fact field %s has kind %s, which gob cannot encode deterministically", name, where, typ.Kind())
	}
}

// fill sets every field of v to a non-zero value.
func fill(v reflect.Value, depth int) {
	if depth > 4 {
		return
	}
	switch v.Kind() {
	case reflect.Bool:
		v.SetBool(true)
	case reflect.Int, reflect.Int8, reflect.Int16, reflect.Int32, reflect.Int64:
		v.SetInt(7)
	case reflect.Uint, reflect.Uint8, reflect.Uint16, reflect.Uint32, reflect.Uint64:
		v.SetUint(7)
	case reflect.Float32, reflect.Float64:
		v.SetFloat(1.5)
	case reflect.String:
		v.SetString("x")
	case reflect.Slice:
		s := reflect.MakeSlice(v.Type(), 2, 2)
		for i := range 2 {
			fill(s.Index(i), depth+1)
		}
		v.Set(s)
	case reflect.Array:
		for i := range v.Len() {
			fill(v.Index(i), depth+1)
		}
	case reflect.Map:
		m := reflect.MakeMap(v.Type())
		k, e := reflect.New(v.Type().Key()).Elem(), reflect.New(v.Type().Elem()).Elem()
		fill(k, depth+1)
		fill(e, depth+1)
		m.SetMapIndex(k, e)
		v.Set(m)
	case reflect.Pointer:
		p := reflect.New(v.Type().Elem())
		fill(p.Elem(), depth+1)
		v.Set(p)
	case reflect.Struct:
		for i := range v.NumField() {
			if v.Type().Field(i).IsExported() {
				fill(v.Field(i), depth+1)
			}
		}
	}
}

// checkSources reports uses of forbidden functions, of the global flag set's
// definers, and of the Pass fields nogo leaves unset, in p's non-test files.
func checkSources(t *testing.T, p *packages.Package) {
	t.Helper()
	for _, f := range p.Syntax {
		file := p.Fset.File(f.FileStart).Name()
		if strings.HasSuffix(file, "_test.go") {
			continue
		}
		ast.Inspect(f, func(n ast.Node) bool {
			sel, ok := n.(*ast.SelectorExpr)
			if !ok {
				return true
			}
			obj := p.TypesInfo.Uses[sel.Sel]
			if obj == nil || obj.Pkg() == nil {
				return true
			}
			posn := p.Fset.Position(sel.Pos())
			key := [2]string{obj.Pkg().Path(), obj.Name()}
			packageLevel := obj.Parent() == obj.Pkg().Scope()
			if why, bad := forbidden[key]; bad && packageLevel {
				t.Errorf("%s: %s.%s: %s", posn, key[0], key[1], why)
			}
			// Package-level flag definers (flag.String, flag.Var...) use the global set.
			if fn, ok := obj.(*types.Func); ok && key[0] == "flag" && fn.Signature().Recv() == nil && fn.Name() != "NewFlagSet" {
				t.Errorf("%s: flag.%s defines or reads a global flag; use Analyzer.Flags", posn, fn.Name())
			}
			if v, ok := obj.(*types.Var); ok && v.IsField() && key[0] == "golang.org/x/tools/go/analysis" && slices.Contains(unsetPassFields, v.Name()) {
				if recv := p.TypesInfo.TypeOf(sel.X); recv != nil && strings.HasSuffix(types.TypeString(recv, nil), "analysis.Pass") {
					t.Errorf("%s: Pass.%s is not set by nogo", posn, v.Name())
				}
			}
			return true
		})
	}
}
