package corpus

import "strings"

// knownFullOpener reports whether s opens with the two words of a full
// name the document has given ("Bertrand Lemaire a tenu à ajouter …"
// after an introductory phrase): knownWord looks at the first word only,
// which for a full name is the given name, never stored alone. The
// pronoun of "a-t-il observé" in the next sentence is then that person.
func (x *extractor) knownFullOpener(s string) bool {
	w, next := nextWord(s, 0)
	w2, _ := nextWord(s, next)
	if w2 == "" || !isCapital(w2) {
		return false
	}
	_, ok := lowerIn2(x.short, w+" "+strings.TrimRight(w2, ",.;:"))
	return ok
}
