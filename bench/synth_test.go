package bench_test

import (
	"fmt"
	"go/ast"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"sync"
	"testing"
	"text/template"

	"golang.org/x/tools/go/analysis"
	"golang.org/x/tools/go/analysis/passes/inspect"
	"golang.org/x/tools/go/ast/inspector"
	"golang.org/x/tools/go/packages"

	"github.com/protolint/protolint/analyzers"
	"github.com/protolint/protolint/bench/driver"
)

// synthSizes are the numbers of handlers in the generated packages: each size
// is four times the last, so ns/op should grow fourfold too.
var synthSizes = []int{25, 100, 400, 1600}

// handlersPerFile splits a generated package into files of this many handlers.
const handlersPerFile = 25

// synthStubs are the framework stubs the generated code imports, copied from
// corswild's testdata (symbolic links there are followed).
var synthStubs = []string{"github.com/gorilla/websocket", "github.com/rs/cors"}

// synthFile is one generated file. Every handler sets a custom header, writes
// status codes (a literal, an error helper, its own wrapper of http.Error),
// upgrades to a WebSocket, answers with http.Error after a failed upgrade,
// closes with a literal close code, and has a CORS configuration with
// credentials and a weak origin check; so every analyzer finds something in
// each.
var synthFile = template.Must(template.New("").Parse(`package app

import (
	"net/http"
	"strings"
	"time"

	"github.com/gorilla/websocket"
	"github.com/rs/cors"
)

var upgrader{{.File}} = websocket.Upgrader{
	CheckOrigin: func(r *http.Request) bool { return true },
}
{{range .Handlers}}
func writeError{{.}}(w http.ResponseWriter, code int, msg string) {
	w.Header().Set("Content-Type", "text/plain")
	http.Error(w, msg, code)
}

func Handler{{.}}(w http.ResponseWriter, r *http.Request) {
	w.Header().Set("X-Request-Count-{{.}}", "1")
	if r.URL.Query().Get("id") == "" {
		writeError{{.}}(w, http.StatusOK, "missing id")
		return
	}
	if r.Method == http.MethodDelete {
		w.WriteHeader(404)
		return
	}
	conn, err := upgrader{{$.File}}.Upgrade(w, r, nil)
	if err != nil {
		http.Error(w, "upgrade failed", http.StatusBadRequest)
		return
	}
	defer conn.Close()
	for i := 0; i < 3; i++ {
		if _, _, err := conn.ReadMessage(); err != nil {
			if websocket.IsCloseError(err, websocket.CloseGoingAway) {
				return
			}
			break
		}
	}
	_ = conn.WriteControl(websocket.CloseMessage, websocket.FormatCloseMessage(1008, "bye"), time.Now().Add(time.Second))
}

var CORS{{.}} = cors.New(cors.Options{
	AllowOriginFunc:  func(origin string) bool { return strings.HasSuffix(origin, "app{{.}}example.com") },
	AllowCredentials: true,
	ExposedHeaders:   []string{"X-Other"},
})
{{end}}`))

type synthPkg struct {
	u   *driver.Universe
	pkg *driver.Package
}

var (
	synthMu    sync.Mutex
	synthCache = make(map[int]synthPkg)
)

// synthPackage generates (once per size, in a GOPATH under a temporary
// directory) a package with n handlers, loads it, and computes the facts of its
// dependencies.
func synthPackage(b *testing.B, n int) synthPkg {
	synthMu.Lock()
	defer synthMu.Unlock()
	if p, ok := synthCache[n]; ok {
		return p
	}
	gopath := filepath.Join(tmpRoot, fmt.Sprintf("synth%d", n))
	for _, stub := range synthStubs {
		from, err := filepath.EvalSymlinks(filepath.Join(repoRoot, "analyzers", "corswild", "testdata", "src", stub))
		if err != nil {
			b.Fatal(err)
		}
		copyDir(b, from, filepath.Join(gopath, "src", stub))
	}
	app := filepath.Join(gopath, "src", "synth", "app")
	if err := os.MkdirAll(app, 0o755); err != nil {
		b.Fatal(err)
	}
	for file := 0; file*handlersPerFile < n; file++ {
		var handlers []int
		for h := file * handlersPerFile; h < min(n, (file+1)*handlersPerFile); h++ {
			handlers = append(handlers, h)
		}
		var sb strings.Builder
		if err := synthFile.Execute(&sb, struct {
			File     int
			Handlers []int
		}{file, handlers}); err != nil {
			b.Fatal(err)
		}
		if err := os.WriteFile(filepath.Join(app, fmt.Sprintf("app%03d.go", file)), []byte(sb.String()), 0o644); err != nil {
			b.Fatal(err)
		}
	}
	env := append(os.Environ(), "GOPATH="+gopath, "GO111MODULE=off", "GOFLAGS=", "GOWORK=off")
	u, roots, err := driver.Load(app, env, append([]string{"synth/app"}, synthStubs...)...)
	if err != nil {
		b.Fatal(err)
	}
	if err := u.Precompute(analyzers.All, "synth/app"); err != nil {
		b.Fatal(err)
	}
	i := slices.IndexFunc(roots, func(p *packages.Package) bool { return p.PkgPath == "synth/app" })
	p := synthPkg{u: u, pkg: driver.FromPackages(roots[i])}
	synthCache[n] = p
	return p
}

func copyDir(b *testing.B, from, to string) {
	if err := os.MkdirAll(to, 0o755); err != nil {
		b.Fatal(err)
	}
	entries, err := os.ReadDir(from)
	if err != nil {
		b.Fatal(err)
	}
	for _, e := range entries {
		if !strings.HasSuffix(e.Name(), ".go") {
			continue
		}
		data, err := os.ReadFile(filepath.Join(from, e.Name()))
		if err != nil {
			b.Fatal(err)
		}
		if err := os.WriteFile(filepath.Join(to, e.Name()), data, 0o644); err != nil {
			b.Fatal(err)
		}
	}
}

// typesLookups is a second floor: it asks go/types for the type of every
// expression and the object of every identifier, once, which is the least a
// type-based check does. Its time per handler grows with the package, although
// its work per handler does not: go/types' Info maps grow with the package, and
// lookups in bigger maps miss the CPU caches more often.
var typesLookups = &analysis.Analyzer{
	Name:     "typeslookups",
	Doc:      "look up the type of every expression and the object of every identifier",
	Requires: []*analysis.Analyzer{inspect.Analyzer},
	Run: func(pass *analysis.Pass) (any, error) {
		in := pass.ResultOf[inspect.Analyzer].(*inspector.Inspector)
		n := 0
		for cur := range in.Root().Preorder() {
			switch e := cur.Node().(type) {
			case *ast.Ident:
				if pass.TypesInfo.ObjectOf(e) != nil {
					n++
				}
			case ast.Expr:
				if pass.TypesInfo.TypeOf(e) != nil {
					n++
				}
			}
		}
		return n, nil
	},
}

// BenchmarkAnalyzer runs each analyzer (with what it requires) on the generated
// packages. The inspect rows are the floor: what every analyzer pays before it
// does anything; the typeslookups rows show how the cost of go/types' lookups
// alone grows with the package. The facts of the package itself are recomputed in
// every iteration; those of its dependencies are not.
//
//	go test -run='^$' -bench=Analyzer -benchmem ./bench
func BenchmarkAnalyzer(b *testing.B) {
	for _, a := range append([]*analysis.Analyzer{inspect.Analyzer, typesLookups}, analyzers.All...) {
		for _, n := range synthSizes {
			b.Run(fmt.Sprintf("%s/handlers=%d", a.Name, n), func(b *testing.B) {
				p := synthPackage(b, n)
				diags, err := driver.Run(a, p.pkg, driver.NewFacts(p.u.Facts))
				if err != nil {
					b.Fatal(err)
				}
				if a != inspect.Analyzer && a != typesLookups && len(diags) < n {
					b.Fatalf("%d diagnostics for %d handlers: the generated code does not exercise %s", len(diags), n, a.Name)
				}
				for b.Loop() {
					if _, err := driver.Run(a, p.pkg, driver.NewFacts(p.u.Facts)); err != nil {
						b.Fatal(err)
					}
				}
				b.ReportMetric(float64(b.Elapsed().Nanoseconds())/float64(b.N)/float64(n), "ns/handler")
				b.ReportMetric(float64(len(diags))/float64(n), "findings/handler")
			})
		}
	}
}
