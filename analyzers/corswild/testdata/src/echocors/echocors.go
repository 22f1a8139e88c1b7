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
	e.Use(middleware5.CORSWithConfig(middleware5.CORSConfig{
		UnsafeAllowOriginFunc: func(c *echo5.Context, origin string) (string, bool, error) { return "*", true, nil }, // want `the origin callback allows every origin and answers "\*" with credentials: echo v5 sends "Access-Control-Allow-Origin: \*", which browsers refuse`
		AllowCredentials:      true,
	}))
	e.Use(middleware5.CORSWithConfig(middleware5.CORSConfig{
		UnsafeAllowOriginFunc: func(c *echo5.Context, origin string) (string, bool, error) {
			if origin == "https://admin.example.com" {
				return origin, true, nil
			}
			return "https://app.example.com", true, nil // ok: the other origins get a fixed origin, which only that site can use
		},
		AllowCredentials: true,
	}))
	e.Use(middleware5.CORSWithConfig(middleware5.CORSConfig{
		UnsafeAllowOriginFunc: func(c *echo5.Context, origin string) (string, bool, error) {
			return c.Request().Header.Get("X-Forwarded-Origin"), true, nil // ok: not known statically
		},
		AllowCredentials: true,
	}))
	e.Use(middleware5.CORSWithConfig(middleware5.CORSConfig{
		UnsafeAllowOriginFunc: func(c *echo5.Context, origin string) (string, bool, error) { // want `echo v5 reflects`
			if len(origin) > 100 {
				return "*", true, nil
			}
			return origin, true, nil
		},
		AllowCredentials: true,
	}))
	e.Use(middleware5.CORS("https://app.example.com"))
}
