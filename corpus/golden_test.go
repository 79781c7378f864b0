package corpus

import (
	"bytes"
	"encoding/json"
	"flag"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"
)

var update = flag.Bool("update", false, "rewrite the golden files in testdata/")

// fixedNow keeps Source.Added stable in golden files.
func fixedNow() time.Time { return time.Date(2025, 11, 24, 12, 0, 0, 0, time.UTC) }

// checkGolden compares got with testdata/name, or rewrites it with -update.
func checkGolden(t *testing.T, name string, got []byte) {
	t.Helper()
	path := filepath.Join("testdata", name)
	if *update {
		if err := os.WriteFile(path, got, 0o644); err != nil {
			t.Fatal(err)
		}
		return
	}
	want, err := os.ReadFile(path)
	if err != nil {
		t.Fatalf("read golden (run go test -update): %v", err)
	}
	if !bytes.Equal(got, want) {
		t.Errorf("%s differs from the extraction (run go test ./corpus -update and review the diff)\n got:\n%s", path, got)
	}
}

func extractionJSON(t *testing.T, d *Document) []byte {
	t.Helper()
	b, err := json.MarshalIndent(d, "", "  ")
	if err != nil {
		t.Fatal(err)
	}
	return append(b, '\n')
}

// TestSeedGolden pins the full extraction of the embedded seed.
func TestSeedGolden(t *testing.T) {
	docs := Seed()
	if len(docs) != 1 {
		t.Fatalf("Seed() = %d documents, want 1", len(docs))
	}
	checkGolden(t, "seed.golden.json", extractionJSON(t, docs[0]))
}

// TestArticlesGolden pins the extraction of the test articles in testdata/.
func TestArticlesGolden(t *testing.T) {
	files, err := filepath.Glob("testdata/articles/*")
	if err != nil {
		t.Fatal(err)
	}
	if len(files) < 3 {
		t.Fatalf("want at least 3 test articles, have %d", len(files))
	}
	for _, f := range files {
		name := filepath.Base(f)
		t.Run(name, func(t *testing.T) {
			data, err := os.ReadFile(f)
			if err != nil {
				t.Fatal(err)
			}
			d, err := Parse(data, ParseOptions{Name: name, Now: fixedNow})
			if err != nil {
				t.Fatal(err)
			}
			checkGolden(t, strings.TrimSuffix(name, filepath.Ext(name))+".golden.json", extractionJSON(t, d))
		})
	}
}
