// Flashes: an agency's series of items prints each with its date and time
// and marks the urgent ones with a word in capitals ("PILNE 01.12, 09:12 –
// Rubio: rozmowy były produktywne.", "01.12, 09:40 – Sekretarz stanu …",
// "EILMELDUNG 14.03. 10:05 – …"). What follows the dash is the item:
// a speaker label or a sentence, read as a paragraph's start.

package corpus

import (
	"regexp"
	"strings"
	"sync"
)

// flashLead matches an item's flash word, date and time up to the dash
// after them; the words come from data/floor.json.
var flashLead = sync.OnceValue(func() *regexp.Regexp {
	d := floorFlashes()
	words := make([]string, len(d))
	for i, w := range d {
		words[i] = regexp.QuoteMeta(w)
	}
	return regexp.MustCompile(`^(?i:(?:` + strings.Join(words, "|") + `)\s+)?` +
		`\d{1,2}[./]\d{1,2}(?:[./](?:\d{2}|\d{4}))?\.?,?\s+` + // the date: "01.12,", "14.03.", "1/12"
		`\d{1,2}[:.]\d{2}\s*[–—-]\s+`)
})

// stripFlash removes an agency item's flash word, date and time from the
// start of a paragraph; p as it is otherwise.
func stripFlash(p string) string {
	if len(p) < 12 {
		return p
	}
	if c := p[0]; (c < '0' || c > '9') && !isAllCaps(firstWord(p)) {
		return p
	}
	if !hasASCIIDigit(p) {
		return p // flashLead reads a date and a time (regexpgates.go)
	}
	if m := flashLead().FindStringIndex(p); m != nil {
		return p[m[1]:]
	}
	return p
}

// flashBody reads an item whose label is one word naming a body
// ("Kreml: Witkoff i Kushner u Putina dziś po południu."): after an item's
// stamp it is who speaks, not the dateline a lone place before a colon
// is elsewhere ("KYIV: …").
func (x *extractor) flashBody(p *paragraph) bool {
	i := strings.Index(p.text, ": ")
	if i <= 0 || i > 30 || containsAny(p.text[:i], " ,;\"«»“”") {
		return false
	}
	sp := x.classify(tokenize(p.text[:i]), true)
	if sp == nil || sp.kind != kindBody {
		return false
	}
	x.emit(sp, p.text[i+2:], true, p.index)
	return true
}
