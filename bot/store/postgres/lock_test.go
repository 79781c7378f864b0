package postgres

import (
	"context"
	"errors"
	"sync"
	"testing"
	"time"
)

// TestLockExcludesAcrossStores: holders of one key on two replicas never
// overlap; other keys do not wait; a cancelled wait gives up.
func TestLockExcludesAcrossStores(t *testing.T) {
	a, b := openTwo(t)
	ctx := context.Background()
	var (
		mu      sync.Mutex
		inside  int
		overlap bool
		wg      sync.WaitGroup
	)
	for i := range 6 {
		wg.Add(1)
		go func() {
			defer wg.Done()
			st := []*Store{a, b}[i%2]
			unlock, err := st.Lock(ctx, "digest/c1")
			if err != nil {
				t.Error(err)
				return
			}
			mu.Lock()
			inside++
			overlap = overlap || inside > 1
			mu.Unlock()
			time.Sleep(30 * time.Millisecond)
			mu.Lock()
			inside--
			mu.Unlock()
			unlock()
		}()
	}
	wg.Wait()
	if overlap {
		t.Fatal("two holders of one lock at once")
	}

	unlock, err := a.Lock(ctx, "digest/c1")
	if err != nil {
		t.Fatal(err)
	}
	other, err := b.Lock(ctx, "digest/c2")
	if err != nil {
		t.Fatal(err)
	}
	other()
	wctx, cancel := context.WithTimeout(ctx, 300*time.Millisecond)
	defer cancel()
	if _, err := b.Lock(wctx, "digest/c1"); !errors.Is(err, context.DeadlineExceeded) {
		t.Fatalf("wait on a held lock: %v, want the deadline", err)
	}
	unlock()
	again, err := b.Lock(ctx, "digest/c1")
	if err != nil {
		t.Fatal(err)
	}
	again()
}
