package chiapp

import (
	"net/http"

	"github.com/go-chi/render"
)

func handler(w http.ResponseWriter, r *http.Request) {
	render.Status(r, 42)  // want `invalid HTTP status code 42`
	render.Status(r, 422) // want `numeric status code 422; use http.StatusUnprocessableEntity`
	render.Status(r, http.StatusCreated)
	render.JSON(w, r, render.M{"id": 1})
}
