// Elided articles before a title. Italian writes the article, and the
// preposition fused with it, elided before a vowel: "l'inviato",
// "dall'inviato", "dell'ambasciatore", "un'analista"; French and Catalan
// elide "l'". A title after one is a title all the same ("preparato
// dall'inviato X"), so the readers cut the elided word off first
// (cutElidedArticle). The words are data (grammar.json elidedArticles).

package corpus

import (
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"
)

// elidedArticles is every elided article of grammar.json as written in
// text: with either apostrophe, and capitalised at a sentence's start.
var elidedArticles = sync.OnceValue(func() []string {
	var out []string
	for _, a := range grammarWords["elidedArticles"] {
		for _, v := range []string{a, strings.ReplaceAll(a, "'", "’")} {
			r, size := utf8.DecodeRuneInString(v)
			out = append(out, v, string(unicode.ToUpper(r))+v[size:])
		}
	}
	return out
})
