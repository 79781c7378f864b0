package index

import (
	"context"
	"reflect"
	"testing"

	"planbot/corpus"
)

// TestFlatFuzzy: questions with misspelt words, answered through the
// fuzzy fallback, are scored by the flat scorer in every pass (none goes
// to bleve's collector) and answered exactly as bleve answers them, in
// one search and in a shared pass; a fuzzy word whose synonyms are not in
// the text is among them.
func TestFlatFuzzy(t *testing.T) {
	ctx := context.Background()
	docs := append(testDocs(t), Synthetic(400, 3)...)
	ix, err := Open(ctx, Options{Dir: t.TempDir() + "/index"}, docs)
	if err != nil {
		t.Fatal(err)
	}
	defer ix.Close()
	cases := []struct {
		text string
		kind corpus.Kind
	}{
		{"zelenksy", ""},
		{"natto sumit", corpus.KindProvision},
		{"prisonners exchnge", corpus.KindStatement},
		{"frozzen asets", ""},
		{"kherzon frontlien", corpus.KindPassage},
		{"macrom", ""},
		{"sanctoins relief", corpus.KindStatement},
	}
	fuzzy := fuzzyNodes.Load()
	for _, c := range cases {
		q := corpus.Query{Text: c.text, Kind: c.kind}
		passes, flat := textPasses.Load(), flatRuns.Load()
		got, err := ix.Search(ctx, q)
		if err != nil {
			t.Fatal(err)
		}
		if p, f := textPasses.Load()-passes, flatRuns.Load()-flat; f != p {
			t.Errorf("%q: %d of %d passes scored flat", c.text, f, p)
		}
		if _, want := flatAndBleve(t, func() (corpus.Results, error) { return ix.Search(ctx, q) }); !reflect.DeepEqual(got, want) {
			t.Errorf("%q: flat scorer answers\n%s\nbleve answers\n%s", c.text, fingerprintFull(got), fingerprintFull(want))
		}
		set := []corpus.Query{{Text: c.text, Kind: corpus.KindProvision, Limit: 5}, {Text: c.text, Kind: corpus.KindStatement, Limit: 3}}
		passes, flat = textPasses.Load(), flatRuns.Load()
		if _, err := ix.SearchAll(ctx, set); err != nil {
			t.Fatal(err)
		}
		if p, f := textPasses.Load()-passes, flatRuns.Load()-flat; f != p {
			t.Errorf("SearchAll %q: %d of %d passes scored flat", c.text, f, p)
		}
		got2, want2 := flatAndBleve(t, func() ([]corpus.Results, error) { return ix.SearchAll(ctx, set) })
		if !reflect.DeepEqual(got2, want2) {
			t.Errorf("SearchAll %q: the flat scorer answers otherwise", c.text)
		}
	}
	if fuzzyNodes.Load() == fuzzy {
		t.Error("no fuzzy word reached the flat scorer")
	}
}

// TestFuzzyPrefix: the fixed part of a fuzzy word is cut at a rune
// boundary, as bleve cuts it.
func TestFuzzyPrefix(t *testing.T) {
	for _, c := range []struct {
		term   string
		prefix int
		want   string
	}{
		{"kherson", 1, "k"},
		{"kherson", 0, ""},
		{"übung", 1, "ü"},
		{"ab", 5, "ab"},
		{"", 1, ""},
	} {
		if got := fuzzyPrefix(c.term, c.prefix); got != c.want {
			t.Errorf("fuzzyPrefix(%q, %d) = %q, want %q", c.term, c.prefix, got, c.want)
		}
	}
}
