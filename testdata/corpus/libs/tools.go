//go:build tools

// Package corpus pins the modules of protolint's benchmark and review corpus
// (see bench/README.md). The blank imports keep them in go.mod and go.sum.
package corpus

import (
	_ "github.com/coder/websocket"
	_ "github.com/fasthttp/websocket"
	_ "github.com/gin-contrib/cors"
	_ "github.com/gin-gonic/gin"
	_ "github.com/go-chi/chi/v5"
	_ "github.com/go-chi/cors"
	_ "github.com/go-chi/render"
	_ "github.com/gobwas/ws"
	_ "github.com/gofiber/contrib/websocket"
	_ "github.com/gofiber/fiber/v2"
	_ "github.com/gofiber/fiber/v3"
	_ "github.com/gorilla/handlers"
	_ "github.com/gorilla/websocket"
	_ "github.com/labstack/echo/v4"
	_ "github.com/labstack/echo/v5"
	_ "github.com/olahol/melody"
	_ "github.com/rs/cors"
	_ "github.com/valyala/fasthttp"
	_ "golang.org/x/net/websocket"
	_ "nhooyr.io/websocket"
)
