package errorok // want package:`wrapperPackage\(1\)`

import (
	"encoding/json"
	"fmt"
	"io"
	"net/http"
)

type APIError struct {
	Code    int    `json:"code"`
	Message string `json:"message"`
}

type ErrorStats struct{ Count int } // statistics about errors: a normal payload

type result struct {
	Success bool   `json:"success"`
	Reason  string `json:"reason"`
}

func explicit200(w http.ResponseWriter, r *http.Request, err error) {
	w.WriteHeader(http.StatusOK)
	json.NewEncoder(w).Encode(map[string]string{"error": err.Error()}) // want `error body sent with success status 200`
}

func implicit200(w http.ResponseWriter, r *http.Request) {
	if err := r.ParseForm(); err != nil {
		json.NewEncoder(w).Encode(APIError{Code: 400, Message: err.Error()}) // want `error body sent with the implicit status 200: clients treat the failure as a success; set a 4xx or 5xx status first`
		return
	}
	if r.Form.Get("q") == "" {
		fmt.Fprintf(w, "failed: %v", fmt.Errorf("no q")) // want `error body sent with the implicit status 200`
		return
	}
	json.NewEncoder(w).Encode(ErrorStats{Count: 1}) // ok: not an error payload
	json.NewEncoder(w).Encode(result{Success: true})
}

func falseSuccess(w http.ResponseWriter, r *http.Request) {
	w.WriteHeader(http.StatusCreated)
	json.NewEncoder(w).Encode(result{Success: false, Reason: "duplicate"}) // want `error body sent with success status 201`
}

func proper(w http.ResponseWriter, r *http.Request, err error) {
	w.WriteHeader(http.StatusBadRequest)
	json.NewEncoder(w).Encode(map[string]string{"error": err.Error()}) // ok: 4xx
}

func statusSetElsewhere(w http.ResponseWriter, r *http.Request, err error) {
	setStatus(w, http.StatusInternalServerError)
	json.NewEncoder(w).Encode(map[string]string{"error": err.Error()}) // ok: a helper may have set the status
}

func setStatus(w http.ResponseWriter, code int) { w.WriteHeader(code) } // want setStatus:`statusParam`

// writeJSONError is not a handler: its caller sets the status.
func writeJSONError(w http.ResponseWriter, err error) {
	json.NewEncoder(w).Encode(map[string]string{"error": err.Error()})
}

func bytesAfter200(w http.ResponseWriter, r *http.Request, err error) {
	w.WriteHeader(200)           // want `numeric status code 200`
	w.Write([]byte(err.Error())) // want `error body sent with success status 200`
	io.WriteString(w, "fine")
}

func conditionalHeader(w http.ResponseWriter, r *http.Request, err error) {
	if r.Method == http.MethodPost {
		w.WriteHeader(http.StatusOK)
	}
	json.NewEncoder(w).Encode(map[string]any{"error": err}) // ok: a WriteHeader precedes it on some path
}
