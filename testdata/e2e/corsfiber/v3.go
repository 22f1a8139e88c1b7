package corsfiber

import (
	"slices"

	fiber3 "github.com/gofiber/fiber/v3"
	cors3 "github.com/gofiber/fiber/v3/middleware/cors"
)

var trackOrigins = []string{"https://track.example.com", "https://admin.example.com"}

func deliveriesV3(c fiber3.Ctx) error {
	return c.JSON(fiber3.Map{"deliveries": []string{}})
}

// setupV3Tracking is the v3 port of setupTracking, with a wildcard left in.
func setupV3Tracking() *fiber3.App {
	app := fiber3.New()
	app.Use(cors3.New(cors3.Config{
		AllowOrigins:     []string{"https://track.example.com", "*"}, // want `^"\*" among the allowed origins with credentials: fiber v3 panics at startup \("\[CORS\] Configuration error: When 'AllowCredentials' is set to true, 'AllowOrigins' cannot contain a wildcard origin '\*'\."\); list the allowed origins$`
		AllowCredentials: true,
	}))
	app.Get("/deliveries", deliveriesV3)
	return app
}

// setupV3Drivers has no origins.
func setupV3Drivers() *fiber3.App {
	app := fiber3.New()
	app.Use(cors3.New(cors3.Config{AllowCredentials: true})) // want `^no allowed origins \(which fiber v3 treats as every origin\) with credentials: fiber v3 panics at startup`
	app.Get("/drivers", deliveriesV3)
	return app
}

// setupV3Couriers lets everyone in through the callback.
func setupV3Couriers() *fiber3.App {
	app := fiber3.New()
	app.Use(cors3.New(cors3.Config{
		AllowOriginsFunc: func(origin string) bool { return true }, // want `^the origin callback allows every origin, and fiber v3 reflects the request's Origin with credentials`
		AllowCredentials: true,
	}))
	app.Get("/couriers", deliveriesV3)
	return app
}

// setupV3Routes wildcards the exposed headers.
func setupV3Routes() *fiber3.App {
	app := fiber3.New()
	app.Use(cors3.New(cors3.Config{
		AllowOrigins:     trackOrigins,
		ExposeHeaders:    []string{"X-Total-Count", "*"}, // want `^"\*" in the exposed headers with credentials`
		AllowCredentials: true,
	}))
	app.Get("/routes", deliveriesV3)
	return app
}

// setupV3Account is the correct v3 policy.
func setupV3Account() *fiber3.App {
	app := fiber3.New()
	app.Use(cors3.New()) // ok: no credentials
	app.Use(cors3.New(cors3.Config{
		AllowOrigins:     trackOrigins,
		AllowCredentials: true, // ok: explicit list
	}))
	app.Use(cors3.New(cors3.Config{
		AllowOriginsFunc: func(origin string) bool { return slices.Contains(trackOrigins, origin) }, // ok: a real check
		AllowCredentials: true,
	}))
	app.Get("/account", deliveriesV3)
	return app
}
