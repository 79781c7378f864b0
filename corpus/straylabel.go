// Stray labels: a line of document furniture written as "Label: text"
// ("AVISO LEGAL: Este documento …", "Media Contact: …", "Weitere Termine:
// …", "VOIX OFF : …", "NB RÉGIE : …") has the shape of a transcript's
// speaker label, and two capitalised words read as a name. A speaker a
// transcript or a live page gives the floor to is someone the page
// knows: a person of the lexicon, a name that labels other turns, or one
// the text introduces ("Tamsin Orrell, the presenter", "Kelsey Marrow
// said"). A label whose name the document writes nowhere else, and that
// no lexicon knows, is furniture: its line is read as prose.

package corpus

import "strings"

// strayLabel reports whether the speaker of the colon label opening
// paragraph para is a name nobody knows and the document never writes
// outside that paragraph: no person of the lexicon, no title with it, and
// its last word (the surname, or the label's one word) in no other
// paragraph and not in the title. Groups, bodies, unnamed speakers and
// labelled roles are left as they were read.
func (x *extractor) strayLabel(sp *speaker, para string) bool {
	if sp == nil || sp.kind != kindPerson || sp.name == unnamedSpeaker || sp.role != "" {
		return false
	}
	if _, ok := lowerIn2(x.lx.people, sp.name); ok {
		return false
	}
	last := sp.name
	if i := strings.LastIndexByte(last, ' '); i >= 0 {
		last = last[i+1:]
	}
	if len(last) < 2 {
		return false
	}
	if _, ok := lowerIn2(x.lx.people, last); ok {
		return false
	}
	x.buildDocLow()
	low := lowerString(last)
	inPara := wordCount(lowerString(para), low, -1)
	inDoc := wordCount(x.docLow, low, inPara+1) // (a recurring name stops the count early)
	return inDoc > 0 && inDoc <= inPara         // (none: a name in another form than the document's, not judged)
}

// wordCount is how many times phrase stands in s as whole words, counting
// no further than limit when limit is not negative.
func wordCount(s, phrase string, limit int) int {
	n := 0
	for n != limit {
		i := wordIndex(s, phrase)
		if i < 0 {
			return n
		}
		n++
		s = s[i+len(phrase):]
	}
	return n
}
