// An author's role told in a footer: an op-ed's byline often gives the
// author's name alone ("Írta: Kovács Anna", "Oleh Budi Santoso") and the
// footer under the text says who they are ("A szerző független európai
// parlamenti képviselő, …", "The author is a member of the European
// Parliament."). The footer's description is the byline author's role, so
// the byline is an author's (not a reporter's) and its text their voice.

package corpus

import (
	"strings"
	"sync"
)

// authorIsData is data/authortext.json's authorIs: the words opening a
// footer that describes the author, lower case.
var authorIsData = sync.OnceValue(func() []string {
	var d struct {
		AuthorIs []string `json:"authorIs"`
	}
	mustDecodeJSON("data/authortext.json", authorTextJSON, &d)
	return d.AuthorIs
})

// footerRole returns the description a footer paragraph of ps gives of the
// author ("független európai parlamenti képviselő"), up to its first comma
// or full stop, or "" when no paragraph opens with an authorIs phrase.
func footerRole(ps []paragraph) string {
	for _, p := range ps {
		t := strings.TrimSpace(strings.Trim(strings.TrimSpace(p.text), "*_"))
		for _, w := range authorIsData() {
			if len(t) <= len(w) || !hasPrefixLowered(t, w) || t[len(w)] != ' ' {
				continue
			}
			rest := strings.TrimSpace(t[len(w):])
			if i := strings.IndexAny(rest, ",.;"); i > 0 {
				rest = rest[:i]
			}
			if n := len(strings.Fields(rest)); n >= 1 && n <= 12 {
				return cleanRole(rest)
			}
		}
	}
	return ""
}
