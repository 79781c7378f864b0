// Own versions: a timeline or a wire often names a version by who wrote it
// and a possessive, with no version phrase at all: "In Geneva, the
// Europeans hand over their own version. Its point 6 raises the army
// ceiling to 800,000 …". The point after it took the version named above
// (the US draft of the entry before), and as a point that version had
// already given, it was dropped. A sentence that names a version's authors
// (plans.json's rewriteAuthors) and their own text by a possessive
// (data/ownversion.json) names the authors' version for the bare and
// possessive points after it in its paragraph (planBefore).

package corpus

import (
	_ "embed"
	"strings"
	"sync"
)

//go:embed data/ownversion.json
var ownVersionJSON []byte

// ownVersionPossessives is data/ownversion.json's possessives, lower case.
var ownVersionPossessives = sync.OnceValue(func() []string {
	var f struct {
		Possessives []string `json:"possessives"`
	}
	mustDecodeJSON("data/ownversion.json", ownVersionJSON, &f)
	for i, w := range f.Possessives {
		f.Possessives[i] = lowerString(w)
	}
	return f.Possessives
})

// authorsOwnVersion is the version s names by its authors and a possessive of
// their own text, the authors named before the possessive; "" when s does
// not.
func authorsOwnVersion(s string) string {
	low := lowerString(s)
	at := -1
	for _, w := range ownVersionPossessives() {
		if i := strings.Index(low, w); i >= 0 && (at < 0 || i < at) {
			at = i
		}
	}
	if at <= 0 {
		return ""
	}
	best, plan := -1, ""
	for _, a := range rewriteAuthors() {
		for _, w := range a.Words {
			if i := cuePhraseAt(low[:at], w); i >= 0 && i > best {
				best, plan = i, a.Plan // the authors nearest the possessive
			}
		}
	}
	return plan
}
