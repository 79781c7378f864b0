// Back-references by a definite title: after "Hélène Marchetti-Roux, an
// ambassador, …", a report goes on with "L'ancienne diplomate juge …" or
// "The official was more hopeful …": a definite article and a title or an
// unnamed-source noun point back to the person just quoted, while "un
// diplomate" or "a diplomat" is someone new.

package corpus

import "strings"

// definiteSingular are the singular definite articles of the corpus's
// languages; an elided "l'" is read on the noun itself.
var definiteSingular = map[string]bool{"the": true, "le": true, "la": true, "il": true, "lo": true, "el": true, "der": true, "die": true, "o": true, "a": true, "de": true, "het": true}

// definiteBackRef returns the person a definite unnamed speaker ("L'ancienne
// diplomate", "the official") refers back to: the last person who spoke,
// within two paragraphs, when no unnamed source has spoken since. sp as it
// is otherwise.
func (x *extractor) definiteBackRef(sp *speaker) *speaker {
	if sp == nil || sp.name != unnamedSpeaker || sp.role == "" || len(x.speakers) == 0 {
		return sp
	}
	f := strings.Fields(sp.role)
	if len(f) < 2 || len(f) > 4 {
		return sp
	}
	_, elided := cutElidedArticle(f[0])
	if !elided && !lowerIn(definiteSingular, f[0]) {
		return sp
	}
	last := lowerString(f[len(f)-1])
	if strings.HasSuffix(last, "s") && !strings.HasSuffix(last, "ss") || !x.lx.isUnnamed(last) && !x.lx.isRole(last) {
		return sp // "les diplomates", "the sources": a group
	}
	if u := x.lastUnnamed; u != nil && x.recent(u, 3) {
		return sp // the source cited before
	}
	p := x.speakers[len(x.speakers)-1]
	if p.kind != kindPerson || !x.recent(p, 2) {
		return sp
	}
	lows := strings.Fields(lowerString(sp.role))
	if otherCountryTitle(lows, p) || !titleGateOff && len(relationData().of[p.name+"\x00"+last]) > 0 {
		return sp // "the British official" after Zelensky, "the aide" after Putin: someone else (titlegate.go)
	}
	return p
}

// publisherSpeaks reports whether sp is the publication the document is
// from ("…, according to a copy reviewed by Continental Newswire"): where
// the words were reported, never who said them.
func (x *extractor) publisherSpeaks(sp *speaker) bool {
	return sp != nil && x.src.Outlet != "" && strings.EqualFold(sp.name, x.src.Outlet)
}
