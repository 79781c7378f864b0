package postgres

import (
	"context"
	"testing"
	"time"

	"planbot/bot/store/postgres/pgtest"
)

// nextChange waits for a change on a Watch channel.
func nextChange(t *testing.T, ch <-chan Change, within time.Duration) Change {
	t.Helper()
	select {
	case c, ok := <-ch:
		if !ok {
			t.Fatal("watch closed")
		}
		return c
	case <-time.After(within):
		t.Fatalf("no change within %v", within)
		return Change{}
	}
}

// TestWatchAcrossStores: a document put through one replica reaches the
// other's Watch through NOTIFY, well before its (here very long) poll.
func TestWatchAcrossStores(t *testing.T) {
	url := pgtest.NewDatabase(t)
	a := openURL(t, url, testOptions(t))
	opts := testOptions(t)
	opts.PollInterval = time.Minute
	b := openURL(t, url, opts)
	ctx, cancel := context.WithCancel(context.Background())
	defer cancel()
	cur, err := b.Cursor(ctx)
	if err != nil {
		t.Fatal(err)
	}
	ch := b.Watch(ctx, cur)
	time.Sleep(200 * time.Millisecond) // let the watcher LISTEN; it reads once on start anyway
	start := time.Now()
	put, _, err := a.PutDocument(ctx, Document{SourceID: "s1", GuildID: "g1", Name: "s1.md", Body: []byte("hello")})
	if err != nil {
		t.Fatal(err)
	}
	c := nextChange(t, ch, 5*time.Second)
	if c.ID != put.ID || c.GuildID != "g1" || string(c.Body) != "hello" || !c.Live() {
		t.Fatalf("change = %+v", c)
	}
	t.Logf("delivered in %v", time.Since(start))
	if _, err := a.DeleteDocument(ctx, "g1", "s1"); err != nil {
		t.Fatal(err)
	}
	if c := nextChange(t, ch, 5*time.Second); c.ID != put.ID || !c.Deleted {
		t.Fatalf("delete change = %+v", c)
	}
	cancel()
	select {
	case _, ok := <-ch:
		if ok {
			t.Fatal("change after cancel")
		}
	case <-time.After(5 * time.Second):
		t.Fatal("watch not closed after cancel")
	}
}

// TestWatchCatchesLostNotifications: a change whose notification never came
// (written without NOTIFY), and one made while the LISTEN connection was
// down, both arrive by the poll.
func TestWatchCatchesLostNotifications(t *testing.T) {
	url := pgtest.NewDatabase(t)
	a := openURL(t, url, testOptions(t))
	opts := testOptions(t)
	opts.PollInterval = time.Second
	b := openURL(t, url, opts)
	ctx, cancel := context.WithCancel(context.Background())
	defer cancel()
	ch := b.Watch(ctx, 0)
	time.Sleep(200 * time.Millisecond)
	if _, err := a.Pool().Exec(ctx, `INSERT INTO documents (seq, source_id, name, body, hash, added_at)
		VALUES (nextval('document_changes'), 'silent', 's.md', 'x', 'h', now())`); err != nil {
		t.Fatal(err)
	}
	if c := nextChange(t, ch, 5*time.Second); c.SourceID != "silent" {
		t.Fatalf("change = %+v", c)
	}
	// Kill the watcher's LISTEN connection, then change a document.
	if _, err := a.Pool().Exec(ctx, `SELECT pg_terminate_backend(pid) FROM pg_stat_activity
		WHERE application_name = 'planbot watch' AND datname = current_database()`); err != nil {
		t.Fatal(err)
	}
	if _, _, err := a.PutDocument(ctx, Document{SourceID: "after-kill", Name: "k.md", Body: []byte("y")}); err != nil {
		t.Fatal(err)
	}
	if c := nextChange(t, ch, 5*time.Second); c.SourceID != "after-kill" {
		t.Fatalf("change = %+v", c)
	}
	// And the watcher listens again.
	deadline := time.Now().Add(5 * time.Second)
	for {
		var n int
		if err := a.Pool().QueryRow(ctx, `SELECT count(*) FROM pg_stat_activity
			WHERE application_name = 'planbot watch' AND datname = current_database()`).Scan(&n); err != nil {
			t.Fatal(err)
		}
		if n == 1 {
			break
		}
		if time.Now().After(deadline) {
			t.Fatalf("%d LISTEN connections after the kill, want 1", n)
		}
		time.Sleep(100 * time.Millisecond)
	}
}
