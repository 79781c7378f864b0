// Clauses of two versions in one sentence. Coverage compares the versions
// point by point without a conjunction: "Im US-Entwurf begrenzte Punkt 6
// die Armee auf 600.000, im europäischen Gegenvorschlag erlaubt Punkt 6
// dagegen 800.000", "No plano americano, o ponto 6 limitava …; na
// contraproposta europeia, o ponto 6 eleva …". pointClauses cuts a
// sentence with two point references at a conjunction (clauseJoins) only;
// versionClauseCuts also cuts it at a comma or semicolon whose clause
// opens on another version's name (before its own point reference), so
// each point keeps its own clause and version rather than the first point
// taking the second clause's words, or the version it names.

package corpus

import (
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"
)

// versionClauseCuts cuts each part at ", " or "; " where the words after
// it name a version and then a point (within eight words), the words
// before it name a point too, and the versions named on both sides
// differ. Parts with no such place are returned as they are.
func versionClauseCuts(parts []string) []string {
	var out []string // nil until a part is cut
	for k, p := range parts {
		for {
			at := versionClauseAt(p)
			if at < 0 {
				break
			}
			if out == nil {
				out = append([]string(nil), parts[:k]...)
			}
			out = append(out, strings.TrimRight(p[:at], " ,;"))
			p = strings.TrimLeft(p[at:], " ,;")
		}
		if out != nil {
			out = append(out, p)
		}
	}
	if out == nil {
		return parts
	}
	return out
}

// versionClauseAt is where the clause of another version starts in p
// (past its comma or semicolon), -1 for none.
func versionClauseAt(p string) int {
	for from := 0; from < len(p); {
		i := strings.IndexAny(p[from:], ",;")
		if i < 0 {
			return -1
		}
		i += from
		from = i + 1
		if i+1 >= len(p) || p[i+1] != ' ' {
			continue
		}
		after := p[i+2:]
		r, _ := utf8.DecodeRuneInString(after)
		if p[i] == ',' && !unicode.IsLower(r) {
			continue // "…, Punkt 6 …": splitAtLeadingRefs' reading; a capital may be a name
		}
		_, end, ok := pointRefEnd(after)
		if !ok {
			continue
		}
		head := after[:pointRefStart(after, end)]
		if head == "" || strings.Count(head, " ") > 8 {
			continue
		}
		if versionClauseRelative(head) {
			continue // "…, which the European counter-proposal moved to point 7, …": a relative clause
		}
		theirs := versionIn(head)
		if theirs == "" {
			theirs = sentenceVersion(lowerString(head), len(head)) // "…, в европейском варианте пункт 6 …"
		}
		if theirs == "" {
			continue
		}
		if !hasPointRef(p[:i]) {
			continue
		}
		ours := versionIn(p[:i])
		if ours == "" {
			ours = sentenceVersion(lowerString(p[:i]), i)
		}
		if ours == theirs {
			continue
		}
		return i + 2
	}
	return -1
}

// versionClauseRelatives is pointrefs.json's versionClauseRelatives with
// plans.json's relativePronouns, lower case.
var versionClauseRelatives = sync.OnceValue(func() map[string]bool {
	m := set(pointClauseData().Relatives)
	for w := range lexiconData().relPronouns {
		m[w] = true
	}
	return m
})

// versionClauseRelative reports whether head opens on a relative pronoun
// (one word or two: "il quale", "el cual").
func versionClauseRelative(head string) bool {
	rel := versionClauseRelatives()
	w1, rest, _ := strings.Cut(head, " ")
	w1 = lowerString(strings.Trim(w1, ",;"))
	if rel[w1] {
		return true
	}
	w2, _, _ := strings.Cut(rest, " ")
	return rel[w1+" "+lowerString(w2)]
}
