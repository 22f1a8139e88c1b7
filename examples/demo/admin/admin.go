// Package admin is the gin-based back-office API of the demo service.
package admin

import (
	"errors"
	"net/http"
	"strconv"

	"github.com/gin-gonic/gin"

	"example.com/demo/store"
)

// Register mounts the admin routes on r.
func Register(r *gin.Engine, s *store.Store) {
	h := &handler{store: s}
	g := r.Group("/admin")
	g.GET("/", h.stats)
	g.GET("/orders/:id", h.order)
	g.POST("/orders/:id/refund", h.refund)
	r.GET("/admin", func(c *gin.Context) { c.Redirect(http.StatusMovedPermanently, "/admin/") })
}

type handler struct {
	store *store.Store
}

func (h *handler) stats(c *gin.Context) {
	orders := h.store.List()
	paid := 0
	for _, o := range orders {
		if o.Paid {
			paid++
		}
	}
	c.JSON(http.StatusOK, gin.H{"orders": len(orders), "paid": paid})
}

func (h *handler) order(c *gin.Context) {
	o, err := h.store.Get(c.Param("id"))
	if err != nil {
		c.JSON(200, gin.H{"error": err.Error()})
		return
	}
	c.JSON(http.StatusOK, o)
}

func (h *handler) refund(c *gin.Context) {
	amount, err := strconv.Atoi(c.PostForm("amount"))
	if err != nil {
		c.JSON(http.StatusBadRequest, gin.H{"error": "amount must be an integer"})
		return
	}
	err = h.store.Update(c.Param("id"), func(o *store.Order) error {
		if !o.Paid {
			return errors.New("order is not paid")
		}
		o.Paid = false
		return nil
	})
	switch {
	case errors.Is(err, store.ErrNotFound):
		c.AbortWithStatusJSON(http.StatusNotFound, gin.H{"error": "no such order"})
	case err != nil:
		c.JSON(http.StatusConflict, gin.H{"error": err.Error()})
	default:
		c.JSON(http.StatusOK, gin.H{"refunded": amount})
	}
}
