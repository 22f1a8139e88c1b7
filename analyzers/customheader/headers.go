package customheader

import (
	"strings"
)

// registered is the IANA "Hypertext Transfer Protocol (HTTP) Field Name Registry"
// (https://www.iana.org/assignments/http-fields, permanent and provisional
// registrations as of 2025; RFC 9110 §16.3.1), lower-cased. A registered field is
// a standard header, never "custom".
var registered = names(registeredNames...)

var registeredNames = []string{
	"A-IM", "Accept", "Accept-Additions", "Accept-CH", "Accept-Charset", "Accept-Datetime",
	"Accept-Encoding", "Accept-Features", "Accept-Language", "Accept-Patch", "Accept-Post",
	"Accept-Query", "Accept-Ranges", "Accept-Signature", "Access-Control-Allow-Credentials",
	"Access-Control-Allow-Headers", "Access-Control-Allow-Methods", "Access-Control-Allow-Origin",
	"Access-Control-Expose-Headers", "Access-Control-Max-Age", "Access-Control-Request-Headers",
	"Access-Control-Request-Method", "Age", "Allow", "ALPN", "Alt-Svc", "Alt-Used", "Alternates",
	"AMP-Cache-Transform", "Apply-To-Redirect-Ref", "Authentication-Control", "Authentication-Info",
	"Authorization", "Available-Dictionary", "C-Ext", "C-Man", "C-Opt", "C-PEP", "C-PEP-Info",
	"Cache-Control", "Cache-Group-Invalidation", "Cache-Groups", "Cache-Status", "Cal-Managed-ID",
	"CalDAV-Timezones", "Capsule-Protocol", "CDN-Cache-Control", "CDN-Loop", "Cert-Not-After",
	"Cert-Not-Before", "Clear-Site-Data", "Client-Cert", "Client-Cert-Chain", "Close",
	"CMCD-Object", "CMCD-Request", "CMCD-Session", "CMCD-Status", "CMSD-Dynamic", "CMSD-Static",
	"Concealed-Auth-Export", "Configuration-Context", "Connection", "Content-Base",
	"Content-Digest", "Content-Disposition", "Content-Encoding", "Content-ID",
	"Content-Language", "Content-Length", "Content-Location", "Content-MD5", "Content-Range",
	"Content-Script-Type", "Content-Security-Policy", "Content-Security-Policy-Report-Only",
	"Content-Style-Type", "Content-Type", "Content-Version", "Cookie", "Cookie2",
	"Cross-Origin-Embedder-Policy", "Cross-Origin-Embedder-Policy-Report-Only",
	"Cross-Origin-Opener-Policy", "Cross-Origin-Opener-Policy-Report-Only",
	"Cross-Origin-Resource-Policy", "CTA-Common-Access-Token", "DASL", "Date", "DAV",
	"Default-Style", "Delta-Base", "Deprecation", "Depth", "Derived-From", "Destination",
	"Detached-JWS", "Differential-ID", "Dictionary-ID", "Digest", "DPoP", "DPoP-Nonce",
	"Early-Data", "EDIINT-Features", "ETag", "Expect", "Expect-CT", "Expires", "Ext", "Forwarded",
	"From", "GetProfile", "Hobareg", "Host", "HTTP2-Settings", "If", "If-Match",
	"If-Modified-Since", "If-None-Match", "If-Range", "If-Schedule-Tag-Match",
	"If-Unmodified-Since", "IM", "Include-Referred-Token-Binding-ID", "Isolation", "Keep-Alive",
	"Label", "Last-Event-ID", "Last-Modified", "Link", "Link-Template", "Location", "Lock-Token",
	"Man", "Max-Forwards", "Memento-Datetime", "Meter", "Method-Check", "Method-Check-Expires",
	"MIME-Version", "Negotiate", "NEL", "OData-EntityId", "OData-Isolation", "OData-MaxVersion",
	"OData-Version", "Opt", "Optional-WWW-Authenticate", "Ordering-Type", "Origin",
	"Origin-Agent-Cluster", "OSCORE", "OSLC-Core-Version", "Overwrite", "P3P", "PEP",
	"PEP-Info", "Permissions-Policy", "PICS-Label", "Ping-From", "Ping-To", "Position", "Pragma",
	"Prefer", "Preference-Applied", "Priority", "ProfileObject", "Protocol", "Protocol-Info",
	"Protocol-Query", "Protocol-Request", "Proxy-Authenticate", "Proxy-Authentication-Info",
	"Proxy-Authorization", "Proxy-Features", "Proxy-Instruction", "Proxy-Status", "Public",
	"Public-Key-Pins", "Public-Key-Pins-Report-Only", "Range", "Redirect-Ref", "Referer",
	"Referer-Root", "Referrer-Policy", "Refresh", "Repeatability-Client-ID",
	"Repeatability-First-Sent", "Repeatability-Request-ID", "Repeatability-Result",
	"Replay-Nonce", "Reporting-Endpoints", "Repr-Digest", "Retry-After", "Safe",
	"Schedule-Reply", "Schedule-Tag", "Sec-Fetch-Dest", "Sec-Fetch-Mode", "Sec-Fetch-Site",
	"Sec-Fetch-User", "Sec-GPC", "Sec-Purpose", "Sec-Token-Binding", "Sec-WebSocket-Accept",
	"Sec-WebSocket-Extensions", "Sec-WebSocket-Key", "Sec-WebSocket-Protocol",
	"Sec-WebSocket-Version", "Security-Scheme", "Server", "Server-Timing", "Set-Cookie",
	"Set-Cookie2", "SetProfile", "Signature", "Signature-Input", "SLUG", "SoapAction",
	"Status-URI", "Strict-Transport-Security", "Sunset", "Surrogate-Capability",
	"Surrogate-Control", "TCN", "TE", "Timeout", "Timing-Allow-Origin", "Topic", "Traceparent",
	"Tracestate", "Trailer", "Transfer-Encoding", "TTL", "Upgrade", "Urgency", "URI",
	"Use-As-Dictionary", "User-Agent", "Variant-Vary", "Vary", "Via", "Want-Content-Digest",
	"Want-Digest", "Want-Repr-Digest", "Warning", "WWW-Authenticate", "X-Content-Type-Options",
	"X-Frame-Options",
}

// wellKnown are unregistered headers that browsers, proxies or crawlers consume
// themselves, or that identify the server: they are not meant for a front end's
// scripts, so they are not "custom" either.
var wellKnown = names(wellKnownNames...)

var wellKnownNames = []string{
	"X-XSS-Protection", "X-DNS-Prefetch-Control", "X-Download-Options",
	"X-Permitted-Cross-Domain-Policies", "X-UA-Compatible", "X-Robots-Tag",
	"X-Forwarded-For", "X-Forwarded-Host", "X-Forwarded-Proto", "X-Forwarded-Port",
	"X-Forwarded-Prefix", "X-Forwarded-Server", "X-Forwarded-Ssl", "X-Real-IP",
	"X-Powered-By", "X-AspNet-Version", "X-AspNetMvc-Version", "X-Accel-Redirect",
	"X-Accel-Buffering", "X-Accel-Expires", "X-Accel-Limit-Rate", "X-Sendfile",
	"X-Content-Security-Policy", "X-WebKit-CSP", "Feature-Policy", "Report-To", "Expect-Staple",
}

// safelisted are the CORS-safelisted response headers (Fetch Standard): scripts read
// them without any exposure.
var safelisted = names(
	"Cache-Control", "Content-Language", "Content-Length", "Content-Type", "Expires",
	"Last-Modified", "Pragma",
)

// nearStandard returns the registered or well-known header that name misspells (one
// letter added, dropped, changed or two swapped, for names of five letters or
// more: "Expire" for "Expires"), or "".
func nearStandard(name string) string {
	if len(name) < 5 {
		return ""
	}
	n := strings.ToLower(name)
	for _, list := range [][]string{registeredNames, wellKnownNames} {
		for _, std := range list {
			if oneEdit(n, strings.ToLower(std)) {
				return std
			}
		}
	}
	return ""
}

// oneEdit reports whether a and b differ by exactly one insertion, deletion,
// substitution or transposition of adjacent letters.
func oneEdit(a, b string) bool {
	if a == b {
		return false
	}
	if len(a) > len(b) {
		a, b = b, a
	}
	switch len(b) - len(a) {
	case 0:
		i := 0
		for i < len(a) && a[i] == b[i] {
			i++
		}
		if a[i+1:] == b[i+1:] {
			return true // substitution
		}
		return i+1 < len(a) && a[i] == b[i+1] && a[i+1] == b[i] && a[i+2:] == b[i+2:] // transposition
	case 1:
		i := 0
		for i < len(a) && a[i] == b[i] {
			i++
		}
		return a[i:] == b[i+1:]
	}
	return false
}

func names(list ...string) map[string]bool {
	m := make(map[string]bool, len(list))
	for _, n := range list {
		m[strings.ToLower(n)] = true
	}
	return m
}

// isCustom reports whether name is a custom header: neither registered with IANA
// nor a well-known header that something other than a page's scripts consumes.
func isCustom(name string) bool {
	n := strings.ToLower(name)
	return !registered[n] && !wellKnown[n] && !strings.HasPrefix(n, strings.ToLower(trailerPrefix))
}

// trailerPrefix is net/http's TrailerPrefix: a header set under "Trailer:Name" is sent
// as the trailer Name. Spelled out (and checked against net/http by a test) so that
// protolint does not link net/http, whose resolver makes the binary dynamically
// linked and every go vet tool process slower to start.
const trailerPrefix = "Trailer:"
