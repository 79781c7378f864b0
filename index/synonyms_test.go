package index

import (
	"context"
	"fmt"
	"testing"

	"planbot/corpus"
)

// TestExpanderLanguageAddedLater checks that an index that gains a
// language after it opened expands queries in it exactly as one that held
// it from the start: the expander's part for an analyzer is built when
// the analyzer comes into use, not only at open.
func TestExpanderLanguageAddedLater(t *testing.T) {
	ctx := context.Background()
	parse := func(name, text string) *corpus.Document {
		t.Helper()
		d, err := corpus.Parse([]byte(text), corpus.ParseOptions{Name: name})
		if err != nil {
			t.Fatal(err)
		}
		return d
	}
	en := parse("en.md", "---\ntitle: Talks\noutlet: Test Wire\npublished: 2025-11-25\nlang: en\n---\nThe envoys discussed a ceasefire and an exchange of prisoners of war.\n")
	fr := parse("fr.md", "---\ntitle: Pourparlers\noutlet: Test Gazette\npublished: 2025-11-25\nlang: fr\n---\nLes émissaires ont évoqué un cessez-le-feu et un échange de prisonniers de guerre.\n")
	pl := parse("pl.md", "---\ntitle: Rozmowy\noutlet: Test Gazeta\npublished: 2025-11-25\nlang: pl\n---\nWysłannicy rozmawiali o zawieszeniu broni i wymianie jeńców.\n")

	whole, err := Open(ctx, Options{}, []*corpus.Document{en, fr, pl})
	if err != nil {
		t.Fatal(err)
	}
	defer whole.Close()
	later, err := Open(ctx, Options{}, []*corpus.Document{en})
	if err != nil {
		t.Fatal(err)
	}
	defer later.Close()
	if err := later.Add(ctx, fr, pl); err != nil {
		t.Fatal(err)
	}
	answer := func(ix *Index, q string) string {
		res, err := ix.Search(ctx, corpus.Query{Text: q})
		if err != nil {
			t.Fatal(err)
		}
		out := ""
		for _, h := range res.Hits {
			out += fmt.Sprintf("%s %.6f %s\n", h.ID, h.Score, h.Snippet)
		}
		return out
	}
	for _, q := range []string{"ceasefire", "prisoners of war", "prisoner exchange", "cessez-le-feu", "zawieszenie broni", "jeńcy", "truce"} {
		t.Run(q, func(t *testing.T) {
			w, l := answer(whole, q), answer(later, q)
			if w == "" {
				t.Fatalf("%q: no hits in the index opened with every language", q)
			}
			if w != l {
				t.Errorf("%q: opened with every language:\n%s\nlanguages added later:\n%s", q, w, l)
			}
		})
	}
}

// BenchmarkExpander measures what opening an index used to pay for the
// glossary: its analysis with English alone (what an English index
// builds) and with every language analyzer (what was built up front).
func BenchmarkExpander(b *testing.B) {
	sh, err := shared()
	if err != nil {
		b.Fatal(err)
	}
	for _, c := range []struct {
		name string
		als  []string
	}{{"english", []string{analyzerFor(defaultLang)}}, {"all", analyzers()}} {
		b.Run(c.name, func(b *testing.B) {
			b.ReportAllocs()
			for b.Loop() {
				e, err := newExpander(sh.im, sh.version, sh.groups)
				if err != nil {
					b.Fatal(err)
				}
				e.warm(c.als)
			}
		})
	}
}
