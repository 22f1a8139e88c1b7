// Package corsfiber is the CORS setup of the delivery tracking API: the current
// server on fiber v2 and the next one on fiber v3.
package corsfiber

import (
	"os"
	"strings"

	"github.com/gofiber/contrib/websocket"
	"github.com/gofiber/fiber/v2"
	"github.com/gofiber/fiber/v2/middleware/cors"
)

func deliveries(c *fiber.Ctx) error {
	return c.JSON(fiber.Map{"deliveries": []string{}})
}

// setupTracking lets every origin in with the session cookie; fiber refuses it at
// startup.
func setupTracking() *fiber.App {
	app := fiber.New()
	app.Use(cors.New(cors.Config{
		AllowOrigins:     "*", // want `^"\*" among the allowed origins with credentials: fiber panics at startup \("\[CORS\] Insecure setup, 'AllowCredentials' is set to true, and 'AllowOrigins' is set to a wildcard\."\); list the allowed origins$`
		AllowCredentials: true,
	}))
	app.Get("/deliveries", deliveries)
	return app
}

// setupDrivers forgot the origins: fiber then uses "*".
func setupDrivers() *fiber.App {
	app := fiber.New()
	app.Use(cors.New(cors.Config{ // want `^no allowed origins \(which fiber treats as every origin\) with credentials: fiber panics at startup`
		AllowMethods:     "GET,POST",
		AllowCredentials: true,
	}))
	app.Get("/drivers", deliveries)
	return app
}

// setupCouriers lets everyone in through the callback.
func setupCouriers() *fiber.App {
	app := fiber.New()
	app.Use(cors.New(cors.Config{
		AllowOriginsFunc: func(origin string) bool { return true }, // want `^the origin callback allows every origin, and fiber reflects the request's Origin with credentials`
		AllowCredentials: true,
	}))
	app.Get("/couriers", deliveries)
	return app
}

// setupDepots accepts the depot sites by suffix, without the dot.
func setupDepots() *fiber.App {
	app := fiber.New()
	app.Use(cors.New(cors.Config{
		AllowOriginsFunc: func(origin string) bool {
			return strings.HasSuffix(origin, "depot.example.com") // want `^strings\.HasSuffix\(origin, "depot\.example\.com"\) also accepts attacker-controlled origins such as "https://evildepot\.example\.com"`
		},
		AllowCredentials: true,
	}))
	app.Get("/depots", deliveries)
	return app
}

// setupLabels serves the label printer app, which runs from file:.
func setupLabels() *fiber.App {
	app := fiber.New()
	app.Use(cors.New(cors.Config{
		AllowOrigins:     "https://track.example.com, null", // want `^"null" among the allowed origins: fiber rejects it at startup, and with credentials it would let sandboxed pages of any site in; remove it$`
		AllowCredentials: true,
	}))
	app.Get("/labels", deliveries)
	return app
}

// setupRoutes lists the origins but wildcards the headers.
func setupRoutes() *fiber.App {
	app := fiber.New()
	app.Use(cors.New(cors.Config{
		AllowOrigins:     "https://track.example.com, https://*.depots.example.com", // ok: subdomain pattern
		AllowHeaders:     "Authorization, Content-Type, *",                          // want `^"\*" in the allowed headers with credentials: it is not a wildcard there \(browsers treat it as a literal name for credentialed requests\), so it allows nothing; list the names$`
		AllowCredentials: true,
	}))
	app.Get("/routes", deliveries)
	return app
}

// setupPublic is the public tracking page: no credentials.
func setupPublic() *fiber.App {
	app := fiber.New()
	app.Use(cors.New())                                                    // ok: no credentials
	app.Use(cors.New(cors.Config{AllowOrigins: "*", AllowMethods: "GET"})) // ok: no credentials
	app.Get("/public", deliveries)
	return app
}

// setupAccount is the correct credentialed policy.
func setupAccount() *fiber.App {
	app := fiber.New()
	app.Use(cors.New(cors.Config{
		AllowOrigins:     "https://track.example.com, https://admin.example.com",
		AllowCredentials: true, // ok: explicit list
	}))
	app.Use(cors.New(cors.Config{
		AllowOrigins:     os.Getenv("TRACK_ORIGINS"), // ok: not known statically
		AllowCredentials: true,
	}))
	app.Use(cors.New(cors.Config{
		AllowOriginsFunc: func(origin string) bool {
			return origin == "https://track.example.com" || strings.HasSuffix(origin, ".depots.example.com") // ok: a real check
		},
		AllowCredentials: true,
	}))
	app.Get("/account", deliveries)
	return app
}

// setupLive mounts the live position feeds.
func setupLive(app *fiber.App) {
	app.Get("/ws/positions", websocket.New(positions, websocket.Config{
		Origins: []string{"*"}, // want `^Origins "\*" accepts every origin: browsers send the user's cookies with the WebSocket handshake and CORS does not apply, so any website can open a connection as the user \(cross-site WebSocket hijacking\); list the allowed origins$`
	}))
	app.Get("/ws/eta", websocket.New(positions, websocket.Config{ // want `^a websocket\.Config without Origins accepts every origin: .*\(Origins defaults to "\*"\); list the allowed origins$`
		ReadBufferSize: 1024,
	}))
	app.Get("/ws/track", websocket.New(positions, websocket.Config{
		Origins: []string{"https://track.example.com", "*"}, // ok: only a leading "*" allows every origin
	}))
}

func positions(c *websocket.Conn) {
	defer c.Close()
	c.WriteJSON(fiber.Map{"lat": 0, "lng": 0})
}
