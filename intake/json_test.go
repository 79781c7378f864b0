package intake

import (
	"os"
	"path/filepath"
	"testing"
)

// TestJSONNamedNotWalked: a JSON document named on the command line is
// taken; JSON files in a folder (answer keys, settings) are not picked up
// with its documents.
func TestJSONNamedNotWalked(t *testing.T) {
	dir := t.TempDir()
	for name, body := range map[string]string{"story.md": "# A story\n\nText.\n", "gold.json": `{"text":"an answer key"}`, "response.json": `{"articles":[]}`} {
		if err := os.WriteFile(filepath.Join(dir, name), []byte(body), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	in, fails := Collect([]string{dir})
	if len(fails) != 0 || len(in) != 1 || filepath.Base(in[0].Name) != "story.md" {
		t.Errorf("folder: inputs %+v failures %+v, want story.md alone", in, fails)
	}
	in, fails = Collect([]string{filepath.Join(dir, "response.json")})
	if len(fails) != 0 || len(in) != 1 {
		t.Errorf("named JSON: inputs %+v failures %+v, want it taken", in, fails)
	}
}
