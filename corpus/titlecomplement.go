// A title's complement is no name: "la presidente del Consiglio", "el
// secretario de Estado", "der Sprecher der Regierung" end in a particle
// and a capitalised noun, as "Guillermo del Toro" does; but a name opens
// with a capitalised given name before its particle, while a complement
// follows the title word directly. Read as a name, the complement became
// a person called "del Consiglio" who took the words of whoever the title
// means.

package corpus

import "strings"

// titleComplement reports whether the name words classify settled on,
// words[k:], are the complement of the title word before them: a particle
// right after a title, then at most two capitalised words and no given
// name before the particle. A person the lexicon or the document knows
// by particle and surname is no complement: "EU-Kommissionschefin von der
// Leyen" (particlename.go).
func (x *extractor) titleComplement(words, lows []string, k int) bool {
	n := len(words)
	if !(k >= 1 && k < n-1 && n-k <= 3 && particles[lows[k]] && !isCapital(words[k]) && x.lx.isRole(lows[k-1])) {
		return false
	}
	return !x.knownParticleName(strings.Join(lows[k:], " "))
}
