// Demonstratives written after the noun. Vietnamese and Indonesian point
// back to someone just named with the title and a demonstrative after it
// ("Cố vấn này cho biết thêm …", "Chuyên gia ini menambahkan …", "the
// adviser", "this expert"): the phrase without the demonstrative is read as
// a title used alone, which means the last person who held it; when nobody
// held it in those words ("Theo chuyên gia này" after "Tiến sĩ X"), the
// demonstrative still points at the person just quoted.

package corpus

// postDemonstratives is data/morphology.json's postDemonstratives, all
// languages in one set: the demonstratives a language writes after its
// noun.
var postDemonstratives = func() map[string]bool {
	var md struct {
		PostDemonstratives map[string][]string `json:"postDemonstratives"`
	}
	mustUnmarshalMorphology(&md)
	out := map[string]bool{}
	for _, words := range md.PostDemonstratives {
		for _, w := range words {
			out[w] = true
		}
	}
	return out
}()

// postDemonstrativeCut returns how many words of phrase stand before a
// demonstrative closing it ("Cố vấn này": 2), or 0 when none closes it or
// nothing stands before it.
func postDemonstrativeCut(phrase []tok) int {
	n := len(phrase)
	if n < 2 || !postDemonstratives[lowerWord(phrase[n-1])] || isCapital(phrase[n-1].word) {
		return 0
	}
	return n - 1
}

// postDemonstrative reads title, a phrase whose demonstrative was cut, as
// the title alone, or else as the person who spoke last, when they spoke
// within the last two paragraphs.
func (x *extractor) postDemonstrative(title []tok, sentenceStart bool) *speaker {
	if sp := x.classify(title, sentenceStart); sp != nil && sp.kind == kindPerson && sp.name != unnamedSpeaker {
		return sp
	}
	if len(x.speakers) == 0 || !x.lx.isRole(lowerWord(title[0])) {
		return nil
	}
	if p := x.speakers[len(x.speakers)-1]; p.kind == kindPerson && p.name != unnamedSpeaker && x.recent(p, 2) {
		return p
	}
	return nil
}
