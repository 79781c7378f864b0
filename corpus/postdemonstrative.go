// Demonstratives written after the noun. Vietnamese and Indonesian point
// back to someone just named with the title and a demonstrative after it
// ("Cố vấn này cho biết thêm …", "Chuyên gia ini menambahkan …", "the
// adviser", "this expert"): the phrase without the demonstrative is read as
// a title used alone, which means the last person who held it.

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
