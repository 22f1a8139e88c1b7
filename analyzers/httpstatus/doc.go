// Package httpstatus defines an Analyzer that checks HTTP status codes passed to
// net/http and the Go web frameworks.
//
// # Analyzer httpstatus
//
// httpstatus: check HTTP status codes passed to net/http and web frameworks
//
// TODO
package httpstatus
