package postgres

import (
	"context"
	"errors"
	"testing"
	"time"

	"go.uber.org/zap/zaptest"

	"planbot/bot/store/postgres/pgtest"
)

// leadWithin waits for a Leader call running in the background.
func leadWithin(t *testing.T, ch <-chan *Leadership, d time.Duration) *Leadership {
	t.Helper()
	select {
	case l := <-ch:
		return l
	case <-time.After(d):
		t.Fatalf("no leadership within %v", d)
		return nil
	}
}

func elect(ctx context.Context, s *Store, name string) <-chan *Leadership {
	ch := make(chan *Leadership, 1)
	go func() {
		l, err := s.Leader(ctx, name)
		if err == nil {
			ch <- l
		}
	}()
	return ch
}

// TestLeaderTakeoverWhenConnectionDies: the second elector waits while the
// first leads; when the first's lock connection is killed (as when its
// process or machine dies), the first's context is cancelled and the second
// leads within 15 s. It runs on the default intervals, the ones the 15 s
// promise is made with.
func TestLeaderTakeoverWhenConnectionDies(t *testing.T) {
	url := pgtest.NewDatabase(t)
	opts := Options{Logger: zaptest.NewLogger(t)}
	a, b := openURL(t, url, opts), openURL(t, url, opts)
	ctx, cancel := context.WithCancel(context.Background())
	defer cancel()
	first, err := a.Leader(ctx, "scheduler")
	if err != nil {
		t.Fatal(err)
	}
	defer first.Release()
	second := elect(ctx, b, "scheduler")
	select {
	case <-second:
		t.Fatal("two leaders at once")
	case <-time.After(2 * b.opts.LeaderRetry):
	}
	// Another name is independent.
	other, err := b.Leader(ctx, "feeds")
	if err != nil {
		t.Fatal(err)
	}
	other.Release()

	killed := time.Now()
	if _, err := b.Pool().Exec(ctx, `SELECT pg_terminate_backend($1)`, first.conn.PgConn().PID()); err != nil {
		t.Fatal(err)
	}
	l := leadWithin(t, second, 15*time.Second)
	defer l.Release()
	took := time.Since(killed)
	select {
	case <-first.Context().Done():
		if !errors.Is(context.Cause(first.Context()), ErrLeadershipLost) {
			t.Fatalf("first's cause = %v", context.Cause(first.Context()))
		}
	case <-time.After(5 * time.Second):
		t.Fatal("the first leader was not told it lost the lock")
	}
	t.Logf("takeover %v after the kill", took)
	if l.Context().Err() != nil {
		t.Fatal("new leadership already over")
	}
}

// TestLeaderReleaseAndCancel: releasing hands the lead over; a Leader call
// waiting behind it stops when its context ends; a leadership ends with the
// context it was won under.
func TestLeaderReleaseAndCancel(t *testing.T) {
	a, b := openTwo(t)
	ctx := context.Background()
	first, err := a.Leader(ctx, "x")
	if err != nil {
		t.Fatal(err)
	}
	wctx, wcancel := context.WithTimeout(ctx, 2*b.opts.LeaderRetry)
	defer wcancel()
	if _, err := b.Leader(wctx, "x"); !errors.Is(err, context.DeadlineExceeded) {
		t.Fatalf("waiting elector: %v, want the deadline", err)
	}
	second := elect(ctx, b, "x")
	first.Release()
	if first.Context().Err() == nil {
		t.Fatal("released leadership still live")
	}
	l := leadWithin(t, second, 5*time.Second)
	lctx, lcancel := context.WithCancel(ctx)
	l.Release()
	third, err := a.Leader(lctx, "x")
	if err != nil {
		t.Fatal(err)
	}
	lcancel()
	select {
	case <-third.Context().Done():
	case <-time.After(5 * time.Second):
		t.Fatal("leadership outlived its context")
	}
	third.Release()
	// The lock was freed: another elector gets it at once.
	l, err = b.Leader(ctx, "x")
	if err != nil {
		t.Fatal(err)
	}
	l.Release()
}
