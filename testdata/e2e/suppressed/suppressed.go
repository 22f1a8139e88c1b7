// Package suppressed shows //protolint:ignore directives.
package suppressed

import "net/http"

// Relay passes the CDN's origin error code through on purpose.
func Relay(w http.ResponseWriter, r *http.Request) {
	w.WriteHeader(530) //protolint:ignore httpstatus relayed verbatim from the CDN origin
}

// Partner answers with the status code the partner contract requires.
func Partner(w http.ResponseWriter, r *http.Request) {
	//protolint:ignore httpstatus the partner API contract requires 299
	w.WriteHeader(http.StatusOK + 99)
}

// Stale carries a directive that no longer suppresses anything.
func Stale(w http.ResponseWriter, r *http.Request) {
	/* want "suppresses nothing" */ //protolint:ignore httpstatus left over from an old refactor
	w.WriteHeader(http.StatusOK)
}

// NoReason carries a directive without a reason: the directive is reported and
// does not suppress the finding below it.
func NoReason(w http.ResponseWriter, r *http.Request) {
	/* want "needs a reason" */ //protolint:ignore httpstatus
	w.WriteHeader(530)          // want "unregistered HTTP status code 530"
}
