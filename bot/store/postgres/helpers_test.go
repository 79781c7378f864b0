package postgres

import (
	"context"
	"testing"
	"time"

	"go.uber.org/zap/zaptest"

	"planbot/bot/store/postgres/pgtest"
)

// testOptions are short intervals so the tests of timing behaviour are quick.
func testOptions(t *testing.T) Options {
	return Options{Logger: zaptest.NewLogger(t), PollInterval: time.Second, LeaderRetry: 300 * time.Millisecond, LeaderCheck: 300 * time.Millisecond}
}

// openURL opens a Store on url, closed when the test ends.
func openURL(t *testing.T, url string, opts Options) *Store {
	t.Helper()
	ctx, cancel := context.WithTimeout(context.Background(), 30*time.Second)
	defer cancel()
	s, err := Open(ctx, url, opts)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { s.Close() })
	return s
}

// openTwo opens two Stores on one new database: two replicas.
func openTwo(t *testing.T) (*Store, *Store) {
	url := pgtest.NewDatabase(t)
	return openURL(t, url, testOptions(t)), openURL(t, url, testOptions(t))
}
