package corpus

// saidBeforeView reports whether the words before a view phrase set
// inside a sentence ("…, in his view, …", "…, à son avis, …", "…, a suo
// giudizio, …") hold a speech verb of their own. The phrase's pronoun then
// points back to that verb's subject, within the sentence ("Trump tells a
// reporter that Thursday is, in his view, a fair deadline"), not to
// whoever the text named last, so viewInside leaves the sentence to the
// speech-verb rules, which keep the whole clause, the aside included.
func (x *extractor) saidBeforeView(before []tok) bool {
	for _, t := range before {
		l := lowerWord(t)
		if x.lx.sayVerbs[l] || x.lx.sayVerbs[readAsWords[x.src.Lang][l]] {
			return true
		}
	}
	return false
}
