// Package store is the in-memory order store of the demo service.
package store

import (
	"errors"
	"sort"
	"strconv"
	"sync"
	"time"
)

// ErrNotFound is returned for unknown order IDs.
var ErrNotFound = errors.New("order not found")

// ErrInvalid is returned for orders that fail validation.
var ErrInvalid = errors.New("invalid order")

// Order is one customer order.
type Order struct {
	ID        string    `json:"id"`
	SKU       string    `json:"sku"`
	Qty       int       `json:"qty"`
	Paid      bool      `json:"paid"`
	Cancelled bool      `json:"cancelled"`
	CreatedAt time.Time `json:"created_at"`
}

// Store keeps orders in memory.
type Store struct {
	mu     sync.Mutex
	next   int
	orders map[string]*Order
}

// New returns an empty store.
func New() *Store {
	return &Store{orders: make(map[string]*Order)}
}

// Create validates and stores a new order.
func (s *Store) Create(sku string, qty int) (*Order, error) {
	if sku == "" || qty <= 0 {
		return nil, ErrInvalid
	}
	s.mu.Lock()
	defer s.mu.Unlock()
	s.next++
	o := &Order{ID: strconv.Itoa(s.next), SKU: sku, Qty: qty, CreatedAt: time.Now()}
	s.orders[o.ID] = o
	return o, nil
}

// Get returns the order with the given ID.
func (s *Store) Get(id string) (*Order, error) {
	s.mu.Lock()
	defer s.mu.Unlock()
	o, ok := s.orders[id]
	if !ok {
		return nil, ErrNotFound
	}
	cp := *o
	return &cp, nil
}

// List returns all orders sorted by ID.
func (s *Store) List() []Order {
	s.mu.Lock()
	defer s.mu.Unlock()
	out := make([]Order, 0, len(s.orders))
	for _, o := range s.orders {
		out = append(out, *o)
	}
	sort.Slice(out, func(i, j int) bool { return out[i].ID < out[j].ID })
	return out
}

// Update applies f to the order with the given ID.
func (s *Store) Update(id string, f func(*Order) error) error {
	s.mu.Lock()
	defer s.mu.Unlock()
	o, ok := s.orders[id]
	if !ok {
		return ErrNotFound
	}
	return f(o)
}

// Delete removes an order.
func (s *Store) Delete(id string) error {
	s.mu.Lock()
	defer s.mu.Unlock()
	if _, ok := s.orders[id]; !ok {
		return ErrNotFound
	}
	delete(s.orders, id)
	return nil
}
