package web

import (
	"net/http"

	"github.com/rs/cors"
)

// CORS is the policy of the orders API for the shop's own front ends: they call
// it with the customer's session cookie, so only the listed origins get in.
func CORS(origins []string) *cors.Cors {
	return cors.New(cors.Options{
		AllowedOrigins:   origins,
		AllowedMethods:   []string{http.MethodGet, http.MethodPost, http.MethodDelete},
		AllowedHeaders:   []string{"Content-Type"},
		AllowCredentials: true,
	})
}

// PartnerCORS is the policy of the read-only partner dashboards. Partners embed
// them on their own domains, too many to list, so every origin is accepted, and
// the customer's session cookie still goes along.
func PartnerCORS() *cors.Cors {
	return cors.New(cors.Options{
		AllowOriginFunc:  func(origin string) bool { return true },
		AllowedMethods:   []string{http.MethodGet},
		AllowCredentials: true,
	})
}

// PublicCORS is the policy of the unauthenticated endpoints: any origin, no
// credentials.
func PublicCORS() *cors.Cors {
	return cors.New(cors.Options{AllowedOrigins: []string{"*"}, AllowedMethods: []string{http.MethodGet}})
}
