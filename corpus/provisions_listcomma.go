// A point's term that names places in a list: "según el punto 21 Crimea,
// Lugansk y Donetsk serían reconocidas de facto como rusas", "Nel testo
// americano il punto 21 riconosce Crimea, Luhansk e Donetsk come russe de
// facto". Coverage lists the regions a point speaks of so (Crimea, Luhansk
// and Donetsk; Zaporizhzhia and Kherson), and after an opener that names
// the document ("según", "nel", "under") termsOf read the first comma of
// the list as the end of the adverbial ("Según el borrador, …"), so the
// term lost its subject and the list its first name ("Lugansk y Donetsk
// serían reconocidas …", ZL zl08, ZU zu09). listComma tells such a comma;
// termsOf then leaves the sentence to the point reference, which reads it
// whole.

package corpus

// listComma reports whether the comma between head and body separates the
// names of a list rather than closing an adverbial: the word before it
// and the one after it are capitalised, and the names after it run on to
// a conjunction followed by one more capitalised name ("Crimea, Luhansk
// and Donetsk", "Crimea, Lugansk y Donetsk", "Крым, Луганск и Донецк").
func listComma(lx *lexicon, head, body string) bool {
	last := ""
	for i := 0; i < len(head); {
		w, next := nextWord(head, i)
		if w == "" {
			break
		}
		last, i = w, next
	}
	if last == "" || !isCapital(last) {
		return false
	}
	names := 0
	for i, n := 0, 0; n < 6; n++ {
		w, next := nextWord(body, i)
		if w == "" {
			return false
		}
		i = next
		if names > 0 && lx.conjunctions[w] {
			w, _ = nextWord(body, i)
			return isCapital(w)
		}
		if !isCapital(w) {
			return false
		}
		names++
	}
	return false
}
