// A second speaker's account inside the first speaker's sentence, in the
// forms coordspeakers.go did not read (stop 58, yzw): the second verb
// elided after a dash ("Лавров заявил, что …, а Песков — что …", "Trump
// mówił, że …, Steve Witkoff – że …"), two accounts joined by a bare
// comma ("Macron said the guarantees would be "robust", Prime Minister
// Starmer said …"), and a bare conjunction right after a closing
// quotation ("… « robustes » et Starmer a annoncé que …"). Read as one,
// the second speaker's words went to the first and the second speaker
// was lost: the released sets ZW, ZV, ZO, ZQ show these forms.

package corpus

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// gapDashes are the dashes that stand for an elided speech verb between
// a second speaker and the that-word of their clause.
var gapDashes = [...]string{" — ", " – "}

// elidedSpeaker reads the clause after a comma (and its conjunction) as
// a second speaker whose speech verb is elided: "<subject> — <that-word>
// …". The first clause must hold a speech cue, a say verb to lend the
// second clause and no open quotation; the subject, with that verb,
// must open as a speaker does (opensWithSpeaker), so "…, а потом — что
// …" or a dash inside a list stays with the first speaker.
func (x *extractor) elidedSpeaker(first, second string, pos int) bool {
	d, dash := -1, ""
	for _, g := range gapDashes {
		if k := strings.Index(second, g); k > 0 && (d < 0 || k < d) {
			d, dash = k, g
		}
	}
	if d < 0 || strings.Count(second[:d], " ") >= maxCoordAppositionWords || containsAny(second[:d], "\"«»“”„") {
		return false
	}
	after := second[d+len(dash):]
	if !x.lx.thatWords[lowerString(strings.TrimRight(firstWord(after), ","))] {
		return false
	}
	if !quoteClosedBefore(first) || !x.hasSpeechCue(first) && !hasSpeakOfVerb(first) {
		return false
	}
	verb := x.lastSayVerb(first)
	if verb == "" {
		return false
	}
	lent := second[:d] + " " + verb + ", " + after // "Песков заявил, что …"
	if !x.opensWithSpeaker(lent) {
		return false
	}
	x.sentence(first, pos)
	x.sentence(lent, pos)
	return true
}

// lastSayVerb is the last say verb of a clause as written, "" when it
// has none: the verb an elided second clause borrows.
func (x *extractor) lastSayVerb(s string) string {
	toks := tokenize(s)
	for k := len(toks) - 1; k >= 0; k-- {
		if x.lx.sayVerbs[toks[k].low] {
			return toks[k].word
		}
	}
	return ""
}

// minAsyndetonWords is how many words a second account joined by a bare
// comma must say after its verb, so that a trailing attribution ("…, Peskov
// said.") or an aside ("…, Witkoff told him, were …") is no second account.
const minAsyndetonWords = 4

// asyndetonSpeaker reads the clause after a bare comma as a second
// speaker's account: a subject and its speech verb (speakerVerbAt),
// followed by at least minAsyndetonWords words with no comma in the
// first two, after a first clause that holds a speech cue (or "spoke
// of": "Macron spoke of "robust" guarantees, Starmer said …") and no open
// quotation.
func (x *extractor) asyndetonSpeaker(first, rest string, pos int) bool {
	r, _ := utf8.DecodeRuneInString(rest)
	if !unicode.IsUpper(r) || !quoteClosedBefore(first) || !x.hasSpeechCue(first) && !hasSpeakOfVerb(first) {
		return false // most commas, looked at before any token is made
	}
	toks := readAs(tokenize(rest), x.src.Lang)
	k, ok := x.speakerVerbAt(toks)
	if !ok || len(toks)-k-1 < minAsyndetonWords || toks[k].trail != "" || toks[k+1].trail != "" || toks[k+2].trail != "" {
		return false
	}
	x.sentence(first, pos)
	x.sentence(rest, pos)
	return true
}

// quotedLowerBefore reports whether the text before s[i] (a space) ends
// in a closing quotation whose last word is lower-case ("would be
// "robust"", "« robustes »"): the end of a clause, as lowerWordBefore's
// word is, and not a name that a conjunction joins to the next one.
func quotedLowerBefore(s string, i int) bool {
	t := strings.TrimRight(s[:i], " \u00a0\u202f")
	u := strings.TrimRight(t, "\"”»’")
	if len(u) == len(t) {
		return false
	}
	u = strings.TrimRight(u, " \u00a0\u202f")
	last, _ := utf8.DecodeLastRuneInString(u)
	if !unicode.IsLetter(last) {
		return false
	}
	w := strings.TrimLeft(u[strings.LastIndexByte(u, ' ')+1:], "\"“«„‘")
	first, _ := utf8.DecodeRuneInString(w)
	return unicode.IsLower(first)
}
