package d

import "strings"

// d reaches none of the libraries: no fact.
var _ = strings.ToUpper
