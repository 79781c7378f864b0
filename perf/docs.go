package perf

import (
	"fmt"
	"os"
	"path/filepath"
)

// WriteDocs writes the synthetic corpus of n items as document files in
// dir (created if missing), the same documents `planbot bench` stores, so
// that `planbot ingest DIR` can be measured end to end on them. It returns
// the number of files written.
func WriteDocs(dir string, n int, seed uint64) (int, error) {
	if err := os.MkdirAll(dir, 0o755); err != nil {
		return 0, fmt.Errorf("create synthetic docs dir: %w", err)
	}
	files := 0
	err := articles(n, seed, func(a article) error {
		files++
		if err := os.WriteFile(filepath.Join(dir, a.name), a.text, 0o644); err != nil {
			return fmt.Errorf("write synthetic doc: %w", err)
		}
		return nil
	})
	return files, err
}
