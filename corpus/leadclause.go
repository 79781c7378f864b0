package corpus

import "strings"

// commaLeadIn reports whether s opens with a short clause of a new
// subject before a comma, its first word an article ("Die Zeitung
// folgert, der Kreml lasse sich Zeit", "Das Blatt meint, …"), with no
// word of the reported mood in it: the Konjunktiv after the comma is that
// subject's report, introduced afresh, and does not go on with the last
// speaker's (reportedSpeechGoesOn). A verb the lexicon does not know
// ("folgert") leaves the new report unread, which is better than giving
// it to the person quoted just before.
func (x *extractor) commaLeadIn(s string) bool {
	head, _, ok := strings.Cut(s, ", ")
	if !ok {
		return false
	}
	words := strings.Fields(head)
	if len(words) < 3 || len(words) > 4 || !lowerIn(definiteArticles, words[0]) {
		return false
	}
	for _, w := range words {
		if lowerIn(x.lx.reportedMood, strings.Trim(w, "„“\"»«")) {
			return false
		}
	}
	return true
}
