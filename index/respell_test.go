package index

import (
	"context"
	"testing"

	"planbot/corpus"
)

// TestRespellNames checks that a misspelt speaker's name is read as the
// name before searching, even when the question's other words find other
// records, and that words near no name are left alone.
func TestRespellNames(t *testing.T) {
	ctx := context.Background()
	text := "---\ntitle: Briefings\noutlet: Test Wire\npublished: 2025-11-24\n---\n" +
		"The foreign ministry said it had received no text from Washington.\n\n" +
		"Pavel Orlov, a spokesman for the Kremlin, said Moscow had seen no official text yet.\n"
	ix := openTexts(t, text)
	for _, c := range []struct {
		query string
		want  string // in the first hit's speaker; "" for no hit
	}{
		{"Orlof no text received", "Pavel Orlov"},
		{"orlvo text", "Pavel Orlov"},
		{"Pawel Orlof", "Pavel Orlov"},
		{"orlof bitcoin", ""},
	} {
		res, err := ix.Search(ctx, corpus.Query{Text: c.query, Kind: corpus.KindStatement})
		if err != nil {
			t.Fatal(err)
		}
		if c.want == "" {
			if len(res.Hits) > 0 {
				t.Errorf("%q: answered %q, want nothing", c.query, res.Hits[0].Text)
			}
			continue
		}
		if len(res.Hits) == 0 || res.Hits[0].Speaker != c.want {
			t.Errorf("%q: hits %+v, want %q first", c.query, res.Hits, c.want)
		}
	}
}

func TestNearName(t *testing.T) {
	names := sortedNames(map[string]bool{"peskov": true, "ushakov": true, "orlov": true, "orlova": true, "kim": true})
	for _, c := range []struct{ word, want string }{
		{"peskof", "peskov"},
		{"ushakof", "ushakov"},
		{"peksov", "peskov"}, // swap
		{"orlovv", "orlov"},
		{"orlof", "orlov"}, // also one typo from nothing else
		{"orlova", "orlov"},
		{"beskov", ""}, // first letter wrong
		{"kimm", ""},   // "kim" is too short to respell to
		{"bitcoin", ""},
	} {
		if got := nearName(c.word, names); got != c.want {
			t.Errorf("nearName(%q) = %q, want %q", c.word, got, c.want)
		}
	}
}

func TestReplaceWords(t *testing.T) {
	fix := map[string]string{"peskof": "peskov"}
	for _, c := range []struct{ in, want string }{
		{"Peskof no text", "peskov no text"},
		{"what did peskof say?", "what did peskov say?"},
		{"peskofs view", "peskofs view"},
		{"Пескоф, peskof", "Пескоф, peskov"},
	} {
		if got := replaceWords(c.in, fix); got != c.want {
			t.Errorf("replaceWords(%q) = %q, want %q", c.in, got, c.want)
		}
	}
}

// TestRespellLeavesGlossedWords checks that an everyday English word the
// glossary translates is not respelt as another language's word of the
// same opening ("repay" as the French "repas", "threat" as "thread"), so
// its translation finds the text, while a name the glossary does not hold
// is still read in its declined form.
func TestRespellLeavesGlossedWords(t *testing.T) {
	ix := openTexts(t,
		"---\ntitle: Cantina\noutlet: Test Journal\npublished: 2025-11-24\nlang: fr\n---\nLe repas des soldats arrive chaque soir au front.\n",
		"---\ntitle: Minaccia\noutlet: Test Agenzia\npublished: 2025-11-24\nlang: it\n---\nIl ministro parla di una minaccia militare contro i porti del Baltico.\n",
		"---\ntitle: Lotniska\noutlet: Test Gazeta\npublished: 2025-11-24\nlang: pl\n---\nEskadry sojusznicze lądują w Malborku od jesieni.\n",
	)
	for _, c := range []struct{ query, want string }{
		{"military threat baltic ports", "minaccia"}, // translated, not respelt
		{"malbork", "Malborku"},                      // a name: still its variant
		{"repay the debt", ""},                       // not "repas": nothing
	} {
		wantFirst(t, ix, c.query, c.want)
	}
}
