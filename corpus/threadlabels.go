package corpus

import (
	"regexp"
	"strings"
	"unicode/utf8"
)

// Labels outside a transcript: a numbered social-media thread ("4/ …",
// "7/12 …"), a bullet of a round-up ("- Zelensky in his video address:
// …"), a label inside a paragraph after other sentences ("Delegations
// break. Rubio to the pool reporters: talks were productive, …").

// threadNumber is a thread's post number opening a paragraph: "4/",
// "7/12", "(3/9)".
var threadNumber = regexp.MustCompile(`^\(?\d{1,3}/\d{0,3}\)?\s+`)

// stripThreadNumber removes a thread's post number from the start of a
// paragraph, so that what follows reads as a paragraph's first sentence.
func stripThreadNumber(p string) string {
	if len(p) < 3 || p[0] != '(' && (p[0] < '0' || p[0] > '9') {
		return p
	}
	if m := threadNumber.FindStringIndex(p); m != nil {
		return p[m[1]:]
	}
	return p
}

// labelWords drops the adverbs that open a label before the name ("Also
// Rubio on X: …", "Meanwhile Peskov to reporters: …").
func labelWords(toks []tok) []tok {
	for len(toks) > 1 && toks[0].trail == "" && (stopCaps[toks[0].low] || toks[0].low == "and") && isCapital(toks[1].word) {
		toks = toks[1:]
	}
	return toks
}

// itemLabel reads a bullet that is a speaker label: "- Zelensky in his
// video address: Ukraine may be facing …", "• Leavitt: …". It reports
// whether it emitted a statement. Only a label naming a channel or an
// addressee, or a known person, counts: "- Point 5: …" and "- Timing: …"
// are no speakers.
func (x *extractor) itemLabel(p paragraph) bool {
	i := strings.Index(p.text, ": ")
	if i <= 0 || i > 60 {
		return false
	}
	if !x.channelLabel(p.text[:i]) && !titledQuoteLabel(p.text, i) {
		return false
	}
	return x.personLabelled(p.text, p.index)
}

// personLabelled reads "Name: words …" as the person's words when the
// label names a person: the words after the colon are theirs, the
// sentences after those are read as any others. It reports whether the
// label was a person's.
func (x *extractor) personLabelled(line string, index int) bool {
	text, rest, sp, ok := x.colonLabel(line)
	if !ok || sp.kind != kindPerson {
		return false
	}
	x.emit(sp, text, true, index)
	for _, s := range sentences(rest) {
		x.sentence(s, index)
	}
	return true
}

// channelLabel reports whether a label names who speaks where or to whom
// ("Rubio to the pool reporters", "Zelensky in his video address", "Also
// Rubio on X") or is a person the document or the lexicon knows.
func (x *extractor) channelLabel(label string) bool {
	toks := labelWords(tokenize(label))
	if len(toks) == 0 || len(toks) > 6 || !isCapital(toks[0].word) {
		return false
	}
	if labelChannel(toks) > 0 {
		return true
	}
	l := lowerString(label)
	if _, ok := x.short[l]; ok {
		return true
	}
	_, ok := x.lx.people[l]
	return ok
}

// inlineLabel reads a sentence inside a paragraph that is a label naming
// a channel or addressee: "Rubio to the pool reporters: talks were
// productive, but …". A bare "Name:" inside a paragraph is left alone
// ("Note:", "Update:").
func (x *extractor) inlineLabel(s string, pos int) bool {
	i := strings.Index(s, ": ")
	if i <= 0 || i > 60 {
		return false
	}
	toks := labelWords(tokenize(s[:i]))
	if len(toks) < 2 || len(toks) > 6 || labelChannel(toks) <= 0 {
		return false
	}
	text, rest, sp, ok := x.colonLabel(s)
	if !ok || sp.kind != kindPerson || rest != "" {
		return false
	}
	x.emit(sp, text, true, pos)
	return true
}

// titledQuoteLabel reports whether the label before the colon at i names
// someone with a title after a comma and the item after the colon opens
// with a quotation: "— Petr Novák, économiste : « … »", "– Hana Kovač,
// abogada: «…»", the lines of a round-up of voices printed as dashed items.
// Read as prose, the label's title ran across the colon into the quotation
// or was lost; the label reader gives the title as the role, as it does for
// the same line without its dash.
func titledQuoteLabel(s string, i int) bool {
	if !strings.Contains(s[:i], ", ") {
		return false
	}
	r, _ := utf8.DecodeRuneInString(strings.TrimLeft(s[i+1:], " \u00a0"))
	return strings.ContainsRune("“”«»„\"", r)
}
