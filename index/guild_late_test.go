package index

import (
	"context"
	"testing"

	"planbot/corpus"
)

// TestGuildFilterAfterFirstServerDocument checks that the collections
// filter, left out while the index holds no server's records, applies as
// soon as the first one is added to an index that was already searched.
func TestGuildFilterAfterFirstServerDocument(t *testing.T) {
	ctx := context.Background()
	ix, err := Open(ctx, Options{Dir: t.TempDir() + "/index"}, corpus.Seed())
	if err != nil {
		t.Fatal(err)
	}
	defer ix.Close()
	if _, err := ix.Search(ctx, corpus.Query{Text: "quartzline observers"}); err != nil {
		t.Fatal(err)
	}
	if err := ix.Add(ctx, guildDoc("111", "a-doc", "Orsolya Brandtmeier", "Brandtmeier accord", "zz-alpha-topic", "quartzline")); err != nil {
		t.Fatal(err)
	}
	for guild, want := range map[string]bool{"111": true, "": false, "222": false} {
		res, err := ix.Search(ctx, corpus.Query{Text: "quartzline observers", Guild: guild})
		if err != nil {
			t.Fatal(err)
		}
		if (len(res.Hits) > 0) != want {
			t.Errorf("guild %q: %d hits, want some: %v", guild, len(res.Hits), want)
		}
	}
}
