// Package chiapp is the chi + render front end of the orders service.
package chiapp

import (
	"net/http"

	"github.com/go-chi/chi/v5"
	"github.com/go-chi/render"
)

type order struct {
	ID string `json:"id"`
}

// Routes builds the router.
func Routes() http.Handler {
	r := chi.NewRouter()
	r.Get("/orders/{id}", getOrder)
	r.Post("/orders", createOrder)
	r.Delete("/orders/{id}", deleteOrder)
	return r
}

func getOrder(w http.ResponseWriter, r *http.Request) {
	id := chi.URLParam(r, "id")
	switch id {
	case "":
		render.Status(r, 422) // want `numeric status code 422; use http\.StatusUnprocessableEntity`
		render.JSON(w, r, map[string]string{"message": "id required"})
		return
	case "cancelled":
		render.Status(r, 499) // want "unregistered HTTP status code 499"
		render.PlainText(w, r, "client went away")
		return
	}
	render.Status(r, http.StatusOK) // ok
	render.JSON(w, r, order{ID: id})
}

func createOrder(w http.ResponseWriter, r *http.Request) {
	render.Status(r, http.StatusCreated) // ok
	render.JSON(w, r, order{ID: "1"})
}

func deleteOrder(w http.ResponseWriter, r *http.Request) {
	if chi.URLParam(r, "id") == "" {
		render.NoContent(w, r) // ok
		return
	}
	w.WriteHeader(http.StatusNoContent)
	_, _ = w.Write([]byte(`{"deleted":true}`)) // want `body written after WriteHeader\(204\)`
}
