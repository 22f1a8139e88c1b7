package c // want package:`reach\(net/http\)`

import "b"

// c reaches net/http only through b, whose Reach fact says so.
var _ = b.Handle
