package fibercors

import (
	"github.com/gofiber/fiber/v2"
	"github.com/gofiber/fiber/v2/middleware/cors"
	fiber3 "github.com/gofiber/fiber/v3"
	cors3 "github.com/gofiber/fiber/v3/middleware/cors"
)

func v2(app *fiber.App) {
	app.Use(cors.New(cors.Config{
		AllowOrigins:     "*", // want `"\*" among the allowed origins with credentials: fiber panics at startup`
		AllowCredentials: true,
	}))
	app.Use(cors.New(cors.Config{ // want `no allowed origins \(which fiber treats as every origin\) with credentials: fiber panics at startup`
		AllowOrigins:     "",
		AllowCredentials: true,
	}))
	app.Use(cors.New(cors.Config{
		AllowOriginsFunc: func(origin string) bool { return true }, // want `the origin callback allows every origin, and fiber reflects`
		AllowCredentials: true,
	}))
	app.Use(cors.New(cors.Config{
		AllowOrigins:     "https://app.example.com, https://admin.example.com",
		AllowHeaders:     "Content-Type, *", // want `"\*" in the allowed headers with credentials`
		AllowCredentials: true,
	}))
	app.Use(cors.New())
}

func v3(app *fiber3.App) {
	app.Use(cors3.New(cors3.Config{
		AllowOrigins:     []string{"https://app.example.com", "*"}, // want `"\*" among the allowed origins with credentials: fiber v3 panics at startup`
		AllowCredentials: true,
	}))
	app.Use(cors3.New(cors3.Config{
		AllowOrigins:     []string{"https://app.example.com"},
		AllowCredentials: true,
	}))
}

func mixed(app *fiber.App) {
	app.Use(cors.New(cors.Config{
		AllowOrigins:     "https://app.example.com, *", // want `fiber panics at startup \("\[CORS\] Invalid origin format in configuration: \*"\)`
		AllowCredentials: true,
	}))
}
