package spread

import "net/http"

func args() (http.ResponseWriter, string, int) { return nil, "", 42 }

func handler() {
	http.Error(args()) // ok: spread call, no argument expression to evaluate
}
