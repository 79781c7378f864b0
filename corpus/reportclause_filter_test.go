package corpus

import (
	"strings"
	"testing"
)

// TestReportVerbWordsHoldEveryClassWord checks that the filter in front of
// classOf passes every word that has a class, in every language: a word
// it dropped would lose its statements without any other test noticing
// where.
func TestReportVerbWordsHoldEveryClassWord(t *testing.T) {
	f := reportVerbWords()
	for w := range reportVerbBase() {
		if !f.has(wordKey(w)) {
			t.Errorf("verb %q not in the filter", w)
		}
	}
	for lang, m := range reportVerbExtra() {
		for w := range m {
			if !f.has(wordKey(w)) {
				t.Errorf("%s readAs word %q not in the filter", lang, w)
			}
		}
	}
	// and classOf answers through it as through the maps alone
	lx := lexiconData()
	for _, lang := range []string{"en", "de", "ru", "it"} {
		rv := reportVerbsFor(lx, lang)
		bare := rv
		bare.base, bare.extra = nil, nil
		for _, w := range []string{"said", "sagte", "заявил", "ha", "dichiarato", "table", "стол", "weil"} {
			if got, want := rv.classOf(w), bare.classOf(w); got != want {
				t.Errorf("%s %q: class %b through the filter, %b from the maps", lang, w, got, want)
			}
		}
	}
}

// TestReportNounAsLowerCaseLookUp checks reportNoun against the map asked
// with the lower-cased word, for every noun of the lexicon as written, in
// capitals and title case, and for words of several scripts that are no
// such noun.
func TestReportNounAsLowerCaseLookUp(t *testing.T) {
	x := &extractor{lx: lexiconData()}
	words := []string{"Table", "STOL", "Стол", "weil", "Über", "ÉTAT", "İstanbul", ""}
	for w := range x.lx.report.nouns {
		words = append(words, w, strings.ToUpper(w), titleCase(w))
	}
	for _, w := range words {
		if got, want := x.reportNoun(w), x.lx.report.nouns[strings.ToLower(w)]; got != want {
			t.Errorf("reportNoun(%q) = %v, want %v", w, got, want)
		}
	}
	for w := range numberedPronouns {
		if !numberedPronounKeys.has(wordKey(w)) {
			t.Errorf("numbered pronoun %q not in its filter", w)
		}
	}
}
