// A capitalised word between a title and a name is the title's complement
// when grammar says so: after a genitive article or a complement
// preposition ("Leiterin des Präsidialamts Olga Brandt": German writes
// every noun with a capital) or, in a language that declines its nouns,
// after a lower-case word of the title ("Místopředseda zahraničního výboru
// Sněmovny Ondřej Kratochvíl": "Sněmovny" is the chamber, in the
// genitive). Then the name is the last two words, not three: the reading
// of a given name and two surnames ("El diputado Javier Ruiz Cortés") is
// for the languages that write names so.

package corpus

// complementCapital reports whether words[k], the first of three
// capitalised words closing a subject phrase, belongs to the title before
// it rather than to the name.
func (x *extractor) complementCapital(words, lows []string, k int) bool {
	if k == 0 || isCapital(words[k-1]) {
		return false
	}
	prev := lows[k-1]
	if complementPreps[prev] || definiteArticles[prev] && !particles[prev] {
		return true
	}
	if prev == "des" || prev == "der" {
		return true // (German genitive articles are also name particles: "von der Leyen")
	}
	_, declines := docRoles().Languages[x.src.Lang]
	return declines && !particles[prev]
}
