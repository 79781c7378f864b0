package postgres

import (
	"context"
	"strings"
	"sync"
	"testing"

	"planbot/bot/store/postgres/pgtest"
)

func TestMigrationsAreNumberedInOrder(t *testing.T) {
	ms, err := migrations()
	if err != nil {
		t.Fatal(err)
	}
	for i, m := range ms {
		if m.version != i+1 {
			t.Fatalf("migration %d is numbered %d: versions must run 1, 2, 3... without gaps", i, m.version)
		}
	}
}

// TestMigrateConcurrentOpen: replicas starting together on an empty
// database all come up, the schema applied once; opening again changes
// nothing.
func TestMigrateConcurrentOpen(t *testing.T) {
	url := pgtest.NewDatabase(t)
	ms, _ := migrations()
	const n = 4
	var wg sync.WaitGroup
	errs := make(chan error, n)
	for range n {
		wg.Add(1)
		go func() {
			defer wg.Done()
			s, err := Open(context.Background(), url, testOptions(t))
			if err == nil {
				s.Close()
			}
			errs <- err
		}()
	}
	wg.Wait()
	close(errs)
	for err := range errs {
		if err != nil {
			t.Fatalf("concurrent open: %v", err)
		}
	}
	s := openURL(t, url, testOptions(t))
	ctx := context.Background()
	v, err := s.SchemaVersion(ctx)
	if err != nil || v != len(ms) {
		t.Fatalf("schema version = %d %v, want %d", v, err, len(ms))
	}
	var rows int
	if err := s.Pool().QueryRow(ctx, `SELECT count(*) FROM schema_migrations`).Scan(&rows); err != nil || rows != len(ms) {
		t.Fatalf("schema_migrations has %d rows (%v), want %d", rows, err, len(ms))
	}
	// State written survives a re-open (the migrations did not re-run).
	if err := s.KV("k").Put("a", []byte("1")); err != nil {
		t.Fatal(err)
	}
	s2 := openURL(t, url, testOptions(t))
	if v, _ := s2.KV("k").Get("a"); string(v) != "1" {
		t.Fatalf("value after re-open = %q", v)
	}
}

// TestMigrateRefusesNewerSchema: an older planbot does not run on a schema a
// newer one migrated.
func TestMigrateRefusesNewerSchema(t *testing.T) {
	url := pgtest.NewDatabase(t)
	s := openURL(t, url, testOptions(t))
	if _, err := s.Pool().Exec(context.Background(), `INSERT INTO schema_migrations (version, name) VALUES (9999, 'future')`); err != nil {
		t.Fatal(err)
	}
	_, err := Open(context.Background(), url, testOptions(t))
	if err == nil || !strings.Contains(err.Error(), "newer than this planbot") {
		t.Fatalf("open on a newer schema: %v", err)
	}
}
