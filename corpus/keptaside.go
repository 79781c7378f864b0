package corpus

// keptAside is what was said around an attribution set inside the words
// ("The open issues, Rubio insisted, were small", "Les garanties, a-t-il
// dit, restent floues"): the whole sentence as written, the attribution
// included. Cut out, the words read as a sentence nobody wrote ("The open
// issues, were small"), and a report quoted anywhere across the aside no
// longer matches the text it came from; reportAside keeps the aside for the
// same reason. before is the text before the aside, as the caller cut it,
// and after the words that follow it.
func keptAside(s, before, after string) string {
	if keepAsides {
		return trimSentenceEnd(s)
	}
	return before + ", " + trimSentenceEnd(after)
}

// keepAsides switches keptAside on; the tests turn it off to show what it
// changes.
var keepAsides = true
