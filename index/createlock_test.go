package index

import (
	"context"
	"path/filepath"
	"strings"
	"sync"
	"testing"

	"planbot/corpus"
)

// TestConcurrentCreation opens one fresh on-disk index from several
// goroutines at once, as two ingests on a new data dir do: each gets the
// index or a clear "in use" error, none takes the index being created for
// a broken one and removes it, and afterwards the index opens whole.
func TestConcurrentCreation(t *testing.T) {
	ctx := context.Background()
	dir := filepath.Join(t.TempDir(), "data", "index")
	docs := corpus.Seed()
	for round := 0; round < 3; round++ {
		var wg sync.WaitGroup
		errs := make(chan error, 4)
		for range 4 {
			wg.Go(func() {
				ix, err := Open(ctx, Options{Dir: dir}, docs)
				if err != nil {
					errs <- err
					return
				}
				ix.Close()
			})
		}
		wg.Wait()
		close(errs)
		for err := range errs {
			if !strings.Contains(err.Error(), "in use by another process") {
				t.Fatalf("round %d: %v; want the index or an in-use error", round, err)
			}
		}
		ix, err := Open(ctx, Options{Dir: dir}, docs)
		if err != nil {
			t.Fatalf("round %d: reopen: %v", round, err)
		}
		if n, err := ix.Count(); err != nil || n != recordCount(docs) {
			t.Errorf("round %d: %d records, %v; want %d", round, n, err, recordCount(docs))
		}
		ix.Close()
		if round == 0 {
			continue
		}
		dir = filepath.Join(t.TempDir(), "data", "index") // a fresh one again
	}
}
