// A second surname. Spanish and Portuguese names carry two surnames, and
// writers elsewhere name people so too ("Kari Solheim Aune", "Maja
// Zupančič Horvat"): a report introduces "la investigadora Laura Ibarrola
// Mensah" and then writes "Ibarrola respondió que …", or a headline
// "Laura Ibarrola defiende …" before the body names her in full.
// fullNameOf read the lone surname as the capitalised word before it and
// the surname ("Laura Ibarrola"), a name that every gold set which writes
// the person out in full (ZZN, ZZO, ZZP) counts as another speaker. Stop
// 71 (zspk2) reads the name as the document writes it at its longest: the
// given name and surname followed, somewhere in the document, by one more
// capitalised word that ends the name (a comma, a full stop, the end of
// the line or a lower-case word after it), which is no role, title, known
// body or word of the stopCaps list.

package corpus

import "strings"

// secondSurname is full ("Given Surname") with the second surname the
// document writes after it somewhere ("Given Surname Second"), full
// itself when it writes none.
func (x *extractor) secondSurname(full string) string {
	if x.noSecondSurname {
		return full
	}
	if _, ok := lowerIn2(x.lx.people, full); ok {
		return full // "Donald Trump", not "Donald Trump Jr": the lexicon's person
	}
	for _, p := range x.paras {
		t := p.text
		for off := 0; off < len(t); {
			i := strings.Index(t[off:], full+" ")
			if i < 0 {
				break
			}
			at := off + i
			off = at + len(full) + 1
			if at > 0 && isLetterAt(t, at-1) {
				continue // "Olaura Ibarrola": not the name's start
			}
			line := t[off:]
			if nl := strings.IndexByte(line, '\n'); nl >= 0 {
				line = line[:nl]
			}
			next, rest := cutWord(line)
			w := strings.TrimSuffix(next, ".")
			if w == "" || !isCapital(w) || containsAny(w, "\"“”«»()*_.0123456789") || isAllCaps(w) {
				continue
			}
			if after, _ := cutWord(strings.TrimLeft(rest, " ")); strings.HasPrefix(rest, " ") && len(w) == len(next) && isCapital(after) {
				continue // "Laura Ibarrola Defends Thesis": a headline in title case
			}
			if l := lowerString(w); x.lx.isRole(l) || x.lx.honorifics[l] || addressWords[l] || stopCaps[l] || x.lx.notSpeakers[l] || x.lx.bodies[l] != "" || x.lx.according[l] || x.lx.sayVerbs[l] {
				continue
			}
			return full + " " + w
		}
	}
	return full
}
