package corpus

import "strings"

// A speech verb with no subject of its own after a quotation, followed
// only by whom or where the words were given to: "– Nic nie kosztuje … –
// powiedziała naszej gazecie.", "– … – oceniła w rozmowie z agencją.",
// "— … — powiedziała „Kurierowi”.", "«…», ha detto al Corriere della
// Sera." The verb alone already gives its dropped subject to the person
// the sentence before was about (droppedSubject); with an addressee after
// it nothing read it, and the quotation was lost (stop 64, znever).

// maxAddresseeTail is the most words an addressee after a subjectless
// speech verb may run to ("w rozmowie z agencją", "in un'intervista al
// Corriere della Sera").
const maxAddresseeTail = 7

// addresseeTail reports whether the words after the speech verb
// toks[0] only name whom or where the words were given to: a medium
// ("naszej gazecie", "агентству"), an outlet marker and its object ("w
// rozmowie z agencją"), a known outlet ("PAP"), or a title in quotation
// marks („Kurierowi”). A role or an unnamed source among them is a
// subject ("powiedział gazecie minister"), and then the tail is not one.
func (x *extractor) addresseeTail(toks []tok) bool {
	rest := toks[1:]
	if len(rest) == 0 || len(rest) > maxAddresseeTail {
		return false
	}
	for _, t := range rest[:len(rest)-1] {
		if t.trail != "" && t.trail != "”" && t.trail != "»" && t.trail != "“" {
			return false // a comma or a period inside: more than an addressee
		}
	}
	for _, t := range rest {
		if l := lowerWord(t); x.lx.isRole(l) || x.lx.isUnnamed(l) {
			return false
		}
	}
	if _, ok, skip := x.mediumAfter(toks, 1); ok && skip && len(rest) <= 4 {
		return true // "naszej gazecie", "газете Северный вестник"
	}
	tail := make([]string, len(rest))
	for i, t := range rest {
		tail[i] = t.raw
	}
	text := strings.TrimRight(strings.Join(tail, " "), ".,;: ")
	if outletNamed(strings.Trim(text, "«»„“”\"")) != "" {
		return true // "PAP", "the Financial Times"
	}
	if r := strings.TrimRight(strings.TrimLeft(text, "«„“\""), "»”“\""); len(r) < len(text)-2 && len(rest) <= 3 && isCapital(strings.TrimLeft(rest[0].word, "«„“\"")) {
		return true // „Kurierowi”: a publication's title in quotation marks
	}
	low := lowerString(text) + " "
	for _, m := range x.lx.outletMarks {
		if strings.HasPrefix(low, m) && len(strings.Fields(low[len(m):])) <= 3 {
			return true // "w rozmowie z agencją", "in un'intervista al Corriere"
		}
	}
	return false
}
