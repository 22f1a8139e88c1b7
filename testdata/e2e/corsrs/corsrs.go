// Package corsrs is the CORS setup of the orders API gateway, on net/http and
// github.com/rs/cors: the browser apps, the partner portal and the public catalogue
// each get their own policy.
package corsrs

import (
	"net/http"
	"os"
	"slices"
	"strings"

	"github.com/rs/cors"
)

// trustedOrigins are the company's own front ends.
var trustedOrigins = []string{"https://shop.example.com", "https://admin.example.com"}

var partnerOrigins = map[string]bool{
	"https://portal.partner-a.example": true,
	"https://portal.partner-b.example": true,
}

func api() http.Handler {
	mux := http.NewServeMux()
	mux.HandleFunc("GET /orders", func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "application/json")
		w.Write([]byte(`[]`))
	})
	return mux
}

// setupShop is the policy of the shop front end: cookies, so credentials.
func setupShop() http.Handler {
	c := cors.New(cors.Options{
		AllowedOrigins:   []string{"*"}, // want `^"\*" among the allowed origins with credentials: rs/cors sends "Access-Control-Allow-Origin: \*", which browsers refuse for credentialed requests, so those requests fail; list the allowed origins$`
		AllowedMethods:   []string{http.MethodGet, http.MethodPost},
		AllowCredentials: true,
	})
	return c.Handler(api())
}

// setupAdmin forgot the origins altogether: rs/cors then allows every origin.
func setupAdmin() http.Handler {
	c := cors.New(cors.Options{ // want `^no allowed origins \(which rs/cors treats as every origin\) with credentials: rs/cors sends "Access-Control-Allow-Origin: \*"`
		AllowedMethods:   []string{http.MethodGet, http.MethodPut, http.MethodDelete},
		AllowCredentials: true,
		MaxAge:           600,
	})
	return c.Handler(api())
}

// setupMobile accepts the web views of the mobile app, whatever their origin.
func setupMobile() http.Handler {
	c := cors.New(cors.Options{
		AllowOriginFunc:  func(origin string) bool { return true }, // want `^the origin callback allows every origin, and rs/cors reflects the request's Origin with credentials: any website can read the responses to a logged-in user's requests; check the origin against an allow list$`
		AllowCredentials: true,
	})
	return c.Handler(api())
}

func allowAnyPartner(r *http.Request, origin string) bool {
	// TODO: check the partner registry
	return true
}

// setupPartners lets the partner portals in.
func setupPartners() http.Handler {
	c := cors.New(cors.Options{
		AllowOriginRequestFunc: allowAnyPartner, // want `^the origin callback allows every origin, and rs/cors reflects`
		AllowedHeaders:         []string{"Authorization", "Content-Type"},
		AllowCredentials:       true,
	})
	return c.Handler(api())
}

// setupPartnersChecked is the fixed version: the callback looks the origin up.
func setupPartnersChecked() http.Handler {
	c := cors.New(cors.Options{
		AllowOriginRequestFunc: func(r *http.Request, origin string) bool { return partnerOrigins[origin] }, // ok: a real check
		AllowCredentials:       true,
	})
	return c.Handler(api())
}

// setupTenants varies the answer by tenant header.
func setupTenants() http.Handler {
	c := cors.New(cors.Options{
		AllowOriginVaryRequestFunc: func(r *http.Request, origin string) (bool, []string) { // want `^the origin callback allows every origin, and rs/cors reflects`
			return true, []string{"X-Tenant"}
		},
		AllowCredentials: true,
	})
	return c.Handler(api())
}

// setupEmbeds serves the widgets embedded in sandboxed iframes.
func setupEmbeds() http.Handler {
	c := cors.New(cors.Options{
		AllowedOrigins:   []string{"https://shop.example.com", "null"}, // want `^"null" origin allowed with credentials: sandboxed iframes and file: pages send Origin: null, so any website can read the responses to a logged-in user's requests through one; remove it$`
		AllowCredentials: true,
	})
	return c.Handler(api())
}

// setupPreview lets every HTTPS preview deployment in.
func setupPreview() http.Handler {
	c := cors.New(cors.Options{
		AllowedOrigins:   []string{"https://*"}, // want `^origin pattern "https://\*" matches every origin of scheme https, and rs/cors reflects it with credentials: any website can read the responses to a logged-in user's requests; list the allowed origins$`
		AllowCredentials: true,
	})
	return c.Handler(api())
}

// setupSubdomains lets the company's subdomains in; the first pattern lacks the dot.
func setupSubdomains() http.Handler {
	c := cors.New(cors.Options{
		AllowedOrigins:   []string{"https://*example.com", "https://*.example.org"}, // want `^origin pattern "https://\*example\.com" also matches attacker-controlled origins such as "https://evilexample\.com"; write the pattern as scheme://\*\.domain$`
		AllowCredentials: true,
	})
	return c.Handler(api())
}

// setupStaff lists the origins but wildcards the rest.
func setupStaff() http.Handler {
	c := cors.New(cors.Options{
		AllowedOrigins:   trustedOrigins,
		AllowedMethods:   []string{"*"},                  // want `^"\*" in the allowed methods with credentials: it is not a wildcard there \(browsers treat it as a literal name for credentialed requests\), so it allows nothing; list the names$`
		AllowedHeaders:   []string{"*"},                  // ok: rs/cors answers with the requested headers
		ExposedHeaders:   []string{"X-Total-Count", "*"}, // want `^"\*" in the exposed headers with credentials`
		AllowCredentials: true,
	})
	return c.Handler(api())
}

// setupBrand accepts the brand's domains by suffix.
func setupBrand() http.Handler {
	c := cors.New(cors.Options{
		AllowOriginFunc: func(origin string) bool {
			return strings.HasSuffix(origin, "example.com") // want `^strings\.HasSuffix\(origin, "example\.com"\) also accepts attacker-controlled origins such as "https://evilexample\.com"; check for the suffix with its leading dot, or compare the whole origin$`
		},
		AllowCredentials: true,
	})
	return c.Handler(api())
}

// setupBrandFixed checks the suffix with its dot.
func setupBrandFixed() http.Handler {
	c := cors.New(cors.Options{
		AllowOriginFunc: func(origin string) bool {
			return strings.HasSuffix(origin, ".example.com") || origin == "https://example.com" // ok: a real check
		},
		AllowCredentials: true,
	})
	return c.Handler(api())
}

// setupSupport adds the support tool to the trusted origins, with a wildcard
// left over from debugging.
func setupSupport() http.Handler {
	origins := []string{"https://support.example.com"}
	origins = append(origins, "*") // want `^"\*" among the allowed origins with credentials: rs/cors sends`
	c := cors.New(cors.Options{AllowedOrigins: origins, AllowCredentials: true})
	return c.Handler(api())
}

// setupBackoffice builds its options step by step.
func setupBackoffice() http.Handler {
	opts := cors.Options{AllowedMethods: []string{http.MethodGet}}
	opts.AllowedOrigins = []string{"*"} // want `^"\*" among the allowed origins with credentials: rs/cors sends`
	opts.AllowCredentials = true
	return cors.New(opts).Handler(api())
}

// setupStatus is the public status page API: "*" without credentials is fine.
func setupStatus() http.Handler {
	public := cors.New(cors.Options{AllowedOrigins: []string{"*"}}) // ok: no credentials
	return public.Handler(api())
}

// setupCatalogue serves the public catalogue with the presets.
func setupCatalogue(mux *http.ServeMux) {
	mux.Handle("/catalogue/", cors.AllowAll().Handler(api())) // ok: no credentials
	mux.Handle("/feeds/", cors.Default().Handler(api()))      // ok: no credentials
}

// setupFromEnv reads its origins from the environment.
func setupFromEnv() http.Handler {
	origins := strings.Split(os.Getenv("CORS_ORIGINS"), ",")
	c := cors.New(cors.Options{
		AllowedOrigins:   origins, // ok: not known statically
		AllowCredentials: true,
	})
	return c.Handler(api())
}

// setupTrusted is the correct credentialed policy.
func setupTrusted() http.Handler {
	c := cors.New(cors.Options{
		AllowedOrigins:   trustedOrigins,
		AllowedHeaders:   []string{"Authorization", "Content-Type"},
		AllowCredentials: true, // ok: explicit list
	})
	return c.Handler(api())
}

// setupChecked checks the origin in a callback.
func setupChecked() http.Handler {
	c := cors.New(cors.Options{
		AllowOriginFunc:  func(origin string) bool { return slices.Contains(trustedOrigins, origin) }, // ok: a real check
		AllowCredentials: true,
	})
	return c.Handler(api())
}

// setupStaging is the staging gateway: public data only, no cookies are sent.
func setupStaging() http.Handler {
	c := cors.New(cors.Options{
		//protolint:ignore corswild staging serves public test data and issues no cookies
		AllowedOrigins:   []string{"*"},
		AllowCredentials: true,
	})
	return c.Handler(api())
}
