package nethttp

import (
	"net/http"
	"net/http/httptest"
	"testing"
)

func TestGetOrder(t *testing.T) {
	rec := httptest.NewRecorder()
	GetOrder(rec, httptest.NewRequest(http.MethodGet, "/orders?id=7", nil))
	if rec.Code != 200 { // ok: comparison
		t.Fatalf("status = %d", rec.Code)
	}
}

func TestPreviewTeapot(t *testing.T) {
	h := http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		w.WriteHeader(418) // ok: style findings (literal) are skipped in tests
	})
	if rec := Preview(h, httptest.NewRequest(http.MethodGet, "/", nil)); rec.Code != http.StatusTeapot {
		t.Fatalf("status = %d", rec.Code)
	}
}
