package corpus

import (
	"strings"
	"testing"
)

// TestMustDecodeJSON: a data file that decodes fills its value; a broken
// one panics with a message that names the file, so a bad edit to any
// table is traced to its file at once.
func TestMustDecodeJSON(t *testing.T) {
	for _, c := range []struct {
		name, file, data string
		wantPanic        bool
	}{
		{"valid", "data/example.json", `{"words": ["ein", "one"]}`, false},
		{"truncated", "data/broken.json", `{"words": ["ein", `, true},
		{"wrong type", "data/wrongtype.json", `{"words": "one"}`, true},
		{"not json", "data/notjson.json", `words: one`, true},
	} {
		t.Run(c.name, func(t *testing.T) {
			var v struct {
				Words []string `json:"words"`
			}
			var got any
			func() {
				defer func() { got = recover() }()
				mustDecodeJSON(c.file, []byte(c.data), &v)
			}()
			if !c.wantPanic {
				if got != nil {
					t.Fatalf("panicked on a valid file: %v", got)
				}
				if len(v.Words) != 2 {
					t.Fatalf("decoded %v, want two words", v.Words)
				}
				return
			}
			err, ok := got.(error)
			if !ok {
				t.Fatalf("got %v (%T), want a panic with an error", got, got)
			}
			if !strings.Contains(err.Error(), c.file) {
				t.Errorf("panic %q does not name %s", err, c.file)
			}
		})
	}
}

// TestMustDecodeNamesFile: the dataFS loader (mustDecode) panics naming
// the file too, for a file that is not embedded.
func TestMustDecodeNamesFile(t *testing.T) {
	defer func() {
		err, ok := recover().(error)
		if !ok || !strings.Contains(err.Error(), "data/missing.json") {
			t.Errorf("mustDecode of a missing file: panic %v, want an error naming data/missing.json", err)
		}
	}()
	var v any
	mustDecode("data/missing.json", &v)
}
