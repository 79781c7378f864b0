package corpus

import (
	"encoding/json"
	"fmt"
)

// mustDecodeJSON decodes the embedded data file name (its bytes b, read by
// the caller's own go:embed) into v. The data files are compiled in, so a
// file that does not decode is a broken build, not a runtime condition: it
// panics, naming the file, and the tests that load each table catch it
// before a release. One helper keeps the message and the behaviour the
// same for every table.
func mustDecodeJSON(name string, b []byte, v any) {
	if err := json.Unmarshal(b, v); err != nil {
		panic(fmt.Errorf("decode %s: %w", name, err))
	}
}
