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
		cuts := 0
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
			cuts++
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
		theirs := versionIn(head)
		if theirs == "" {
			continue
		}
		if !hasPointRef(p[:i]) {
			continue
		}
		if ours := versionIn(p[:i]); ours == theirs {
			continue
		}
		return i + 2
	}
	return -1
}
