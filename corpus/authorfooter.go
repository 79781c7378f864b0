// Author footers: an op-ed's byline often gives the name alone ("By Jane
// Doe", "Írta: …") and leaves the title to a line under the text, in
// italics after a rule: "*Jane Doe is a member of the European
// Parliament.*", "*A szerző független európai parlamenti képviselő, …*".
// That title makes the byline an author's, whose own words are theirs
// (authortext.go), as a title in the byline does.

package corpus

import (
	"strings"
	"sync"
)

// footerLex is data/authortext.json's footer cues.
type footerLex struct {
	authors []string        // "the author", "a szerző": how a footer names the author
	copulas map[string]bool // "is", "ist": the verb before the title
}

var footerData = sync.OnceValue(func() footerLex {
	var d struct {
		Authors []string `json:"footerAuthors"`
		Copulas []string `json:"copulas"`
	}
	mustDecodeJSON("data/authortext.json", authorTextJSON, &d)
	return footerLex{authors: d.Authors, copulas: setOf(d.Copulas)}
})

// maxFooterParas is how many text paragraphs from the document's end are
// read for the footer, and maxFooterRoleWords bounds the title read.
const (
	maxFooterParas     = 4
	maxFooterRoleWords = 10
)

// footerRole is the title the document's footer gives its author sp: a
// paragraph near the end opening with an author noun ("The author is …")
// or with sp's name or surname ("Doe is …"), the copula dropped, up to the
// first comma or stop. A title after the author noun is trusted as it
// stands; one after the name must read as a title (roleLike), and a
// newsroom's ("Doe covers diplomacy for …", "is our correspondent") makes
// no author. "" when there is none.
func (x *extractor) footerRole(sp *speaker) string {
	lx := footerData()
	names := []string{sp.name}
	if last := lastWord(sp.name); last != sp.name {
		names = append(names, last)
	}
	seen := 0
	for i := len(x.paras) - 1; i >= 0 && seen < maxFooterParas; i-- {
		if x.paras[i].kind != paraText {
			continue
		}
		seen++
		t := strings.TrimSpace(strings.Trim(strings.TrimSpace(x.paras[i].text), "*_"))
		rest, byNoun := "", false
		for _, a := range lx.authors {
			if len(t) > len(a) && strings.EqualFold(t[:len(a)], a) && t[len(a)] == ' ' {
				rest, byNoun = t[len(a)+1:], true
				break
			}
		}
		for _, n := range names {
			if rest == "" && len(t) > len(n) && strings.EqualFold(t[:len(n)], n) && t[len(n)] == ' ' {
				rest = t[len(n)+1:]
			}
		}
		if rest == "" {
			continue
		}
		if w, r, ok := strings.Cut(rest, " "); ok && lowerIn(lx.copulas, w) {
			rest = r
		}
		if cut := strings.IndexAny(rest, ",.;(:"); cut >= 0 {
			rest = rest[:cut]
		}
		role := cleanRole(rest)
		words := strings.Fields(role)
		if len(words) == 0 || len(words) > maxFooterRoleWords || x.newsroomRole(role) || !byNoun && !x.roleLike(words) {
			continue
		}
		return role
	}
	return ""
}
