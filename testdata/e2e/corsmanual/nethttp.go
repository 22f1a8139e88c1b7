// Package corsmanual is the hand-written CORS middleware of the loyalty service, in
// each of the frameworks its front ends use: net/http, gin, echo, fiber and fasthttp.
package corsmanual

import (
	"net/http"
	"slices"
	"strings"
)

var loyaltyOrigins = []string{"https://loyalty.example.com", "https://shop.example.com"}

var allowedOrigin = map[string]bool{
	"https://loyalty.example.com": true,
	"https://shop.example.com":    true,
}

// withCORSStar sends credentials with a wildcard origin.
func withCORSStar(next http.Handler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Access-Control-Allow-Origin", "*") // want `^Access-Control-Allow-Origin "\*" with Access-Control-Allow-Credentials "true": browsers refuse credentialed responses from a wildcard origin, so those requests fail; send a checked origin instead$`
		w.Header().Set("Access-Control-Allow-Credentials", "true")
		if r.Method == http.MethodOptions {
			w.WriteHeader(http.StatusNoContent)
			return
		}
		next.ServeHTTP(w, r)
	})
}

// withCORSPublic sends the wildcard without credentials.
func withCORSPublic(next http.Handler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Access-Control-Allow-Origin", "*") // ok: no credentials
		w.Header().Set("Access-Control-Allow-Methods", "GET")
		next.ServeHTTP(w, r)
	})
}

// withCORSReflect echoes the Origin back, whatever it is.
func withCORSReflect(next http.Handler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		origin := r.Header.Get("Origin")
		w.Header().Set("Access-Control-Allow-Origin", origin) // want `^Access-Control-Allow-Origin is the request's Origin, unchecked, with credentials: any website can read the responses to a logged-in user's requests; compare the origin with an allow list first$`
		w.Header().Set("Access-Control-Allow-Credentials", "true")
		w.Header().Add("Vary", "Origin")
		next.ServeHTTP(w, r)
	})
}

// withCORSNonEmpty only checks that there is an Origin.
func withCORSNonEmpty(next http.Handler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if origin := r.Header.Get("Origin"); origin != "" {
			w.Header().Set("Access-Control-Allow-Origin", origin) // want `^Access-Control-Allow-Origin is the request's Origin, unchecked`
			w.Header().Set("Access-Control-Allow-Credentials", "true")
		}
		next.ServeHTTP(w, r)
	})
}

// withCORSDirect sets the header straight from the request.
func withCORSDirect(w http.ResponseWriter, r *http.Request) {
	w.Header().Set("Access-Control-Allow-Credentials", "true")
	w.Header().Set("Access-Control-Allow-Origin", r.Header.Get("Origin")) // want `^Access-Control-Allow-Origin is the request's Origin, unchecked`
}

// withCORSChecked reflects only the listed origins.
func withCORSChecked(next http.Handler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		origin := r.Header.Get("Origin")
		if slices.Contains(loyaltyOrigins, origin) {
			w.Header().Set("Access-Control-Allow-Origin", origin) // ok: checked against the allow list
			w.Header().Set("Access-Control-Allow-Credentials", "true")
			w.Header().Add("Vary", "Origin")
		}
		next.ServeHTTP(w, r)
	})
}

// withCORSMap looks the origin up in a map.
func withCORSMap(w http.ResponseWriter, r *http.Request) {
	origin := r.Header.Get("Origin")
	if !allowedOrigin[origin] {
		return
	}
	w.Header().Set("Access-Control-Allow-Origin", origin) // ok: checked in the map
	w.Header().Set("Access-Control-Allow-Credentials", "true")
}

// withCORSSwitch compares the origin with each front end.
func withCORSSwitch(w http.ResponseWriter, r *http.Request) {
	origin := r.Header.Get("Origin")
	switch origin {
	case "https://loyalty.example.com", "https://shop.example.com":
		w.Header().Set("Access-Control-Allow-Origin", origin) // ok: compared with constants
		w.Header().Set("Access-Control-Allow-Credentials", "true")
	}
}

// withCORSPrefix accepts the loyalty site by prefix.
func withCORSPrefix(w http.ResponseWriter, r *http.Request) {
	origin := r.Header.Get("Origin")
	if strings.HasPrefix(origin, "https://loyalty.example.com") { // want `^strings\.HasPrefix\(origin, "https://loyalty\.example\.com"\) also accepts attacker-controlled origins such as "https://loyalty\.example\.com\.evil\.net"; compare the whole origin$`
		w.Header().Set("Access-Control-Allow-Origin", origin)
		w.Header().Set("Access-Control-Allow-Credentials", "true")
	}
}

// withCORSSuffix accepts the company's sites by suffix, without the dot.
func withCORSSuffix(w http.ResponseWriter, r *http.Request) {
	origin := r.Header.Get("Origin")
	if strings.HasSuffix(origin, "example.com") { // want `^strings\.HasSuffix\(origin, "example\.com"\) also accepts attacker-controlled origins such as "https://evilexample\.com"`
		w.Header().Set("Access-Control-Allow-Origin", origin)
		w.Header().Set("Access-Control-Allow-Credentials", "true")
	}
}

// withCORSSuffixDot accepts the subdomains, with the dot.
func withCORSSuffixDot(w http.ResponseWriter, r *http.Request) {
	origin := r.Header.Get("Origin")
	if strings.HasSuffix(origin, ".example.com") { // ok: with the leading dot
		w.Header().Set("Access-Control-Allow-Origin", origin)
		w.Header().Set("Access-Control-Allow-Credentials", "true")
	}
}

// withCORSContains accepts any origin that mentions the brand.
func withCORSContains(w http.ResponseWriter, r *http.Request) {
	origin := r.Header.Get("Origin")
	if strings.Contains(origin, "loyalty.example.com") { // want `^strings\.Contains\(origin, "loyalty\.example\.com"\) also accepts attacker-controlled origins such as "https://loyalty\.example\.com\.evil\.net"; compare the whole origin, or parse it and check the host$`
		w.Header().Set("Access-Control-Allow-Origin", origin)
		w.Header().Set("Access-Control-Allow-Credentials", "true")
	}
}

// proxyPreflight forwards a preflight to the upstream: these are request headers.
func proxyPreflight(r *http.Request) {
	out := r.Clone(r.Context())
	out.Header.Set("Access-Control-Allow-Origin", "*") // ok: a request header
	out.Header.Set("Access-Control-Allow-Credentials", "true")
}
