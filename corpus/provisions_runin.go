package corpus

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// Glossaries, factboxes and correction columns open each entry with a
// run-in label ("**Elecciones.** Según el punto 25, …", "**Frozen
// assets.** The plan's 14th point …"). Each entry is a small section of
// its own: a version one entry names ("**Contrapropuesta.** Texto
// presentado por los europeos …") is not the version of a bare point in
// a later entry, which speaks of what the document is about, as under a
// heading (planAbove).

// runInLabel reports whether a paragraph opens with a run-in label: a
// first sentence of one to three words, the first capitalised, no digit,
// no quotation, followed by the entry's text.
func runInLabel(p string) bool {
	dot := strings.Index(p, ". ")
	if dot <= 0 || dot > 32 || dot+2 >= len(p) {
		return false
	}
	label := p[:dot]
	if containsAny(label, "0123456789\"«»“”„,;:!?()") {
		return false
	}
	words := strings.Fields(label)
	if len(words) == 0 || len(words) > 3 {
		return false
	}
	r, _ := utf8.DecodeRuneInString(label)
	if !unicode.IsUpper(r) || len(words) > 1 && lowerIn(lexiconData().conjunctions, words[0]) {
		return false
	}
	if lowerIn(abbreviations, words[len(words)-1]) {
		return false // "Mr. Trump …", "Gen. Driscoll …": a title, no label
	}
	// the entry goes on with a sentence of its own
	next, _ := utf8.DecodeRuneInString(p[dot+2:])
	return unicode.IsUpper(next) || isOpenQuote(next)
}

// runInLayout reports whether a document is laid out as run-in entries:
// three paragraphs or more open with a label. One or two short openers
// ("Sur l'armée d'abord. …") are a writer's transitions, not a layout.
func runInLayout(ps []paragraph) bool {
	n := 0
	for _, p := range ps {
		if p.kind == paraText && runInLabel(p.text) {
			if n++; n >= 3 {
				return true
			}
		}
	}
	return false
}

// entryPlan is the version a bare point in a run-in entry speaks of, when
// the entry names none: the front matter's, the title's, else the first
// the document names above it, else the caller's.
func entryPlan(ps []paragraph, i int, src Source, fallback string, planFor func(string) (string, bool)) string {
	if src.Plan != "" {
		return src.Plan
	}
	if name, _ := planFor(src.Title); name != "" {
		return contextVersion(src.Title, name)
	}
	if name := firstVersion(ps[:i], planFor); name != "" {
		return name
	}
	return firstNonEmpty(fallback, unnamedPlan)
}

// figureLabel reports whether a paragraph opens as an "in numbers"
// listicle's entry: a bold figure and a dash ("**314** — prisoners
// exchanged …", "**2** — the point on non-aggression: …"). Each entry is
// a small section of its own, as a run-in label's is: a version the
// entry before named in passing ("**100** — days the US draft once gave
// …") is not the version of the next entry's bare point.
func figureLabel(p string) bool {
	k := 0
	for k < len(p) && k < 12 && (isDigit(p[k]) || p[k] == ',' || p[k] == '.' || p[k] == '%' || p[k] == '+') {
		k++
	}
	if k == 0 || !isDigit(p[0]) {
		return false
	}
	rest := p[k:]
	return strings.HasPrefix(rest, " — ") || strings.HasPrefix(rest, " – ")
}

// figureLayout reports whether a document is laid out as a listicle of
// figures: three paragraphs or more open with a figure and a dash.
func figureLayout(ps []paragraph) bool {
	n := 0
	for _, p := range ps {
		if p.kind == paraText && figureLabel(p.text) {
			if n++; n >= 3 {
				return true
			}
		}
	}
	return false
}
