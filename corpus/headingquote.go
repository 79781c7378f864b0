package corpus

import "strings"

// Quotations in a body's headings: a live blog or a round-up heads an
// entry with its speaker and their words ("**Умєров: «Є суттєвий
// прогрес»**", "## Ilse Brandner: „Europa sitzt mit am Tisch“", "Paul
// Ricaud : « Pas une capitulation »"), as a front matter title does. The
// heading is read only when it is wholly "NAME: quotation": a heading
// whose words after the colon are no quotation ("Zelensky: A Critical
// Moment") names a topic, and a quotation the paragraphs under it repeat
// is their statement, not a second one.

// headingQuote emits the quotation of the heading ps[i] as its label's
// speaker's words. It reports whether it did.
func (x *extractor) headingQuote(ps []paragraph, i int) bool {
	p := ps[i]
	if p.kind != paraHeading || i == 0 && p.text == strings.TrimSpace(x.src.Title) {
		return false // the title repeated as the first heading was read as the title
	}
	t := headingItemNumber(strings.Trim(strings.TrimSpace(p.text), "*_# ")) // "1. Rubio: «…»" in a newsletter (headingnumber.go)
	if sp, q, ok := x.quoteColonSpeaker(t); ok {
		// "## 'We will not give up land': Zelensky rejects pressure": the
		// quotation first (quotecolonhead.go), unless the entry repeats it
		if sectionRepeats(ps[i+1:], q) {
			return false
		}
		x.pos = p.index
		x.emit(sp, q, true, p.index)
		return true
	}
	t = strings.Replace(t, " : ", ": ", 1) // French spaces its colon
	label, after, ok := strings.Cut(t, ": ")
	if !ok {
		return false
	}
	q, rest, ok := leadingQuotation(strings.TrimSpace(after))
	if !ok || strings.Trim(rest, " .!…") != "" || strings.Count(q, " ") < 1 {
		return false
	}
	if genitiveLabel(labelBeforeAside(label)) {
		return false // "Wort der Synode: „…“": a document's title
	}
	text, _, sp, ok := x.colonLabel(t)
	if !ok || sp == nil || sp.name == unnamedSpeaker {
		return false
	}
	if bodyRepeats(ps[i+1:], label, q) || sectionRepeats(ps[i+1:], q) {
		return false
	}
	x.pos = p.index
	x.emit(sp, strings.Trim(text, "«»„“”\"‘’ "), true, p.index)
	return true
}

// repeatStem is how many leading letters of a word stand for it when a
// section is searched for a heading's words: "найпродуктивніший" and
// "найпродуктивнішим" are the same word in two cases.
const repeatStem = 5

// sectionRepeats reports whether the paragraphs under a heading, up to
// the next heading, repeat its quotation, perhaps inflected: at least
// half of the quotation's words of repeatStem letters or more open a
// word of the section. A crosshead that quotes the entry below it is its
// headline, and the entry's statement is the one kept.
func sectionRepeats(ps []paragraph, q string) bool {
	var section strings.Builder
	for k := 0; k < len(ps) && k < 3 && ps[k].kind != paraHeading; k++ {
		section.WriteString(" " + lowerString(ps[k].text))
	}
	words := strings.Fields(section.String())
	stems := map[string]bool{}
	for _, w := range words {
		w = strings.Trim(w, "«»„“”\"‘’.,;:!?()")
		if r := []rune(w); len(r) >= repeatStem {
			stems[string(r[:repeatStem])] = true
		}
	}
	long, found := 0, 0
	for _, w := range strings.Fields(lowerString(q)) {
		w = strings.Trim(w, "«»„“”\"‘’.,;:!?()")
		r := []rune(w)
		if len(r) < repeatStem {
			continue
		}
		long++
		if stems[string(r[:repeatStem])] {
			found++
		}
	}
	return long > 0 && 2*found >= long
}
