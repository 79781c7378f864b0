package postgres

import (
	"context"
	"fmt"
	"sync"
	"testing"
	"time"
)

func TestDocumentVersions(t *testing.T) {
	a, b := openTwo(t)
	ctx := context.Background()
	at := time.Date(2026, 11, 24, 10, 0, 0, 0, time.UTC)
	put := func(d Document) (Document, bool) {
		t.Helper()
		got, changed, err := a.PutDocument(ctx, d)
		if err != nil {
			t.Fatal(err)
		}
		return got, changed
	}
	v1, changed := put(Document{SourceID: "s1", Name: "s1.md", Body: []byte("first"), AddedAt: at})
	if !changed || v1.Hash != HashBody([]byte("first")) || !v1.AddedAt.Equal(at) || !v1.Live() {
		t.Fatalf("first put = %+v %v", v1, changed)
	}
	// The same bytes again change nothing.
	if again, changed := put(Document{SourceID: "s1", Name: "s1.md", Body: []byte("first")}); changed || again.ID != v1.ID || again.Seq != v1.Seq {
		t.Fatalf("same bytes = %+v %v", again, changed)
	}
	// The same source in a server is another document.
	g1, _ := put(Document{SourceID: "s1", GuildID: "g1", Name: "s1.md", Body: []byte("guild copy")})
	v2, changed := put(Document{SourceID: "s1", Name: "s1.md", Body: []byte("second")})
	if !changed || v2.ID == v1.ID || v2.Seq <= g1.Seq {
		t.Fatalf("replacing put = %+v %v", v2, changed)
	}

	// b reads the history in change order: v1 (now replaced), g1, v2.
	docs, err := b.Documents(ctx, 0)
	if err != nil {
		t.Fatal(err)
	}
	type row struct {
		id   int64
		live bool
		repl int64
	}
	var got []row
	for i, d := range docs {
		if i > 0 && d.Seq <= docs[i-1].Seq {
			t.Fatalf("seqs not increasing: %+v", docs)
		}
		got = append(got, row{d.ID, d.Live(), d.ReplacedBy})
	}
	want := []row{{g1.ID, true, 0}, {v1.ID, false, v2.ID}, {v2.ID, true, 0}}
	if fmt.Sprint(got) != fmt.Sprint(want) {
		t.Fatalf("history = %v, want %v", got, want)
	}
	if string(docs[2].Body) != "second" {
		t.Fatalf("body = %q", docs[2].Body)
	}
	if later, _ := b.Documents(ctx, v2.Seq); len(later) != 0 {
		t.Fatalf("changes after the last seq = %+v", later)
	}
	cur, err := b.Cursor(ctx)
	if err != nil || cur != v2.Seq {
		t.Fatalf("cursor = %d %v, want %d", cur, err, v2.Seq)
	}

	// Live documents: the global collection plus the asked servers' own.
	live := func(guilds ...string) []string {
		ds, err := b.LiveDocuments(ctx, guilds...)
		if err != nil {
			t.Fatal(err)
		}
		var out []string
		for _, d := range ds {
			out = append(out, d.GuildID+"/"+string(d.Body))
		}
		return out
	}
	if got := fmt.Sprint(live()); got != "[/second]" {
		t.Fatalf("global only = %s", got)
	}
	if got := fmt.Sprint(live("g1")); got != "[/second g1/guild copy]" {
		t.Fatalf("g1 = %s", got)
	}
	if got := fmt.Sprint(live("g2")); got != "[/second]" {
		t.Fatalf("g2 sees g1's document: %s", got)
	}

	// Deleting is a change too, seen after the cursor.
	if ok, err := b.DeleteDocument(ctx, "g1", "s1"); !ok || err != nil {
		t.Fatalf("delete = %v %v", ok, err)
	}
	if ok, _ := b.DeleteDocument(ctx, "g1", "s1"); ok {
		t.Fatal("second delete found a document")
	}
	docs, _ = a.Documents(ctx, cur)
	if len(docs) != 1 || docs[0].ID != g1.ID || !docs[0].Deleted || docs[0].Live() {
		t.Fatalf("changes after delete = %+v", docs)
	}
	if got := fmt.Sprint(live("g1")); got != "[/second]" {
		t.Fatalf("g1 after delete = %s", got)
	}
	// A deleted document can come back.
	if back, changed := put(Document{SourceID: "s1", GuildID: "g1", Name: "s1.md", Body: []byte("guild copy")}); !changed || !back.Live() {
		t.Fatalf("put after delete = %+v %v", back, changed)
	}
	if _, _, err := a.PutDocument(ctx, Document{Name: "x.md"}); err == nil {
		t.Fatal("document without a source ID accepted")
	}
}

// TestDocumentCursorNeverSkips: two replicas write documents concurrently
// while a reader follows the cursor; moving the cursor to the last seq read
// never skips a change committed later with a smaller seq.
func TestDocumentCursorNeverSkips(t *testing.T) {
	a, b := openTwo(t)
	ctx := context.Background()
	const each = 40
	var wg sync.WaitGroup
	errs := make(chan error, 2)
	for w, st := range []*Store{a, b} {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for i := range each {
				d := Document{SourceID: fmt.Sprintf("w%d-%d", w, i), Name: "d.md", Body: []byte(fmt.Sprintf("body %d %d", w, i))}
				if _, _, err := st.PutDocument(ctx, d); err != nil {
					errs <- err
					return
				}
			}
		}()
	}
	writing := make(chan struct{})
	go func() { wg.Wait(); close(writing) }()
	seen := map[string]bool{}
	var cursor int64
	for done := false; !done; {
		select {
		case <-writing:
			done = true
		default:
		}
		docs, err := a.Documents(ctx, cursor)
		if err != nil {
			t.Fatal(err)
		}
		for _, d := range docs {
			if d.Seq <= cursor {
				t.Fatalf("seq %d after cursor %d", d.Seq, cursor)
			}
			cursor = d.Seq
			seen[d.SourceID] = true
		}
	}
	close(errs)
	for err := range errs {
		t.Fatal(err)
	}
	// One last read after the writers finished: anything still missing was
	// skipped for good.
	docs, _ := a.Documents(ctx, cursor)
	for _, d := range docs {
		seen[d.SourceID] = true
	}
	all, _ := a.Documents(ctx, 0)
	if len(all) != 2*each {
		t.Fatalf("stored %d documents, want %d", len(all), 2*each)
	}
	for _, d := range all {
		if !seen[d.SourceID] && d.Seq <= cursor {
			t.Fatalf("cursor reader skipped %s (seq %d, cursor %d)", d.SourceID, d.Seq, cursor)
		}
	}
}
