package vendored

import "github.com/gin-gonic/gin"

func handler(c *gin.Context) {
	c.Redirect(200, "/x") // want `\(\*gin.Context\).Redirect with non-redirect status 200: gin panics`
	c.JSON(42, nil)       // want `invalid HTTP status code 42`
}
