package bot

import (
	"context"
	"slices"
	"testing"

	"planbot/corpus"
)

// TestLibraryGrowsWhileServing checks that the sources the router keeps
// sorted between commands follow the store: a document ingested while
// serving is listed by /sources (newest first) and its plan is compared by
// /compare, without a restart.
func TestLibraryGrowsWhileServing(t *testing.T) {
	ctx := context.Background()
	s, _ := loadFixture(t)
	store, err := corpus.OpenStore(t.TempDir())
	if err != nil {
		t.Fatal(err)
	}
	r := New(Config{Searcher: s, Library: store, PageSize: 2})
	titles := func() []string {
		t.Helper()
		reply, err := r.Handle(ctx, Request{Kind: KindCommand, Name: "sources"})
		if err != nil {
			t.Fatalf("/sources: %v", err)
		}
		var out []string
		for _, e := range reply.Entries {
			out = append(out, e.Heading)
		}
		return out
	}
	const title, plan = "Envoys meet again over the draft", "Lisbon outline"
	before := titles() // fills the cache
	if slices.Contains(before, title) {
		t.Fatalf("before ingest /sources lists %q: %q", title, before)
	}
	plans, err := r.plans(ctx, "")
	if err != nil {
		t.Fatal(err)
	}
	if slices.Contains(plans, plan) {
		t.Fatalf("before ingest plans() holds %q: %q", plan, plans)
	}
	doc := "---\ntitle: " + title + "\noutlet: Test Wire\nurl: https://example.org/envoys-meet\npublished: 2099-01-02\nplan: " + plan + "\n---\n" +
		"Negotiators met for a second day to discuss the outline. The talks covered the ceasefire line and prisoner exchanges.\n"
	if _, added, err := store.Add([]byte(doc), corpus.ParseOptions{Name: "envoys-meet.md"}); err != nil || !added {
		t.Fatalf("store.Add: added %v, %v", added, err)
	}
	if got := titles(); len(got) == 0 || got[0] != title {
		t.Errorf("after ingest /sources = %q, want %q first (newest)", got, title)
	}
	if plans, err = r.plans(ctx, ""); err != nil {
		t.Fatal(err)
	}
	if !slices.Contains(plans, plan) {
		t.Errorf("after ingest plans() = %q, want it to hold %q", plans, plan)
	}
}
