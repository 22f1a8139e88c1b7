package hdrhandlers

import (
	"net/http/httptest"
	"testing"
)

func TestOrders(t *testing.T) {
	rec := httptest.NewRecorder()
	rec.Header().Set("X-Test-Only", "1") // ok: test code
	Orders(rec, httptest.NewRequest("GET", "/orders", nil))
	if rec.Header().Get("X-Total-Count") != "2" {
		t.Fatal(rec.Header())
	}
}
