// Package api is the public orders API. It only talks HTTP through package
// respond, so every finding here depends on facts exported by respond.
package api

import (
	"net/http"

	"example.com/e2e/respond"
)

type order struct {
	ID  string `json:"id"`
	SKU string `json:"sku"`
}

var orders = &respond.Responder{Base: "/orders"}

// CreateOrder creates an order.
func CreateOrder(w http.ResponseWriter, r *http.Request) {
	if r.Method != http.MethodPost {
		respond.Error(w, http.StatusOK, "use POST") // want `Error with non-error status 200`
		return
	}
	sku := r.FormValue("sku")
	if sku == "" {
		respond.Error(w, http.StatusBadRequest, "sku required") // ok
		return
	}
	if sku == "legacy" {
		respond.Error(w, 1000, "gone forever") // want "invalid HTTP status code 1000:"
		return
	}
	respond.JSON(w, http.StatusCreated, order{ID: "1", SKU: sku}) // ok
}

// Checkout sends the browser to the cart.
func Checkout(w http.ResponseWriter, r *http.Request) {
	if r.URL.Query().Has("old") {
		respond.Redirect(w, r, "/cart", http.StatusOK) // want `Redirect with non-redirect status 200`
		return
	}
	respond.Redirect(w, r, "/cart", http.StatusFound) // ok
}

// Track redirects to the tracking page of an order.
func Track(w http.ResponseWriter, r *http.Request) {
	if r.URL.Query().Has("v1") {
		orders.Redirect(w, r, "/track", http.StatusOK) // want `Redirect with non-redirect status 200`
		return
	}
	orders.Redirect(w, r, "/track", http.StatusTemporaryRedirect) // ok
}

// Abandon is called when the client disconnects mid-checkout.
func Abandon(w http.ResponseWriter, r *http.Request) {
	if r.Context().Err() != nil {
		respond.JSON(w, 499, map[string]string{"state": "abandoned"}) // want "unregistered HTTP status code 499"
		return
	}
	if r.URL.Query().Has("quiet") {
		respond.Problem(w, http.StatusOK, "") // ok: Problem also reaches WriteHeader, so no error class
		return
	}
	respond.Status(w, 0) // ok: Status reassigns its code, so it is not a wrapper
}
