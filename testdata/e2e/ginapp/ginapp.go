// Package ginapp is the gin front end of the orders service.
package ginapp

import (
	"bytes"
	"errors"
	"net/http"

	"github.com/gin-gonic/gin"
)

type orderInput struct {
	SKU string `json:"sku" binding:"required"`
	Qty int    `json:"qty"`
}

var errNotFound = errors.New("order not found")

func lookup(id string) (gin.H, error) {
	if id == "0" {
		return nil, errNotFound
	}
	return gin.H{"id": id}, nil
}

// Register mounts the routes.
func Register(r *gin.Engine) {
	r.GET("/orders/:id", getOrder)
	r.POST("/orders", createOrder)
	r.GET("/v1/orders", legacyRedirect)
	r.POST("/v1/orders", createdRedirect)
	r.GET("/export", export)
	r.GET("/health", health)
	r.GET("/admin", authRequired, admin)
	r.GET("/broken", broken)
}

func getOrder(c *gin.Context) {
	o, err := lookup(c.Param("id"))
	if err != nil {
		c.JSON(http.StatusOK, gin.H{"error": err.Error()}) // want "error body sent with success status 200"
		return
	}
	c.JSON(http.StatusOK, o) // ok
}

func createOrder(c *gin.Context) {
	var in orderInput
	if err := c.ShouldBindJSON(&in); err != nil {
		c.JSON(400, gin.H{"error": err.Error()}) // want `numeric status code 400; use http\.StatusBadRequest`
		return
	}
	if in.Qty > 100 {
		c.IndentedJSON(http.StatusOK, gin.H{"err": "quantity limit exceeded"}) // want "error body sent with success status 200"
		return
	}
	if in.Qty == 0 {
		c.JSON(http.StatusUnprocessableEntity, gin.H{"error": "qty must be positive"}) // ok: 4xx
		return
	}
	c.JSON(http.StatusCreated, gin.H{"sku": in.SKU, "error": nil}) // ok: "error" is not the first key
}

func legacyRedirect(c *gin.Context) {
	if c.Query("keep") != "" {
		c.Redirect(http.StatusOK, "/orders") // want `\(\*gin\.Context\)\.Redirect with non-redirect status 200`
		return
	}
	c.Redirect(http.StatusMovedPermanently, "/orders") // ok
}

func createdRedirect(c *gin.Context) {
	c.Redirect(http.StatusCreated, "/orders/1") // ok: gin accepts 201 for Redirect
}

func authRequired(c *gin.Context) {
	if c.GetHeader("Authorization") == "" {
		c.AbortWithStatusJSON(http.StatusOK, gin.H{"message": "login required"}) // want `AbortWithStatusJSON with non-error status 200`
		return
	}
	if c.GetHeader("Authorization") == "revoked" {
		c.AbortWithError(http.StatusUnauthorized, errors.New("token revoked")) // ok
		return
	}
	c.Next()
}

func admin(c *gin.Context) {
	code := http.StatusOK
	if c.Query("dry") != "" {
		code = http.StatusAccepted
	}
	c.JSON(code, gin.H{"error": "not implemented"}) // ok: non-constant code is never reported
}

func export(c *gin.Context) {
	var buf bytes.Buffer
	if _, err := buf.WriteString("id,sku\n"); err != nil {
		c.String(http.StatusOK, err.Error()) // want "error body sent with success status 200"
		return
	}
	if _, err := lookup(c.Query("id")); err != nil {
		c.JSON(http.StatusAccepted, err) // want "error body sent with success status 202"
		return
	}
	c.Data(http.StatusOK, "text/csv", buf.Bytes()) // ok
}

func health(c *gin.Context) {
	c.String(http.StatusOK, "ok") // ok
}

func broken(c *gin.Context) {
	if c.Query("zero") != "" {
		c.Status(0) // want "invalid HTTP status code 0:"
		return
	}
	c.Data(520, "text/plain", []byte("origin error")) // want "unregistered HTTP status code 520"
}
