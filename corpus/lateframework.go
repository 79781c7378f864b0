// Names of the 20-point framework that depend on the date: once Zelensky
// read the December text out (23-24 December 2025), coverage called it "the
// framework document", "a basic document on ending the war", "базовий
// документ", "рамковий документ", "tekst ramowy", "document de base",
// "documento marco". Before that date the same words named the Geneva
// "updated framework" or no text in particular, so they name the 20-point
// framework only in a document published from that date on
// (data/timecues.json lateNames). The plan lexicon (plans.json) knows no
// date; the readers that resolve a list's or a term's version by the
// paragraphs around it ask planFor, which extractProvisions wraps with
// these names for a late document (withLateNames), and the document's main
// version counts them (mainVersion).

package corpus

import (
	"strings"
	"sync"
)

// lateNames is data/timecues.json's lateNames: the version, the first day
// its names hold, and the names, lower case.
type lateNames struct {
	Plan    string   `json:"plan"`
	From    string   `json:"from"`
	Phrases []string `json:"phrases"`
}

// lateNamesData reads lateNames once.
var lateNamesData = sync.OnceValue(func() lateNames {
	var f struct {
		Late lateNames `json:"lateNames"`
	}
	mustDecodeJSON("data/timecues.json", timeCuesJSON, &f)
	for i, w := range f.Late.Phrases {
		f.Late.Phrases[i] = lowerString(w)
	}
	return f.Late
})

// lateDocument reports whether src was published on or after the day the
// late names hold from. A document without a date is not late.
func lateDocument(src Source) bool {
	return src.Published != "" && src.Published >= lateNamesData().From
}

// lateVersion is the version a late name in text gives ("Według
// ujawnionego przez Kijów tekstu ramowego:"), "" when text holds none.
// Only asked of a late document.
func lateVersion(text string) string {
	return lateVersionLow(lowerString(text))
}

// lateVersionLow is lateVersion of a text already lower-cased.
func lateVersionLow(low string) string {
	ln := lateNamesData()
	for _, w := range ln.Phrases {
		if i := strings.Index(low, w); i >= 0 && phraseStartsWord(low, i) {
			return ln.Plan
		}
	}
	return ""
}

// lateVersionAt is lateVersionLow with where the name stands in low, for
// the readers that weigh a sentence's named versions by distance
// (nearestVersion); ok false when low holds no late name.
func lateVersionAt(low string) (versionAt, bool) {
	ln := lateNamesData()
	for _, w := range ln.Phrases {
		if i := strings.Index(low, w); i >= 0 && phraseStartsWord(low, i) {
			return versionAt{plan: ln.Plan, start: i, end: i + len(w)}, true
		}
	}
	return versionAt{}, false
}

// withLateNames wraps planFor for a late document: a text that names no
// version by the lexicon's phrases but by a late name is the 20-point
// framework's. Other documents get planFor unchanged.
func withLateNames(planFor func(string) (string, bool), src Source) func(string) (string, bool) {
	if !lateDocument(src) {
		return planFor
	}
	return func(text string) (string, bool) {
		name, generic := planFor(text)
		if name == "" {
			if v := lateVersion(text); v != "" {
				return v, false
			}
		}
		return name, generic
	}
}
