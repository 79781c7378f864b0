// Chinese back-references by a demonstrative and a title written together:
// "这位俄罗斯总统同时表示" (this Russian president), "这名官员", "该发言人".
// Korean writes the demonstrative apart ("이 당국자") and resolve reads it
// by its words; Chinese writes no space, so the demonstrative is cut from
// the head of the phrase, a time or place word after the title ("同时",
// "随后": placeCuts) from its tail, and the title that closes what is left
// means the last speaker who held it.

package corpus

import "strings"

// demonstrativeTitle reads phrase as a demonstrative and a title. ok is
// false when the phrase does not open with one of the language's
// demonstratives or no title closes it. sp is the last speaker whose role
// holds the whole title; else the person just quoted, when named without a
// title or with this one ("普京说 …" then "这位俄罗斯总统表示"); else the
// last speaker whose role ends with the title; else nil.
func (r *eastReader) demonstrativeTitle(phrase string) (sp *eastSpeaker, ok bool) {
	if r.lang != "zh" {
		return nil, false
	}
	rest := ""
	for _, d := range r.l.Demonstratives {
		if after, found := strings.CutPrefix(phrase, d); found && after != "" {
			rest = after
			break
		}
	}
	if rest == "" {
		return nil, false
	}
	for _, c := range r.l.PlaceCuts {
		if i := strings.Index(rest, c); i > 0 {
			rest = rest[:i] // "俄罗斯总统同时": the time after the title
		}
	}
	_, title := eastCutAnySuffix(rest, r.l.Titles)
	if title == "" {
		return nil, false
	}
	for i := len(r.stmts) - 1; i >= 0; i-- {
		if strings.Contains(r.stmts[i].Role, rest) {
			return &eastSpeaker{r.stmts[i].Speaker, r.stmts[i].Role}, true // the whole title: "俄罗斯总统"
		}
	}
	if l := r.last; l != nil && (l.role == "" || strings.HasSuffix(l.role, title)) {
		return l, true // the person just quoted, named without the title or with this one
	}
	for i := len(r.stmts) - 1; i >= 0; i-- {
		if strings.HasSuffix(r.stmts[i].Role, title) {
			return &eastSpeaker{r.stmts[i].Speaker, r.stmts[i].Role}, true
		}
	}
	return nil, true
}
