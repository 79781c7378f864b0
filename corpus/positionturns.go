// Position answers: a voting-advice page (StemWijzer, Wahl-O-Mat and
// their like), a party survey or a candidates' questionnaire prints, under
// each statement put to them, every party's or candidate's short answer
// after its name and then its reasons in its own words:
//
//	- **Groen Dorp – Eens.** Een akkoord op papier maakt Charkiv nog niet veilig.
//	- **CDU** – stimme nicht zu: Das ist Sache des Bundes.
//
// The reasons are the party's statement, not a provision of the plan the
// page's explanation names, nor the page's own prose. readPositionTurns
// writes each such line as the colon label every label reader knows
// ("**Groen Dorp:** Eens. Een akkoord …"), on the reading text before it
// is cut into paragraphs, so the name is the speaker and the bullet is no
// longer a list item a plan's context could take for a point. The answer
// must be one of data/positions.json's, and a page must give two such
// answers or more: a lone "**Punto 7 – Nato.** …" or "**Fazit – Ja.**"
// stays as it was.

package corpus

import (
	_ "embed"
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"
)

//go:embed data/positions.json
var positionsJSON []byte

// positionAnswers is data/positions.json's answers, lower case.
var positionAnswers = sync.OnceValue(func() map[string]bool {
	var d struct {
		Answers []string `json:"answers"`
	}
	mustDecodeJSON("data/positions.json", positionsJSON, &d)
	return set(d.Answers)
})

// maxPositionLabelWords is the most words a party or candidate name of a
// position answer has ("Ukrainische Liste für Frieden und Aufbau").
const maxPositionLabelWords = 7

// positionDashes close a position answer's name.
var positionDashes = []string{" – ", " — ", " - ", ": "}

// positionLine reads a line as a position answer: the name, the answer and
// the reasons after them.
func positionLine(line string) (label, answer, rest string, ok bool) {
	t := strings.TrimSpace(line)
	for _, b := range []string{"- ", "* ", "• ", "+ "} {
		if strings.HasPrefix(t, b) {
			t = strings.TrimSpace(t[len(b):])
			break
		}
	}
	if !strings.HasPrefix(t, "**") {
		return "", "", "", false
	}
	j := strings.Index(t[2:], "**")
	if j <= 0 || j > 120 {
		return "", "", "", false
	}
	inner, after := strings.TrimSpace(t[2:2+j]), strings.TrimSpace(t[4+j:])
	cut := func(s string) (string, string, bool) {
		for _, d := range positionDashes {
			if i := strings.Index(s, d); i > 0 {
				return strings.TrimSpace(s[:i]), strings.TrimSpace(s[i+len(d):]), true
			}
		}
		return "", "", false
	}
	if l, a, found := cut(inner); found {
		label, answer, rest = l, a, after // "**Groen Dorp – Eens.** …"
	} else {
		// "**CDU** – stimme zu: …": the answer after the bold name, up to
		// its full stop or colon
		l := strings.TrimRight(inner, ": ")
		for _, d := range []string{"– ", "— ", "- ", ": "} {
			if strings.HasPrefix(after, d) {
				after = after[len(d):]
				k := strings.IndexAny(after, ".:")
				if k <= 0 {
					return "", "", "", false
				}
				label, answer, rest = l, after[:k], strings.TrimSpace(after[k+1:])
				break
			}
		}
		if label == "" {
			return "", "", "", false
		}
	}
	answer = strings.TrimSpace(strings.TrimRight(answer, ".:!; "))
	if answer == "" || rest == "" || !positionAnswers()[lowerString(answer)] {
		return "", "", "", false
	}
	if !positionName(label) {
		return "", "", "", false
	}
	return label, answer, rest, true
}

// positionName reports whether s may be a party's or a candidate's name:
// capitalised, of a few words, without figures or sentence marks (a
// name in quotation marks, "Groupe « Ensemble »", "рух «Світанок»", is one).
func positionName(s string) bool {
	if s == "" || utf8.RuneCountInString(s) > 80 || containsAny(s, "?!#|0123456789") {
		return false
	}
	words := strings.Fields(s)
	if len(words) > maxPositionLabelWords {
		return false
	}
	r, _ := utf8.DecodeRuneInString(strings.TrimLeft(s, "(\"'«“ "))
	return unicode.IsUpper(r)
}

// readPositionTurns rewrites a page's position answers as colon labels
// when it gives two or more, and reports whether it did.
func readPositionTurns(lines []string, blankSeparated bool) bool {
	type answerLine struct {
		at                  int
		label, answer, rest string
	}
	var found []answerLine // each line read once; a page has few in bold
	for i, l := range lines {
		if !strings.Contains(l, "**") {
			continue
		}
		if label, answer, rest, ok := positionLine(l); ok {
			found = append(found, answerLine{i, label, answer, rest})
		}
	}
	if len(found) < 2 {
		return false
	}
	for _, a := range found {
		s := "**" + a.label + ":** " + a.answer + ". " + a.rest
		if blankSeparated {
			s = "\n" + s + "\n" // its own paragraph, not a wrapped line of the one before
		}
		lines[a.at] = s
	}
	return true
}
