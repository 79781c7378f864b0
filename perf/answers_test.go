package perf

import (
	"context"
	"encoding/json"
	"path/filepath"
	"testing"

	"github.com/bwmarrin/discordgo"

	"planbot/bot"
	"planbot/corpus"
	"planbot/index"
)

// searchOnly hides every method of the index but the bot.Searcher ones,
// so the router asks one query at a time, as it did before SearchAll.
type searchOnly struct{ ix *index.Index }

func (s searchOnly) Search(ctx context.Context, q corpus.Query) (corpus.Results, error) {
	return s.ix.Search(ctx, q)
}

func (s searchOnly) Suggest(ctx context.Context, guild string, f corpus.Facet, prefix string, limit int) ([]string, error) {
	return s.ix.Suggest(ctx, guild, f, prefix, limit)
}

// TestSharedAnswersSame: every interaction of the benchmark's mix gets the
// same answer from the router over the index (which answers /compare and
// /provision with shared passes) as from the router asking one query at a
// time.
func TestSharedAnswersSame(t *testing.T) {
	ctx := context.Background()
	dir := t.TempDir()
	store, err := writeStore(ctx, filepath.Join(dir, "data"), 1500, 2)
	if err != nil {
		t.Fatal(err)
	}
	ix, err := index.Open(ctx, index.Options{Dir: filepath.Join(dir, "data", "index")}, store.Documents())
	if err != nil {
		t.Fatal(err)
	}
	defer ix.Close()
	shared := bot.New(bot.Config{Searcher: ix, Library: store})
	single := bot.New(bot.Config{Searcher: searchOnly{ix}, Library: store})
	for _, in := range mixedInteractions(400, 2, queries(1000, 2)) {
		var i discordgo.Interaction
		if err := json.Unmarshal(in.body, &i); err != nil {
			t.Fatal(err)
		}
		got, err := json.Marshal(shared.RespondInteraction(ctx, &i))
		if err != nil {
			t.Fatal(err)
		}
		want, err := json.Marshal(single.RespondInteraction(ctx, &i))
		if err != nil {
			t.Fatal(err)
		}
		if string(got) != string(want) {
			t.Errorf("%s: answers differ:\n got %s\nwant %s", in.body, got, want)
		}
	}
}
