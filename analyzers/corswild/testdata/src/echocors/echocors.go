package echocors

import (
	"github.com/labstack/echo/v4"
	"github.com/labstack/echo/v4/middleware"
	echo5 "github.com/labstack/echo/v5"
	middleware5 "github.com/labstack/echo/v5/middleware"
)

func v4(e *echo.Echo) {
	e.Use(middleware.CORSWithConfig(middleware.CORSConfig{
		AllowOrigins:     []string{"*"}, // want `"\*" among the allowed origins with credentials: echo sends`
		AllowCredentials: true,
	}))
	e.Use(middleware.CORSWithConfig(middleware.CORSConfig{
		AllowOrigins:                             []string{"*"},
		AllowCredentials:                         true,
		UnsafeWildcardOriginWithAllowCredentials: true, // want `UnsafeWildcardOriginWithAllowCredentials makes echo reflect every request's Origin with credentials`
	}))
	e.Use(middleware.CORSWithConfig(middleware.CORSConfig{
		AllowOriginFunc:  func(origin string) (bool, error) { return true, nil }, // want `the origin callback allows every origin, and echo reflects`
		AllowCredentials: true,
	}))
	e.Use(middleware.CORSWithConfig(middleware.CORSConfig{
		AllowOrigins:     []string{"https://app.example.com"},
		AllowCredentials: true,
	}))
	e.Use(middleware.CORS())
}

func v5(e *echo5.Echo) {
	e.Use(middleware5.CORSWithConfig(middleware5.CORSConfig{
		AllowOrigins:     []string{"*"}, // want `"\*" among the allowed origins with credentials: echo v5 panics at startup`
		AllowCredentials: true,
	}))
	e.Use(middleware5.CORSWithConfig(middleware5.CORSConfig{
		UnsafeAllowOriginFunc: func(c *echo5.Context, origin string) (string, bool, error) { return origin, true, nil }, // want `the origin callback allows every origin, and echo v5 reflects`
		AllowCredentials:      true,
	}))
	e.Use(middleware5.CORS("https://app.example.com"))
}
