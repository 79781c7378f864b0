package replica

import (
	"context"
	"os"
	"path/filepath"
	"sort"
	"sync/atomic"
	"testing"
	"time"

	"go.uber.org/zap/zaptest"

	"planbot/bot/store/postgres"
	"planbot/bot/store/postgres/pgtest"
	"planbot/corpus"
)

const (
	guild = "111111111111111111"
	v1    = "---\ntitle: Harbour talks\nurl: https://example.org/harbour\n---\nMayor Olenna Vashchuk said: \"The quinquireme harbour stays open.\"\n"
	v2    = "---\ntitle: Harbour talks\nurl: https://example.org/harbour\n---\nMayor Olenna Vashchuk said: \"The trireme harbour stays open.\"\n"
	other = "---\ntitle: Grain corridor\n---\nMinister Ilko Marten said: \"The grain corridor stays open.\"\n"
)

// wait bounds how long a change may take to travel (PollInterval is 1s in
// these tests); it bounds waits, it checks no speed.
const wait = 20 * time.Second

func openShared(t *testing.T, url string) *postgres.Store {
	t.Helper()
	ctx, cancel := context.WithTimeout(context.Background(), wait)
	defer cancel()
	st, err := postgres.Open(ctx, url, postgres.Options{Logger: zaptest.NewLogger(t), PollInterval: time.Second})
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { st.Close() })
	return st
}

// node is one process: a document store on its own dir and its Replica.
type node struct {
	store   *corpus.Store
	rep     *Replica
	applied atomic.Int32
}

func newNode(t *testing.T, shared Shared) *node {
	t.Helper()
	dir := filepath.Join(t.TempDir(), "docs")
	st, err := corpus.OpenStore(dir)
	if err != nil {
		t.Fatal(err)
	}
	n := &node{store: st}
	n.rep, err = New(Config{Shared: shared, Dir: dir, Logger: zaptest.NewLogger(t), Apply: func(ctx context.Context) error {
		n.applied.Add(1)
		_, err := st.ReloadChanges(ctx)
		return err
	}})
	if err != nil {
		t.Fatal(err)
	}
	return n
}

// put stores text locally and publishes it, as serve's /ingest does.
func (n *node) put(t *testing.T, text string, opts corpus.ParseOptions) corpus.PutResult {
	t.Helper()
	res, err := n.store.Put([]byte(text), opts)
	if err != nil {
		t.Fatal(err)
	}
	if err := n.rep.Publish(context.Background(), []*corpus.Document{res.Doc}, res.Replaced); err != nil {
		t.Fatal(err)
	}
	return res
}

// stored lists the stored (non-seed) documents as "guild/title/id".
func (n *node) stored() []string {
	var out []string
	for _, d := range n.store.Documents() {
		if d.Source.Added != "" {
			if _, err := os.Stat(filepath.Join(n.store.Dir(), d.Source.ID+".md")); err == nil {
				out = append(out, d.Source.Guild+"/"+d.Source.Title+"/"+d.Source.ID)
			}
		}
	}
	sort.Strings(out)
	return out
}

func equal(a, b []string) bool {
	if len(a) != len(b) {
		return false
	}
	for i := range a {
		if a[i] != b[i] {
			return false
		}
	}
	return true
}

func eventually(t *testing.T, what string, cond func() bool) {
	t.Helper()
	deadline := time.Now().Add(wait)
	for !cond() {
		if time.Now().After(deadline) {
			t.Fatalf("after %s: %s", wait, what)
		}
		time.Sleep(50 * time.Millisecond)
	}
}

// TestWatchCarriesChanges: what one process stores, replaces or deletes
// reaches another through the change feed, with its server and its exact
// bytes, and the other's store is reloaded.
func TestWatchCarriesChanges(t *testing.T) {
	url := pgtest.NewDatabase(t)
	sa, sb := openShared(t, url), openShared(t, url)
	a, b := newNode(t, sa), newNode(t, sb)
	ctx, cancel := context.WithCancel(context.Background())
	defer cancel()
	for _, n := range []*node{a, b} {
		if err := n.rep.Sync(ctx); err != nil {
			t.Fatal(err)
		}
	}
	done := make(chan error, 1)
	go func() { done <- b.rep.Run(ctx) }()

	first := a.put(t, v1, corpus.ParseOptions{Name: "harbour.md", Guild: guild})
	a.put(t, other, corpus.ParseOptions{Name: "grain.md"})
	eventually(t, "b does not hold a's documents", func() bool { return equal(b.stored(), a.stored()) && len(a.stored()) == 2 })
	got, err := os.ReadFile(filepath.Join(b.store.Dir(), first.Doc.Source.ID+".md"))
	want, _ := os.ReadFile(filepath.Join(a.store.Dir(), first.Doc.Source.ID+".md"))
	if err != nil || string(got) != string(want) {
		t.Errorf("b's file differs from a's (%v):\n%s\nwant\n%s", err, got, want)
	}
	if d, ok := b.store.Get(first.Doc.Source.ID); !ok || d.Source.Guild != guild {
		t.Errorf("b's copy lost its server: %+v", d)
	}

	second := a.put(t, v2, corpus.ParseOptions{Name: "harbour.md", Guild: guild})
	if len(second.Replaced) != 1 || second.Replaced[0].ID == second.Doc.Source.ID {
		t.Fatalf("Put replaced %+v, want the first version under another ID", second.Replaced)
	}
	eventually(t, "b does not swap the replaced version for the new one", func() bool { return equal(b.stored(), a.stored()) })
	if _, ok := b.store.Get(first.Doc.Source.ID); ok {
		t.Error("b still holds the replaced version")
	}

	if _, err := sa.DeleteDocument(ctx, "", "nonexistent"); err != nil {
		t.Fatal(err)
	}
	var grain string
	for _, d := range a.store.Documents() {
		if d.Source.Title == "Grain corridor" {
			grain = d.Source.ID
		}
	}
	if ok, err := sa.DeleteDocument(ctx, "", grain); err != nil || !ok {
		t.Fatalf("delete %s: %v %v", grain, ok, err)
	}
	eventually(t, "b keeps a deleted document", func() bool {
		_, ok := b.store.Get(grain)
		return !ok
	})
	cancel()
	if err := <-done; err != context.Canceled {
		t.Errorf("Run returned %v, want context.Canceled", err)
	}
}

// TestSync: on start a process pulls what it lacks, drops what was
// deleted or replaced while it was down, keeps what matches, and publishes
// the documents the shared state never had (a single install switching to
// shared state).
func TestSync(t *testing.T) {
	url := pgtest.NewDatabase(t)
	shared := openShared(t, url)
	ctx := context.Background()

	// A single install with two documents, one of a server, switches over.
	old := newNode(t, shared)
	local, err := old.store.Put([]byte(v1), corpus.ParseOptions{Name: "harbour.md", Guild: guild})
	if err != nil {
		t.Fatal(err)
	}
	if _, err := old.store.Put([]byte(other), corpus.ParseOptions{Name: "grain.md"}); err != nil {
		t.Fatal(err)
	}
	if err := old.rep.Sync(ctx); err != nil {
		t.Fatal(err)
	}
	docs, err := shared.Documents(ctx, 0)
	if err != nil {
		t.Fatal(err)
	}
	guilds := map[string]string{}
	for _, d := range docs {
		guilds[d.SourceID] = d.GuildID
	}
	if len(docs) != 2 || guilds[local.Doc.Source.ID] != guild {
		t.Fatalf("shared state after the first sync: %v, want both documents, the harbour one in guild %s", guilds, guild)
	}

	// A new replica pulls both.
	fresh := newNode(t, shared)
	if err := fresh.rep.Sync(ctx); err != nil {
		t.Fatal(err)
	}
	if !equal(fresh.stored(), old.stored()) || fresh.applied.Load() != 1 {
		t.Fatalf("fresh replica holds %v (applied %d), want %v", fresh.stored(), fresh.applied.Load(), old.stored())
	}

	// While it is down, the harbour document is replaced and the grain one
	// deleted elsewhere; at its next start it follows.
	other := newNode(t, shared)
	if err := other.rep.Sync(ctx); err != nil {
		t.Fatal(err)
	}
	newer := other.put(t, v2, corpus.ParseOptions{Name: "harbour.md", Guild: guild})
	for _, d := range other.store.Documents() {
		if d.Source.Title == "Grain corridor" {
			if _, err := shared.DeleteDocument(ctx, "", d.Source.ID); err != nil {
				t.Fatal(err)
			}
		}
	}
	if err := fresh.rep.Sync(ctx); err != nil {
		t.Fatal(err)
	}
	got := fresh.stored()
	if len(got) != 1 || got[0] != guild+"/Harbour talks/"+newer.Doc.Source.ID {
		t.Errorf("after the second sync the replica holds %v, want only the new harbour version", got)
	}
	after, err := shared.Documents(ctx, 0)
	if err != nil {
		t.Fatal(err)
	}
	live := 0
	for _, d := range after {
		if d.Live() {
			live++
		}
	}
	if live != 1 {
		t.Errorf("%d live documents after the sync, want 1: a replica that was down must not publish again what was deleted", live)
	}
}

func TestNewNeedsSharedAndDir(t *testing.T) {
	if _, err := New(Config{Dir: "x"}); err == nil {
		t.Error("New without Shared succeeded")
	}
	if _, err := New(Config{Shared: (*postgres.Store)(nil)}); err == nil {
		t.Error("New without Dir succeeded")
	}
}
