package index

import (
	"context"
	"planbot/corpus"
	"testing"
)

// TestFoldAccents checks that a word typed without its accents finds the
// text that has them, in the languages whose analyzers keep accents
// (English, Polish, Russian, Ukrainian), without changing what typed
// accents or unrelated words find.
func TestFoldAccents(t *testing.T) {
	ix := openTexts(t,
		"---\ntitle: Wire\noutlet: Test Wire\npublished: 2025-11-24\n---\nThe talks were chaired by Hélène Daucourt, who called them frank.\n",
		"---\ntitle: Konferencja\noutlet: Test Gazeta\npublished: 2025-11-24\nlang: pl\n---\nMinister Radosław Wiśniewski mówił o żołnierzach na granicy.\n",
		"---\ntitle: Канал\noutlet: Test Agency\npublished: 2025-11-24\nlang: ru\n---\nДепутат Королёв назвал проект сырым.\n",
		"---\ntitle: Paris\noutlet: Test Wire\npublished: 2025-11-24\n---\nA trade fair in Paris drew record crowds.\n",
	)
	for _, c := range []struct{ query, want string }{
		{"helene", "Hélène"},
		{"Helene Daucourt", "Hélène"},
		{"Hélène", "Hélène"},
		{"radoslaw", "Radosław"},
		{"wisniewski", "Wiśniewski"},
		{"королев", "Королёв"},
		{"weather in paris", ""},
		{"heleno bitcoin", ""},
	} {
		wantFirst(t, ix, c.query, c.want)
	}
}

func TestFold(t *testing.T) {
	for _, c := range []struct{ in, want string }{
		{"hélène", "helene"},
		{"radosław", "radoslaw"},
		{"żołnierzach", "zolnierzach"},
		{"straße", "strasse"},
		{"королёв", "королев"},
		{"їжак", "іжак"},
		{"kyiv", "kyiv"},
	} {
		if got := fold(c.in); got != c.want {
			t.Errorf("fold(%q) = %q, want %q", c.in, got, c.want)
		}
		if plain(c.in) != (c.in == c.want) {
			t.Errorf("plain(%q) = %v", c.in, plain(c.in))
		}
	}
}

func TestKeepsAccents(t *testing.T) {
	ix, err := Open(context.Background(), Options{}, nil)
	if err != nil {
		t.Fatal(err)
	}
	defer ix.Close()
	for _, c := range []struct {
		lang, word string
		want       bool
	}{
		{"en", "helene", true}, {"pl", "radoslaw", true}, {"fr", "helene", false}, {"de", "helene", true},
		{"es", "helene", false}, {"it", "helene", false},
		// the Russian analyzer reads ё as е (russianAnalyzer), so it keeps no ё
		{"ru", "королев", false},
	} {
		if got := ix.keepsAccents(analyzerFor(c.lang), c.word); got != c.want {
			t.Errorf("keepsAccents(%s, %s) = %v, want %v", c.lang, c.word, got, c.want)
		}
	}
}

// TestAccentCacheSeesWrites: accentedTerm's answers are remembered per
// index generation, so a word unknown before a document arrives is found
// in it after.
func TestAccentCacheSeesWrites(t *testing.T) {
	ix := openTexts(t, "---\ntitle: Wire\noutlet: Test Wire\npublished: 2025-11-24\n---\nThe talks were chaired by a Swiss diplomat, who called them frank.\n")
	wantFirst(t, ix, "helene daucourt", "")
	d, err := corpus.Parse([]byte("---\ntitle: Later\noutlet: Test Wire\npublished: 2025-11-25\n---\nHélène Daucourt said the second round would be harder.\n"), corpus.ParseOptions{Name: "later.md"})
	if err != nil {
		t.Fatal(err)
	}
	if err := ix.Add(context.Background(), d); err != nil {
		t.Fatal(err)
	}
	wantFirst(t, ix, "helene daucourt", "Hélène")
	if w, ok := ix.accents.get(ix.facets.gen.Load(), textField(analyzerFor(defaultLang))+"\x00helen\x00helene"); ok && w == "" {
		t.Errorf("the cache kept a stale empty answer for helene")
	}
}
