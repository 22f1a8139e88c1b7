package wrapperapp

import (
	"net/http"

	"wrapperlib"
)

func handler(w http.ResponseWriter, r *http.Request) {
	wrapperlib.Error(w, http.StatusCreated, "x")   // want `wrapperlib.Error with non-error status 201: it passes the code to http.Error, so the client sees a success`
	wrapperlib.Error(w, http.StatusBadRequest, "") // want `wrapperlib.Error with empty message for status 400`
	wrapperlib.Error(w, http.StatusNotFound, "no such order")
	wrapperlib.Redirect(w, r, "/", http.StatusOK)     // want `wrapperlib.Redirect with non-redirect status 200: it passes the code to http.Redirect`
	wrapperlib.JSON(w, 42, nil)                       // want `invalid HTTP status code 42`
	wrapperlib.JSON(w, 404, nil)                      // want `numeric status code 404; use http.StatusNotFound`
	wrapperlib.Fail(w, http.StatusOK)                 // want `wrapperlib.Fail with non-error status 200: it passes the code to http.Error`
	wrapperlib.Respond(w, http.StatusOK, "fine")      // ok: Respond is not a pass-through
	wrapperlib.Either(w, http.StatusOK, "fine", true) // ok: not only an error helper
	wrapperlib.Either(w, 1, "", true)                 // want `invalid HTTP status code 1`
	wrapperlib.Defaulted(w, 42)                       // ok: the code is replaced
}

func jsonErrors(w http.ResponseWriter, err error) {
	wrapperlib.JSON(w, http.StatusOK, map[string]string{"error": err.Error()}) // want `error body sent with success status 200`
	wrapperlib.JSON(w, http.StatusOK, map[string]string{"status": "ok"})
}
