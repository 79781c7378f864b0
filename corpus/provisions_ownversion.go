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

// ownVersionPronouns is data/ownversion.json's pronouns: the plural
// possessives that open a terms subject ("Their text", "Ihre Fassung"),
// lower case.
var ownVersionPronouns = sync.OnceValue(func() []string {
	var f struct {
		Pronouns []string `json:"pronouns"`
	}
	mustDecodeJSON("data/ownversion.json", ownVersionJSON, &f)
	lowerEach(f.Pronouns)
	return f.Pronouns
})

// pronounAuthorsVersion is the version a terms subject opening on a plural
// possessive ("Their text lifts the ceiling …") names through the authors
// named last before it: in the paragraph's clauses before (last first),
// else in the paragraph above (prev). "The Europeans. Nobody invited them
// to write the first draft, so they wrote a second one. Their text lifts
// …" is the counter-proposal, though the sentence names no version and the
// last one named was the US draft; "The Americans wrote it in Miami. Their
// text says …" stays the draft's. "" when the subject opens on no such
// possessive or no authors are named before it.
func pronounAuthorsVersion(subject string, before []string, prev string) string {
	if subject == "" {
		return ""
	}
	low := lowerString(strings.TrimLeft(subject, " *_«\"'"))
	opens := false
	for _, w := range ownVersionPronouns() {
		if strings.HasPrefix(low, w+" ") {
			opens = true
			break
		}
	}
	if !opens {
		return ""
	}
	for c := len(before) - 1; c >= 0 && c >= len(before)-3; c-- {
		if v := lastAuthors(before[c]); v != "" {
			return v
		}
	}
	for _, b := range before {
		if lastAuthors(b) != "" {
			return "" // authors named further up the paragraph: too far for the pronoun
		}
	}
	return lastAuthors(prev) // "**Llewellyn:** The Europeans say … / **Wickham:** Their version speaks of …"
}

// lastAuthors is the version of the authors named last in s (plans.json's
// rewriteAuthors), "" when s names none.
func lastAuthors(s string) string {
	if s == "" || !authorWordSet().in(lowerString(s)) {
		return ""
	}
	low := lowerString(s)
	best, plan := -1, ""
	for _, a := range rewriteAuthors() {
		for _, w := range a.Words {
			for from := 0; from < len(low); {
				i := cuePhraseAt(low[from:], w)
				if i < 0 {
					break
				}
				if i += from; i > best {
					best, plan = i, a.Plan
				}
				from = i + len(w)
			}
		}
	}
	return plan
}

// prevText is the text of the paragraph before paragraph i, "" for the
// first.
func prevText(ps []paragraph, i int) string {
	if i <= 0 {
		return ""
	}
	return ps[i-1].text
}

// ownVersionPronounNouns is data/ownversion.json's pronounNouns: the texts
// a plural possessive names after a colon, lower case.
var ownVersionPronounNouns = sync.OnceValue(func() map[string]bool {
	var f struct {
		Nouns []string `json:"pronounNouns"`
	}
	mustDecodeJSON("data/ownversion.json", ownVersionJSON, &f)
	return set(f.Nouns)
})

// pronounColonClauses cuts a clause at a colon after which a plural
// possessive and a text noun open a clause of their own, when the part
// before the colon names a version's authors: "… replied that the
// Europeans had already answered this: their text says talks on territory
// start from the line of contact." The head names no document, so the
// sentence was read as someone's view and gave no term; cut, the tail is a
// document's terms and the head the clause before it, whose authors
// pronounAuthorsVersion finds. cs is returned as it is when no clause is
// cut.
func pronounColonClauses(cs []string) []string {
	var out []string
	for k, c := range cs {
		head, tail, ok := pronounColon(c)
		if !ok {
			if out != nil {
				out = append(out, c)
			}
			continue
		}
		if out == nil {
			out = append(make([]string, 0, len(cs)+1), cs[:k]...)
		}
		out = append(out, head, tail)
	}
	if out == nil {
		return cs
	}
	return out
}

// pronounColon is c cut at its first colon when pronounColonClauses cuts
// it there: a plural possessive and a text noun after it and authors
// before it, or a head ending on the authors' own text.
func pronounColon(c string) (head, tail string, ok bool) {
	at := strings.Index(c, ": ")
	if at <= 0 {
		return "", "", false
	}
	head, tail = strings.TrimRight(c[:at], " "), strings.TrimLeft(c[at+2:], " ")
	low := lowerString(firstWords(tail, 3))
	opens := false
	for _, w := range ownVersionPronouns() {
		if rest, ok := strings.CutPrefix(low, w+" "); ok {
			noun, _, _ := strings.Cut(rest, " ")
			if ownVersionPronounNouns()[strings.Trim(noun, ",;:")] {
				opens = true
				break
			}
		}
	}
	if !opens && !endsOnOwnVersion(head) || opens && lastAuthors(head) == "" {
		// (or the head hands over the authors' own text: "Los europeos
		// presentaron su propio texto: las negociaciones partirían …")
		return "", "", false
	}
	return head + ":", tail, true
}

// ownVersionJustBefore is the version the clause just before names by its
// authors and their own text ("European governments answered with their own
// text."), for a term that follows it naming none; "" when it does not.
func ownVersionJustBefore(before []string) string {
	if len(before) == 0 {
		return ""
	}
	return authorsOwnVersion(before[len(before)-1])
}

// endsOnOwnVersion reports whether head names its authors and ends on their
// own text ("Los europeos presentaron su propio texto"), the colon after it
// opening what the text holds.
func endsOnOwnVersion(head string) bool {
	low := strings.TrimRight(lowerString(head), " .")
	for _, w := range ownVersionPossessives() {
		if strings.HasSuffix(low, w) {
			return authorsOwnVersion(head) != ""
		}
	}
	return false
}
