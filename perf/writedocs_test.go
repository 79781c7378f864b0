package perf

import (
	"os"
	"strconv"
	"testing"
)

// TestWriteDocs writes the synthetic corpus as files, for measuring
// `planbot ingest` end to end on the documents `planbot bench` indexes:
//
//	PLANBOT_PERF_DOCS=/tmp/docs PLANBOT_PERF_ITEMS=100000 go test ./perf -run TestWriteDocs
//
// Without PLANBOT_PERF_DOCS it writes a few documents to a temporary dir,
// so the helper itself stays tested.
func TestWriteDocs(t *testing.T) {
	dir, n := os.Getenv("PLANBOT_PERF_DOCS"), 210
	if dir == "" {
		dir = t.TempDir()
	}
	if s := os.Getenv("PLANBOT_PERF_ITEMS"); s != "" {
		v, err := strconv.Atoi(s)
		if err != nil {
			t.Fatalf("PLANBOT_PERF_ITEMS: %v", err)
		}
		n = v
	}
	files, err := WriteDocs(dir, n, 1)
	if err != nil {
		t.Fatal(err)
	}
	if want := (n + perDoc - 1) / perDoc; files != want {
		t.Fatalf("wrote %d documents for %d items, want %d", files, n, want)
	}
	entries, err := os.ReadDir(dir)
	if err != nil {
		t.Fatal(err)
	}
	if len(entries) < files {
		t.Fatalf("%d files in %s, want at least %d", len(entries), dir, files)
	}
}
