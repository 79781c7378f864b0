package index

import (
	"context"
	"strings"
	"testing"

	"planbot/corpus"
)

// TestInformalWordsData: informalwords.txt parses, and a repeated or
// malformed line is an error.
func TestInformalWordsData(t *testing.T) {
	if len(informalWords()) < 50 {
		t.Fatalf("informalwords.txt: %d words", len(informalWords()))
	}
	for _, bad := range []string{"rd => road\nrd => road", "rd road", "Rd => road", "r d => road", "rd =>"} {
		if _, err := parseInformal(bad); err == nil {
			t.Errorf("parseInformal(%q): no error", bad)
		}
	}
}

// TestInformalAndTypos: a question's informal word or abbreviation ("rd",
// "jabs", Italian "cda") and its misspelt word ("ukranian", "compensaton")
// are read as the words the texts write, while questions of words the
// corpus never holds stay silent. With the informal table's switch set its
// questions are silent; with the typo step's switch set the word is left
// as typed (in so small a corpus the fuzzy search then finds the text
// anyway; in the released sets the typed word vetoes the question).
func TestInformalAndTypos(t *testing.T) {
	ix := openTexts(t,
		"---\nlang: en\n---\n\nThe Dunley Road branch closes at 6 p.m. on weekdays from November.\n\n"+
			"The prices of two rabies vaccinations rose by 9 per cent in January.\n\n"+
			"We have registered 61 dogs belonging to Ukrainian families.\n\n"+
			"Ukrainian owners should bring the microchip papers.\n",
		"---\nlang: it\n---\n\nIl consiglio di amministrazione ha deciso di non trasferire l'aumento della corrente ai consorziati.\n\n"+
			"Lo spurgo del canale inizierà a febbraio.\n",
		"---\nlang: en\n---\n\nThe European counter-proposal wants frozen assets kept until Moscow pays compensation.\n\n"+
			"Compensation for the damage was discussed again in Geneva.\n\nThe gliding club meets on Sundays.\n",
	)
	ctx := context.Background()
	informal := []struct{ query, want string }{
		{"dunley rd branch closing time", "Dunley Road"},
		{"rabies jabs price", "rabies vaccinations"},
		{"il cda farà pagare il rincaro della corrente", "consiglio di amministrazione"},
		{"cda corrente consorziati", "consiglio di amministrazione"},
	}
	typos := []struct{ query, want, respelt string }{
		{"ukranian families dogs registered", "61 dogs", "ukrainian"},
		{"compensaton damage geneva", "Compensation for the damage", "compensation"},
	}
	for _, c := range informal {
		wantFirst(t, ix, c.query, c.want)
	}
	for _, c := range typos {
		wantFirst(t, ix, c.query, c.want)
	}
	for _, q := range []string{"sourdough starter feeding ratio", "gliding cub membership fees abroad", "vet bills for hamsters"} {
		wantFirst(t, ix, q, "")
	}
	ix.diag.informalOff = true
	for _, c := range informal {
		res, err := ix.Search(ctx, corpus.Query{Text: c.query})
		if err != nil {
			t.Fatal(err)
		}
		if len(res.Hits) > 0 && strings.Contains(res.Hits[0].Text, c.want) {
			t.Errorf("%q with the informal table off: still answered %q", c.query, res.Hits[0].Text)
		}
	}
	ix.diag = diagHooks{}
	als := ix.analyzersInUse()
	for _, off := range []bool{false, true} {
		ix.diag.typoOff = off
		for _, c := range typos {
			qts := ix.queryTerms(als, c.query)
			ex, err := ix.knownTerms(ctx, als, qts)
			if err != nil {
				t.Fatal(err)
			}
			text, _, err := ix.respell(ctx, als, c.query, qts, ex.known)
			if err != nil {
				t.Fatal(err)
			}
			if got := strings.Contains(text, c.respelt); got == off {
				t.Errorf("%q (typo step off: %v): respelt %q", c.query, off, text)
			}
		}
	}
	ix.diag = diagHooks{}
}

func TestTypoEdits(t *testing.T) {
	e := typoEdits("ukranian")
	for _, w := range []string{"ukrainian", "ukranan", "ukarnian", "ukrqanian"} {
		if !containsString(e, w) {
			t.Errorf("typoEdits(ukranian) lacks %q", w)
		}
	}
	for _, w := range []string{"ukranian", "kranian", "akranian", "ukranias", "ukrania", "ukranianx", "ukrafian"} {
		if containsString(e, w) {
			t.Errorf("typoEdits(ukranian) holds %q", w)
		}
	}
}

func TestTypoSwaps(t *testing.T) {
	if !containsString(typoEdits("practise"), "practice") {
		t.Error("typoEdits(practise) lacks practice")
	}
	for _, c := range [][2]string{{"fenland", "finland"}, {"retraining", "refraining"}, {"louder", "loude"}, {"naples", "nailes"}} {
		if containsString(typoEdits(c[0]), c[1]) {
			t.Errorf("typoEdits(%s) holds %s", c[0], c[1])
		}
	}
}

func containsString(s []string, w string) bool {
	for _, x := range s {
		if x == w {
			return true
		}
	}
	return false
}
