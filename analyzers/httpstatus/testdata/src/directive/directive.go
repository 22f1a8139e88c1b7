package directive

import "net/http"

func handler(w http.ResponseWriter) {
	w.WriteHeader(299) //protolint:ignore httpstatus the partner gateway requires 299
	//protolint:ignore httpstatus,wsclose legacy clients expect 499
	w.WriteHeader(499)
	// want +1 `protolint:ignore directive needs a reason: //protolint:ignore httpstatus <why the finding is accepted>`
	//protolint:ignore httpstatus
	w.WriteHeader(298) // want `unregistered HTTP status code 298`
	// want +1 `protolint:ignore directive for httpstatus suppresses nothing; remove it`
	//protolint:ignore httpstatus nothing to suppress here
	w.WriteHeader(http.StatusOK)
	//protolint:ignore wsclose not ours to report
	w.WriteHeader(297) // want `unregistered HTTP status code 297`
	// want +1 `protolint:ignore directive names unknown analyzer httpstats; protolint has httpstatus, wsclose, corswild, customheader`
	//protolint:ignore httpstats typo in the name
	w.WriteHeader(http.StatusOK)
	// want +1 `protolint:ignore directive names no analyzer`
	//protolint:ignore
	w.WriteHeader(http.StatusOK)
	//protolint:ignorefoo not a directive
	w.WriteHeader(296) /* a block comment is not a directive */ // want `unregistered HTTP status code 296`
}
