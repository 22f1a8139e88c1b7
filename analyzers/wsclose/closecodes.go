package wsclose

// Close codes: RFC 6455 §7.4 and the IANA WebSocket Close Code Number Registry
// (https://www.iana.org/assignments/websocket, as mirrored by the project's API
// reference; the 3000-3999 registrations come from third-party mirrors of that page).

// mustNotSend are the codes that RFC 6455 §7.4.1 defines but forbids in a close
// frame: they describe closures that had no close frame.
var mustNotSend = map[int64]string{
	1005: "no status received",    // "MUST NOT be set as a status code in a Close control frame by an endpoint"
	1006: "abnormal closure",      // same wording
	1015: "TLS handshake failure", // same wording
}

// reserved describes the codes that no endpoint may send or receive
// (RFC 6455 §7.4.1 and §7.4.2), or "" for a code that may be used.
func reserved(code int64) string {
	switch {
	case code < 1000:
		return "0-999 are not used (RFC 6455 §7.4.2)"
	case code == 1004:
		return "1004 is reserved (RFC 6455 §7.4.1)"
	case code >= 1016 && code <= 2999:
		return "1016-2999 are reserved for future revisions of the protocol (RFC 6455 §7.4.2)"
	case code >= 5000:
		return "codes above 4999 are outside every range RFC 6455 §7.4.2 defines"
	}
	return ""
}

// registered3xxx are the IANA registrations in 3000-3999, the range for libraries,
// frameworks and applications that register their codes (first come, first served).
var registered3xxx = map[int64]string{
	3000: "Unauthorized",
	3003: "Forbidden",
	3008: "Timeout",
}

// maxReason is the longest close reason that fits in a close frame: control frames
// carry at most 125 bytes (RFC 6455 §5.5), two of which hold the code.
const maxReason = 123
