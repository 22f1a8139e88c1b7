package httpstatus

// A statusCode is one entry of the IANA HTTP Status Code Registry.
type statusCode struct {
	code   int64
	goName string // the net/http constant, or "" if net/http declares none
}

// registry is the IANA "Hypertext Transfer Protocol (HTTP) Status Code Registry"
// (https://www.iana.org/assignments/http-status-codes), last updated 2025-09-15, with
// the net/http (go1.26) constant for each code. TestRegistryMatchesNetHTTP keeps the
// goName column in sync with net/http. Codes marked "(Unused)" (306, 418), temporary
// (104) or obsoleted (510) are still registered.
var registry = []statusCode{
	{100, "StatusContinue"},           // RFC9110 §15.2.1
	{101, "StatusSwitchingProtocols"}, // RFC9110 §15.2.2
	{102, "StatusProcessing"},         // RFC2518
	{103, "StatusEarlyHints"},         // RFC8297
	{104, ""},                         // Upload Resumption Supported (temporary), draft-ietf-httpbis-resumable-upload
	{200, "StatusOK"},                 // RFC9110 §15.3.1
	{201, "StatusCreated"},
	{202, "StatusAccepted"},
	{203, "StatusNonAuthoritativeInfo"},
	{204, "StatusNoContent"},
	{205, "StatusResetContent"},
	{206, "StatusPartialContent"},
	{207, "StatusMultiStatus"},     // RFC4918
	{208, "StatusAlreadyReported"}, // RFC5842
	{226, "StatusIMUsed"},          // RFC3229
	{300, "StatusMultipleChoices"}, // RFC9110 §15.4.1
	{301, "StatusMovedPermanently"},
	{302, "StatusFound"},
	{303, "StatusSeeOther"},
	{304, "StatusNotModified"},
	{305, "StatusUseProxy"},
	{306, ""}, // (Unused); net/http declares it as _
	{307, "StatusTemporaryRedirect"},
	{308, "StatusPermanentRedirect"},
	{400, "StatusBadRequest"}, // RFC9110 §15.5.1
	{401, "StatusUnauthorized"},
	{402, "StatusPaymentRequired"},
	{403, "StatusForbidden"},
	{404, "StatusNotFound"},
	{405, "StatusMethodNotAllowed"},
	{406, "StatusNotAcceptable"},
	{407, "StatusProxyAuthRequired"},
	{408, "StatusRequestTimeout"},
	{409, "StatusConflict"},
	{410, "StatusGone"},
	{411, "StatusLengthRequired"},
	{412, "StatusPreconditionFailed"},
	{413, "StatusRequestEntityTooLarge"}, // IANA: Content Too Large
	{414, "StatusRequestURITooLong"},     // IANA: URI Too Long
	{415, "StatusUnsupportedMediaType"},
	{416, "StatusRequestedRangeNotSatisfiable"}, // IANA: Range Not Satisfiable
	{417, "StatusExpectationFailed"},
	{418, "StatusTeapot"}, // (Unused)
	{421, "StatusMisdirectedRequest"},
	{422, "StatusUnprocessableEntity"}, // IANA: Unprocessable Content
	{423, "StatusLocked"},              // RFC4918
	{424, "StatusFailedDependency"},    // RFC4918
	{425, "StatusTooEarly"},            // RFC8470
	{426, "StatusUpgradeRequired"},
	{428, "StatusPreconditionRequired"},        // RFC6585
	{429, "StatusTooManyRequests"},             // RFC6585
	{431, "StatusRequestHeaderFieldsTooLarge"}, // RFC6585
	{451, "StatusUnavailableForLegalReasons"},  // RFC7725
	{500, "StatusInternalServerError"},         // RFC9110 §15.6.1
	{501, "StatusNotImplemented"},
	{502, "StatusBadGateway"},
	{503, "StatusServiceUnavailable"},
	{504, "StatusGatewayTimeout"},
	{505, "StatusHTTPVersionNotSupported"},
	{506, "StatusVariantAlsoNegotiates"},         // RFC2295
	{507, "StatusInsufficientStorage"},           // RFC4918
	{508, "StatusLoopDetected"},                  // RFC5842
	{510, "StatusNotExtended"},                   // RFC2774 (obsoleted)
	{511, "StatusNetworkAuthenticationRequired"}, // RFC6585
}

// registered maps each registered code to its net/http constant name ("" if none).
var registered = func() map[int64]string {
	m := make(map[int64]string, len(registry))
	for _, c := range registry {
		m[c.code] = c.goName
	}
	return m
}()
