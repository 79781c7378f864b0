// A press review quotes newspapers for their own view ("« … », écrit le
// quotidien", "tranche le journal"): there the newspaper whose editorial
// is quoted speaks in its own name, as an institution does, while
// elsewhere an outlet only carries what others said and is never a
// speaker. The review is told by its title ("Revue de presse",
// "Presseschau", "Rassegna stampa", "Press review"); the newspaper by the
// generic noun that stands for it in the sentence ("le quotidien", "the
// paper") and by the name the paragraph gave it before ("Pour L'Écho des
// Cévennes, …").

package corpus

import (
	"strings"
	"unicode"
)

// pressReviewMarks are the words of a press review's title, lower case.
var pressReviewMarks = grammarWords["pressReviewMarks"]

// outletArticles open a newspaper's name written in the running text
// ("L'Écho des Cévennes", "Le Républicain du Morvan", "The Harbour
// Review", "Il Foglio"), capitalised.
var outletArticles = grammarSet("outletArticles")

// pressReview reports whether the document is a press review, by its
// title.
func (x *extractor) pressReview() bool {
	t := lowerString(x.src.Title)
	for _, m := range pressReviewMarks {
		if strings.Contains(t, m) {
			return true
		}
	}
	return false
}

// reviewedOutlet is the newspaper a press review quotes in sentence rest
// (the sentence without its quotation): a generic newspaper noun after an
// article there ("écrit le quotidien", "Le journal relève"), and the
// newspaper the paragraph named last before the sentence (para is the
// paragraph's text, at the sentence's offset in it). nil outside a press
// review, without the noun, or without a name that is not the review's
// own outlet, a body or a person.
func (x *extractor) reviewedOutlet(para, rest string, at int) *speaker {
	if !x.pressReview() {
		return nil
	}
	media := quoteFirstData().mediaNouns
	toks := tokenize(rest)
	noun := false
	for k := 1; k < len(toks); k++ {
		if media[lowerWord(toks[k])] && (roleArticles[lowerWord(toks[k-1])] || toks[k-1].low == "the") {
			noun = true
			break
		}
	}
	if !noun || at > len(para) {
		return nil
	}
	name := lastOutletName(para[:at])
	if name == "" || x.src.Outlet != "" && strings.EqualFold(name, x.src.Outlet) {
		return nil
	}
	for w := range strings.FieldsSeq(name) {
		if institutionData().isHead(w) || lowerIn(institutionData().sole, w) {
			return nil // "Le Kremlin fait savoir": a body, not a paper
		}
	}
	return &speaker{name: name, kind: kindBody}
}

// lastOutletName is the last newspaper name in s: an article written with
// a capital ("L'", "Le", "La", "The", "Il", "El", "Die") and the
// capitalised words after it, with the lower-case joining words inside
// ("des", "du", "de l'", "of the", "della") — "L'Écho des Cévennes",
// "La Voix de l'Estuaire". "" when there is none.
func lastOutletName(s string) string {
	words := strings.Fields(s)
	best := ""
	for i := 0; i < len(words); i++ {
		w := strings.Trim(words[i], "«»\"“”„(")
		art, rest := outletArticle(w)
		if art == "" {
			continue
		}
		parts := []string{w} // "L'Écho", "Le"
		caps := 0
		if rest != "" {
			caps++
		}
		j := i + 1
		for ; j < len(words); j++ {
			// a name in quotation marks keeps them, as the document
			// writes it (Der „Fränkische Bote“)
			c := strings.TrimRight(words[j], ",.;:!?")
			bare := strings.Trim(c, "«»\"“”„")
			if bare == "" {
				break
			}
			if isCapital(bare) {
				parts = append(parts, c)
				caps++
			} else if joiningWord(bare) && j+1 < len(words) {
				parts = append(parts, c)
			} else {
				break
			}
			if c != words[j] {
				break // punctuation closes the name
			}
		}
		for len(parts) > 1 && joiningWord(strings.Trim(parts[len(parts)-1], "«»\"“”„")) {
			parts = parts[:len(parts)-1]
		}
		if caps > 0 && len(parts) > 1 || caps > 0 && rest != "" && len(parts) == 1 {
			best = strings.Join(parts, " ")
		}
	}
	return best
}

// outletArticle splits a capitalised article from a word: "L'Écho" gives
// "L'" and "Écho", "Le" gives "Le" and "".
func outletArticle(w string) (string, string) {
	for _, ap := range []string{"L'", "L’"} {
		if r, ok := strings.CutPrefix(w, ap); ok && r != "" && unicode.IsUpper([]rune(r)[0]) {
			return ap, r
		}
	}
	if isCapital(w) && lowerIn(outletArticles, w) {
		return w, ""
	}
	return "", ""
}

// joiningWord is a lower-case word inside a newspaper's name ("des",
// "du", "de l'Estuaire" has "de", "of", "della").
func joiningWord(w string) bool {
	switch lowerString(w) {
	case "de", "des", "du", "d'", "la", "le", "les", "of", "the", "di", "del", "della", "dei", "delle", "y", "i", "und", "der", "von":
		return true
	}
	return strings.HasPrefix(w, "l'") || strings.HasPrefix(w, "l’") || strings.HasPrefix(w, "d'") || strings.HasPrefix(w, "d’")
}
