// A title set off before a name inside a clause. titleThenName reads
// "El presidente de Ucrania, Volodímir Zelenski, leyó …" where the title
// opens the sentence or follows a comma. Reports as often put the same
// apposition in the middle of a clause ("la rueda de prensa que el
// ministro de Exteriores de Chile, Pedro Soto, dio …", "according to
// what the deputy mayor of Leeds, Ann Fox, told …", "afirmou o
// secretário da Fazenda, Rui Lopes, aos jornalistas"): there the title
// opens with its article, and the title word follows the article.

package corpus

// articledTitleOff disables the reading, for the test that shows each of
// its cases needs it.
var articledTitleOff bool

// articledTitleStart returns the index of the article that opens a title
// within the eight words before the name at toks[name] (the title's words
// with no punctuation between them), or -1. The leftmost such article
// wins, so "el ministro de Exteriores de Chile" is read whole.
func (x *extractor) articledTitleStart(toks []tok, name int) int {
	at := -1
	if articledTitleOff {
		return at
	}
	for k := name - 2; k >= 0 && name-k <= 8; k-- {
		if toks[k].trail != "" {
			break
		}
		if roleArticles[lowerWord(toks[k])] && x.lx.isRole(lowerWord(toks[k+1])) {
			at = k
		}
	}
	return at
}
