package index

import (
	"slices"
	"testing"
)

// TestPhraseWithDroppedWord: a multi-word synonym whose first word another
// language drops as a stop word ("non" in Italian and French, "de" in
// Spanish, French and Italian) is still looked for in the languages that
// keep it: "non-nuclear status" finds "non-nuclear state" and "de facto
// recognition" finds "фактически признают", ahead of a text that matches
// the other words only through translations or lacks "de facto".
func TestPhraseWithDroppedWord(t *testing.T) {
	ix := openTexts(t,
		"---\nlang: en\n---\n\nUkraine agrees to remain a non-nuclear state.\n\nRecognition of Crimea was discussed in Geneva.\n",
		"---\nlang: it\n---\n\nLo status della centrale nucleare resta incerto.\n",
		"---\nlang: ru\n---\n\nПо плану США фактически признают Крым российским.\n",
	)
	wantFirst(t, ix, "non-nuclear status", "non-nuclear state")
	wantFirst(t, ix, "non nuclear status of ukraine", "non-nuclear state")
	wantFirst(t, ix, "de facto recognition of crimea", "фактически")
}

// TestNegationIsAQueryWord: a negation another language drops ("non" to
// the Italian analyzer) stays a query word of the languages that keep it,
// however the query writes it; another stop word ("of") is still left out.
func TestNegationIsAQueryWord(t *testing.T) {
	ix := openTexts(t,
		"---\nlang: en\n---\n\nUkraine agrees to remain a non-nuclear state.\n",
		"---\nlang: it\n---\n\nLo status della centrale nucleare resta incerto.\n",
	)
	for _, q := range []string{"non-nuclear status", "non nuclear status", "status of non-nuclear state"} {
		var raws []string
		for _, qt := range ix.queryTerms(ix.analyzersInUse(), q) {
			raws = append(raws, qt.raw)
			if qt.raw == "non" && qt.byAnalyzer[analyzerFor("it")] != "" {
				t.Errorf("%q: %q is a query word of the Italian analyzer, which drops it", q, qt.raw)
			}
		}
		if !slices.Contains(raws, "non") || slices.Contains(raws, "of") {
			t.Errorf("%q: query words %v, want %q and not %q", q, raws, "non", "of")
		}
	}
}

func TestLostNegation(t *testing.T) {
	for _, c := range []struct {
		to    string
		terms []string
		want  bool
	}{
		{"non-nuclear", []string{"nuclear"}, true},
		{"non-nuclear", []string{"non", "nuclear"}, false},
		{"prisoners of war", []string{"prison", "war"}, false},
		{"ohne Atomwaffen", []string{"atomwaff"}, true},
	} {
		if got := lostNegation(c.to, c.terms); got != c.want {
			t.Errorf("lostNegation(%q, %v) = %v, want %v", c.to, c.terms, got, c.want)
		}
	}
}
