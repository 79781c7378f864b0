package corpus

import "strings"

// Features, vox pops and streams name a person in full once and then by
// the given name alone: "La única derrota llegó ante Sergio Manrique, de
// 14 años … «Pensé que me había equivocado», contó Sergio.", "Halyna
// Turchak … Halyna keeps the 28 points …", "Богдан Ярош … — каже Богдан".
// A lone unknown word was no speaker, so the quotation went to whoever
// the reading fell back to (the grandmaster) or to nobody (sets Q, ZH, ZT,
// ZU). The given name is read as the one full name it opens in the
// document; a name that opens two different full names says nothing.

// givenNameOf returns the full name the capitalised word name opens in
// the document's paragraphs ("Sergio" → "Sergio Manrique"): every place
// the word stands before a capitalised word that is no title, body or
// stop word must give the same surname, and at least one must. The
// look-ups share fullNameOf's bound.
func (x *extractor) givenNameOf(name string) string {
	if full, ok := x.givenNames[name]; ok {
		return full
	}
	if x.givenNames == nil {
		x.givenNames = map[string]string{}
	}
	if len(x.givenNames) >= maxFullNameLookups || len(name) < 3 || !isCapital(name) || isAllCaps(name) || demonymLike(lowerString(name), x.src.Lang) {
		return "" // ("European" before "European Union" is no given name)
	}
	full := ""
	low := lowerString(name)
	for _, p := range x.paras {
		if i := strings.Index(p.text, low); i >= 0 && (i == 0 || !isLetterAt(p.text, prevRuneStart(p.text, i))) && (i+len(low) == len(p.text) || !isLetterAt(p.text, i+len(low))) {
			x.givenNames[name] = ""
			return "" // "under", "reports" written in lower case: a common word, no given name
		}
	}
	for _, p := range x.paras {
		t := p.text
		for off := 0; off < len(t); {
			i := strings.Index(t[off:], name+" ")
			if i < 0 {
				break
			}
			at := off + i
			off = at + len(name) + 1
			if at > 0 && isLetterAt(t, prevRuneStart(t, at)) {
				continue // "Sergio" inside "DeSergio"
			}
			if at > 1 && t[at-1] == ' ' {
				if prev := lowerString(t[strings.LastIndexByte(t[:at-1], ' ')+1 : at-1]); prev == "of" || roleArticles[prev] {
					x.givenNames[name] = ""
					return "" // "the Republic of Norland", "the Norland Post": a place's or a title's word, no given name
				}
			}
			sur, _ := nextWord(t, off)
			if !isCapital(sur) || isAllCaps(sur) || containsAny(sur, ".,;:!?\"“”«»()") || t[off:off+len(sur)] != sur {
				continue // "Sergio, un estudiante", "Sergio said": no surname follows
			}
			if after, _ := nextWord(t, off+len(sur)); off+len(sur) < len(t) && t[off+len(sur)] == ' ' && (isCapital(after) || after != "" && after[0] >= '0' && after[0] <= '9') {
				continue // "w Johannesburgu Donald Trump", "Under Rule 9.3": the word is no given name of a two-word name
			}
			if l := lowerString(sur); x.lx.isRole(l) || x.lx.honorifics[l] || stopCaps[l] || x.lx.notSpeakers[l] || x.lx.bodies[l] != "" || x.lx.according[l] || x.lx.sayVerbs[l] {
				continue
			}
			if c := name + " " + sur; full == "" {
				full = c
			} else if full != c {
				x.givenNames[name] = ""
				return "" // two people share the given name: which one is not said
			}
		}
	}
	if _, body := lowerIn2(x.lx.bodies, full); body || full != "" && (institutionData().isHead(full[len(name)+1:]) || outletNamed(full) != "") {
		full = "" // "European Commission", "Kremlin Palace", "Norland Post": a body's or an outlet's name, not a person's
	}
	x.givenNames[name] = full
	return full
}

// prevRuneStart returns the byte offset of the rune that ends right
// before byte i of s.
func prevRuneStart(s string, i int) int {
	j := i - 1
	for j > 0 && s[j]&0xC0 == 0x80 {
		j--
	}
	return j
}
