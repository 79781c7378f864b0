// A version's authors after a lead, and their verb's object as the term.
// authorsClause read the authors only at a sentence's head with a
// that-word after their verb ("Les Européens veulent que …"). Reports put
// a lead before them as often: a conjunction ("Але європейці
// запропонували 800 тисяч у мирний час"), an attribution closed by a comma
// ("Selon le même diplomate, les Européens veulent que …", "Secondo il
// notiziario, i Paesi europei propongono che …") or a speech verb whose
// report they open ("… and said the Europeans wanted the frozen assets
// left where they are until Russia pays"). And the verb of wanting,
// proposing or keeping may take the term as its object with no that-word
// ("The Europeans, she explained, had also kept European fighter jets
// stationed in Poland"). Both gave no provision (stop 69, zfreshp4: sets
// N, ZO, ZX, ZZB, ZZK). The words are plans.json's authorsClause leads,
// attributions and objectVerbs; the catalogue gate of authorsProvisions
// still asks the text to state a term the version may hold, so "the
// Europeans wanted more time" stays no provision.

package corpus

import "strings"

// authorsLeadWords is how many words an attribution lead-in may hold
// before its comma ("selon le même diplomate, ").
const authorsLeadWords = 6

// authorsLead finds a version's authors in s after a lead: the version,
// and the byte offsets of the authors' first word and of the end of their
// name in s; at is -1 when no authors stand after a lead.
func authorsLead(lx *lexicon, s string) (plan string, at, end int) {
	low := lowerString(s)
	if len(low) != len(s) || !authorWordSet().in(low) {
		return "", -1, 0 // (offsets in the lowered text must be s's; most sentences of a paragraph that names authors name none themselves)
	}
	at = -1
	for _, a := range rewriteAuthors() {
		for _, w := range a.Words {
			for from := 0; ; {
				i := strings.Index(low[from:], w)
				if i < 0 {
					break
				}
				i += from
				from = i + len(w)
				if i == 0 || low[i-1] != ' ' || from < len(low) && isWordByte(low[from]) {
					continue
				}
				if authorsLeadBefore(lx, low[:i]) && (at < 0 || i < at) {
					plan, at, end = a.Plan, i, from
				}
			}
		}
	}
	if plan == "" {
		return "", -1, 0
	}
	return plan, at, end
}

// authorsLeadBefore reports whether before (lower case, the sentence up to
// the authors) is a lead: a conjunction of plans.json's leads, an
// attribution lead-in closed by a comma, or a speech verb, with or without
// a that-word, whose report the authors open.
func authorsLeadBefore(lx *lexicon, before string) bool {
	for _, end := range []string{". ", "! ", "? "} {
		if k := strings.LastIndex(before, end); k >= 0 {
			before = before[k+len(end):] // a sentence the splitter left joined: "… la diplomatie. » selon …"
		}
	}
	before = strings.TrimLeft(before, " \u00a0»«\"“”„'-—–*>")
	cw := authorsClauseWords()
	if containsWord(cw.Leads, before) {
		return true // "але європейці …"
	}
	if lead, ok := strings.CutSuffix(before, ", "); ok && !strings.ContainsAny(lead, ",;:") && len(strings.Fields(lead)) <= authorsLeadWords {
		for _, a := range cw.Attributions {
			if strings.HasPrefix(lead, a+" ") {
				return true // "selon le même diplomate, les européens …"
			}
		}
		return false
	}
	ws := strings.Fields(before)
	n := len(ws)
	if n == 0 {
		return false
	}
	last := strings.Trim(ws[n-1], ",")
	if (lx.thatWords[last] || containsWord(cw.That, last)) && n > 1 {
		last = strings.Trim(ws[n-2], ",") // "… said that the europeans …"
	}
	return lx.sayVerbs[last] // "… and said the europeans wanted …"
}

// authorsObjectTerm is the term of s whose authors, at byte at, have a
// verb that takes it as its object, the verb's word ending at byte next:
// the sentence from the authors on. ok is false when a that-word, a colon
// or nothing follows the verb (the clause after a that-word is the term
// then, as authorsClause reads it).
func authorsObjectTerm(lx *lexicon, s string, at, next int) (string, bool) {
	rest := strings.TrimLeft(s[next:], " \u00a0\u202f")
	if rest == "" || strings.HasPrefix(rest, ":") || strings.HasPrefix(rest, ",") {
		return "", false
	}
	w, _ := nextWord(s, next)
	l := lowerString(w)
	if w == "" || lx.thatWords[l] || containsWord(authorsClauseWords().That, l) {
		return "", false
	}
	text := trimSentenceEnd(s[at:])
	if at+len(text) <= next {
		return "", false
	}
	return text, strings.Count(s[next:at+len(text)], " ") >= 3
}
