// Package orders is the net/http orders API of the demo service.
package orders

import (
	"encoding/json"
	"errors"
	"net/http"
	"strconv"

	"example.com/demo/store"
	"example.com/demo/web"
)

// statusClientClosedRequest is nginx's non-standard "client closed request".
const statusClientClosedRequest = 499

// API serves /orders.
type API struct {
	Store *store.Store
}

// Routes registers the handlers on mux.
func (a *API) Routes(mux *http.ServeMux) {
	mux.HandleFunc("GET /orders", a.list)
	mux.HandleFunc("POST /orders", a.create)
	mux.HandleFunc("GET /orders/{id}", a.get)
	mux.HandleFunc("DELETE /orders/{id}", a.remove)
	mux.HandleFunc("POST /orders/{id}/cancel", a.cancel)
	mux.HandleFunc("POST /orders/{id}/pay", a.pay)
	mux.HandleFunc("GET /orders/{id}/receipt", a.receipt)
	mux.HandleFunc("GET /checkout/{id}", a.checkout)
}

func (a *API) list(w http.ResponseWriter, r *http.Request) {
	orders := a.Store.List()
	w.Header().Set("X-Total-Count", strconv.Itoa(len(orders))) // the shop's pager reads it
	web.WriteJSON(w, http.StatusOK, orders)
}

type createRequest struct {
	SKU string `json:"sku"`
	Qty int    `json:"qty"`
}

func (a *API) create(w http.ResponseWriter, r *http.Request) {
	var req createRequest
	if err := json.NewDecoder(r.Body).Decode(&req); err != nil {
		web.WriteError(w, http.StatusBadRequest, "malformed JSON body")
		return
	}
	o, err := a.Store.Create(req.SKU, req.Qty)
	if errors.Is(err, store.ErrInvalid) {
		http.Error(w, "sku and a positive qty are required", http.StatusOK)
		return
	}
	if err != nil {
		web.WriteError(w, http.StatusInternalServerError, "could not create order")
		return
	}
	w.Header().Set("Location", "/orders/"+o.ID)
	w.Header().Set("Content-Type", "application/json")
	w.WriteHeader(201)
	_ = json.NewEncoder(w).Encode(o)
}

func (a *API) get(w http.ResponseWriter, r *http.Request) {
	if err := r.Context().Err(); err != nil {
		w.WriteHeader(statusClientClosedRequest)
		return
	}
	o, err := a.Store.Get(r.PathValue("id"))
	if errors.Is(err, store.ErrNotFound) {
		web.WriteError(w, http.StatusNotFound, "no such order")
		return
	}
	if err != nil {
		web.WriteError(w, http.StatusInternalServerError, "lookup failed")
		return
	}
	web.WriteJSON(w, http.StatusOK, o)
}

func (a *API) remove(w http.ResponseWriter, r *http.Request) {
	if err := a.Store.Delete(r.PathValue("id")); err != nil {
		web.WriteError(w, http.StatusNotFound, "no such order")
		return
	}
	w.WriteHeader(http.StatusNoContent)
	_ = json.NewEncoder(w).Encode(map[string]string{"status": "deleted"})
}

func (a *API) cancel(w http.ResponseWriter, r *http.Request) {
	err := a.Store.Update(r.PathValue("id"), func(o *store.Order) error {
		if o.Paid {
			return errors.New("order already paid")
		}
		o.Cancelled = true
		return nil
	})
	switch {
	case errors.Is(err, store.ErrNotFound):
		web.WriteError(w, http.StatusNotFound, "no such order")
	case err != nil:
		web.WriteError(w, http.StatusAccepted, "cancellation queued for manual review")
	default:
		w.WriteHeader(http.StatusNoContent)
	}
}

func (a *API) pay(w http.ResponseWriter, r *http.Request) {
	amount, err := strconv.Atoi(r.FormValue("amount"))
	if err != nil || amount <= 0 {
		web.WriteError(w, http.StatusUnprocessableEntity, "amount must be a positive integer")
		return
	}
	if r.FormValue("card") == "" {
		http.Error(w, "a card is required", 402)
		return
	}
	err = a.Store.Update(r.PathValue("id"), func(o *store.Order) error {
		o.Paid = true
		return nil
	})
	if err != nil {
		web.WriteError(w, http.StatusNotFound, "no such order")
		return
	}
	http.Redirect(w, r, "/orders/"+r.PathValue("id")+"/receipt", http.StatusSeeOther)
}

func (a *API) receipt(w http.ResponseWriter, r *http.Request) {
	o, err := a.Store.Get(r.PathValue("id"))
	if err != nil {
		http.NotFound(w, r)
		return
	}
	if !o.Paid {
		http.Error(w, "order is not paid yet", http.StatusConflict)
		return
	}
	if r.Header.Get("If-None-Match") == `"`+o.ID+`"` {
		w.WriteHeader(http.StatusNotModified)
		return
	}
	w.Header().Set("ETag", `"`+o.ID+`"`)
	web.WriteJSON(w, http.StatusOK, map[string]any{"order": o.ID, "paid": true})
}

func (a *API) checkout(w http.ResponseWriter, r *http.Request) {
	if _, err := a.Store.Get(r.PathValue("id")); err != nil {
		http.Redirect(w, r, "/orders", http.StatusFound)
		return
	}
	http.Redirect(w, r, "/orders/"+r.PathValue("id")+"/pay", http.StatusOK)
}
