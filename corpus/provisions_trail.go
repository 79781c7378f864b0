package corpus

import "strings"

// pointTrail remembers the last point a document named together with its
// version ("Punkt 6 des 28-Punkte-Plans …", "le point 6 du texte européen
// …"): a document going through points keeps that version for the points
// it names bare after it ("Punkt 26 verspricht …", "Le point 7 ne ferme
// plus …"), across section headings that name none, though it mentions
// another version in passing ("Der europäische Gegenvorschlag nennt
// 800.000").
type pointTrail struct {
	plan string
	para int // index in the paragraphs of the one that named it; -1 for none
}

// note records a point given with the version its own sentence names.
func (t *pointTrail) note(plan string, number, para int, sentence string) {
	if number > 0 && plan != "" && plan != unnamedPlan && versionIn(sentence) == plan {
		t.plan, t.para = plan, para
	}
}

// planAt is the version a bare point at paragraph i takes from the trail:
// "" when there is none within planLookBack paragraphs, or when a version
// is named after it (in a paragraph since, or in the sentences before in
// paragraph i), which the ordinary look-up then finds.
func (t *pointTrail) planAt(ps []paragraph, i int, before []string) string {
	if t.plan == "" || t.para < 0 || t.para > i || i-t.para > planLookBack {
		return ""
	}
	if t.para < i {
		if versionInClauses(before) != "" {
			return ""
		}
		for k := i - 1; k > t.para; k-- {
			if versionIn(ps[k].text) != "" || faqQuestion(ps, k) || thematicBreak(ps[k]) {
				return "" // (a question opens another answer: "Що буде з територіями?")
			}
		}
	}
	return t.plan
}

// contrastedPoint is the number of the point a sentence gives another
// version's wording of: after "Point 6 of the U.S. draft limits the army
// to 600,000.", "The European version reads: "…"" is the European point 6,
// as a side-by-side comparison goes point by point. prev is the sentence
// before, s this one, text the term read from it and plan the version it
// names;
// 0 when prev opens with no point of another named version, or when the
// two may speak of different things ("Point 6 of the U.S. draft caps the
// army. The counter-proposal says talks start from the front line." is no
// point 6): the term must quote the other version's wording or share a
// topic with the point.
func contrastedPoint(prev, s, text, plan string) int {
	if plan == "" {
		return 0
	}
	n, end, ok := pointRefEnd(prev)
	if !ok || strings.Count(strings.TrimSpace(prev[:end]), " ") > 2 {
		return 0 // the point must open the sentence: "Point 6 …", "Il punto 6 …"
	}
	if other := versionIn(prev); other == "" || other == plan {
		return 0
	}
	if isQuotedSpeech(s) {
		return n // the other version's own words: "The European version reads: "…""
	}
	for _, a := range tagTopics(prev) {
		for _, b := range tagTopics(text) {
			if a == b && a != processTopic {
				return n
			}
		}
	}
	return 0
}

// processTopic is the taxonomy's topic of talks and drafts: every sentence
// naming a draft has it, so sharing it says nothing of sharing a point.
const processTopic = "negotiations"
