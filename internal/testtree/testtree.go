// Package testtree lays out a folder of files for a test: the ingest and
// intake tests each read a tree of documents from disk, and they build it
// the same way.
package testtree

import (
	"os"
	"path/filepath"
	"testing"
)

// Write writes files (a slash-separated path relative to dir -> its text)
// under dir, creating the folders they need; any failure ends the test.
func Write(t testing.TB, dir string, files map[string]string) {
	t.Helper()
	for name, text := range files {
		p := filepath.Join(dir, filepath.FromSlash(name))
		if err := os.MkdirAll(filepath.Dir(p), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(p, []byte(text), 0o644); err != nil {
			t.Fatal(err)
		}
	}
}
