package corpus

import "strings"

// turnHeadings tells which lines taken for headings by their capitals are
// labelled turns of an interview: "Robert Llewellyn: What about the Peace
// Council in point 27, chaired by President Trump?" is title-case only
// because names and a question word are. A heading written with "#" stays
// one; a line counts as a turn when its label ("Name:") also opens a text
// paragraph of the same document, as every turn of a labelled interview
// does. Only the prose provisions read such a turn (a point it states is
// its version's); statements keep the paragraph a heading, since a
// question's words are the interviewer's and no statement.
type turnHeadings struct {
	labels map[string]bool // the labels text paragraphs open with, built when first needed
}

// is reports whether ps[i] is a heading that is a labelled turn.
func (t *turnHeadings) is(ps []paragraph, i int) bool {
	if ps[i].kind != paraHeading || ps[i].heading {
		return false
	}
	l, ok := lineLabel(ps[i].text)
	if !ok {
		return false
	}
	if t.labels == nil {
		t.labels = map[string]bool{}
		for _, p := range ps {
			if p.kind == paraText {
				if pl, ok := lineLabel(p.text); ok {
					t.labels[pl] = true
				}
			}
		}
	}
	return t.labels[l]
}

// lineLabel is the label of one to four words before ": " that opens s.
func lineLabel(s string) (string, bool) {
	l, rest, ok := strings.Cut(s, ": ")
	if !ok || l == "" || len(l) > 40 || strings.TrimSpace(rest) == "" || len(strings.Fields(l)) > 4 {
		return "", false
	}
	return l, true
}
