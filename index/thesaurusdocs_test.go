package index

import (
	"reflect"
	"testing"

	"github.com/blevesearch/bleve/v2/document"
	bindex "github.com/blevesearch/bleve_index_api"
)

// TestAnalysedThesaurusMatchesBleve: the definitions analysed once per
// process give every synonym source exactly the term -> synonyms lists
// that bleve's own synonym fields give after analysis, for every
// definition of the glossary, so the thesaurus an index holds is the one
// Batch.IndexSynonym wrote.
func TestAnalysedThesaurusMatchesBleve(t *testing.T) {
	sh, err := shared()
	if err != nil {
		t.Fatal(err)
	}
	entries, err := analysedThesaurus()
	if err != nil {
		t.Fatal(err)
	}
	defs := synonymDefinitions(sh.groups())
	if len(entries) != len(defs) {
		t.Fatalf("%d analysed definitions, want %d", len(entries), len(defs))
	}
	lists := func(f bindex.SynonymField) map[string][]string {
		m := map[string][]string{}
		f.IterateSynonyms(func(term string, synonyms []string) { m[term] = synonyms })
		return m
	}
	bad := 0
	for i, d := range defs {
		doc := document.NewSynonymDocument(entries[i].id)
		if err := sh.im.MapSynonymDocument(doc, synonymCollection, d.Input, d.Synonyms); err != nil {
			t.Fatal(err)
		}
		want := map[string]map[string][]string{}
		for _, f := range doc.Fields {
			f.Analyze()
			want[f.Name()] = lists(f.(bindex.SynonymField))
		}
		got := map[string]map[string][]string{}
		for _, f := range thesaurusDocument(entries[i]).Fields {
			f.Analyze()
			got[f.Name()] = lists(f.(bindex.SynonymField))
		}
		if !reflect.DeepEqual(got, want) && bad < 5 {
			bad++
			for src, w := range want {
				for term, ws := range w {
					if gs, ok := got[src][term]; !ok || !reflect.DeepEqual(gs, ws) {
						t.Errorf("definition %d (%v => %v), source %s, term %q: got %#v, want %#v", i, d.Input, d.Synonyms, src, term, gs, ws)
					}
				}
				if len(got[src]) != len(w) {
					t.Errorf("definition %d (%v => %v), source %s: %d terms, want %d", i, d.Input, d.Synonyms, src, len(got[src]), len(w))
				}
			}
			if len(got) != len(want) {
				t.Errorf("definition %d: %d sources, want %d", i, len(got), len(want))
			}
		}
	}
}

// TestSynonymPairsAsBleve: the corner cases of bleve's synonym analysis
// that synonymPairs repeats, on an analyzer that stems and drops stop
// words.
func TestSynonymPairsAsBleve(t *testing.T) {
	sh, err := shared()
	if err != nil {
		t.Fatal(err)
	}
	for _, c := range []struct {
		name            string
		lang            string
		input, synonyms []string
	}{
		{"two-way", "en", nil, []string{"truce", "ceasefire", "armistice"}},
		{"one-way", "en", []string{"captives"}, []string{"prisoners", "detainees"}},
		{"input of phrases only reads as two-way", "en", []string{"prisoners of war"}, []string{"POWs", "captives"}},
		{"a term twice", "en", nil, []string{"talks", "talk", "negotiations"}},
		{"a phrase among synonyms is dropped", "en", nil, []string{"truce", "cessation of hostilities"}},
		{"a stop word is dropped", "en", nil, []string{"truce", "the"}},
		// The Polish stemmer cuts "mąż" to nothing: one empty token.
		{"a term stemmed to nothing is dropped", "pl", nil, []string{"żona", "mąż", "małżonek"}},
	} {
		t.Run(c.name, func(t *testing.T) {
			a := sh.analyzers[analyzerFor(c.lang)]
			f := document.NewSynonymField("s", a, c.input, c.synonyms)
			f.Analyze()
			want := map[string][]string{}
			f.IterateSynonyms(func(term string, synonyms []string) { want[term] = synonyms })
			got := map[string][]string{}
			for _, p := range synonymPairs(a, c.input, c.synonyms) {
				got[p.term] = p.synonyms
			}
			if !reflect.DeepEqual(got, want) {
				t.Errorf("got %v, want %v", got, want)
			}
		})
	}
}
