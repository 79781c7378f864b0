package corpus

import (
	_ "embed"
	"strings"
	"sync"
	"unicode/utf8"
)

// Three ways a report ties a point number to words that are not the
// point's, fixed after the provisions are read (extractProvisions' last
// step):
//
//   - A short sentence after a term only says where that term stands:
//     "The draft also says Russia will … . That wording is in point 16."
//     The number belongs to the sentence before (pointerSentences).
//   - A sentence quotes someone and, outside the quotation, names a point
//     and what it does: "«…», ha detto, ricordando che il punto 21 …
//     riconoscerebbe …", "X cited point 26, which grants …: “…”, he
//     said.", or closes on a quoted comment after a dash ("… punctul 9
//     prevedea … – „un detaliu …”"). The quotation is the speaker's view;
//     the point's words are the unquoted clause that names it
//     (speechQuotePoints).
//   - A paragraph speaks of one version's numbered point and names another
//     version in passing ("point 21 of Washington's text … For her the
//     European counter-proposal is the only serious basis"). A bare
//     "point 26" in the paragraphs below goes on with the version whose
//     point was named by number, not the one named in passing
//     (numberedVersions).

//go:embed data/pointers.json
var pointersJSON []byte

// pointerData is data/pointers.json.
type pointerData struct {
	Determiners []string `json:"pointerDeterminers"`
	MaxWords    int      `json:"maxPointerWords"`
	Copulas     []string `json:"pointCopulas"`
	CopulaDems  []string `json:"copulaDemonstratives"`
	determiners map[string]bool
	copulas     map[string]bool
	copulaDems  map[string]bool
}

var pointersData = sync.OnceValue(func() *pointerData {
	var d pointerData
	mustDecodeJSON("data/pointers.json", pointersJSON, &d)
	d.determiners = set(d.Determiners)
	d.copulas = set(d.Copulas)
	d.copulaDems = set(d.CopulaDems)
	return &d
})

// fixPointerNumbers applies the three passes above in order: a quotation's
// clause first, so that the numbered point a paragraph names is known
// before the versions below it are settled.
func fixPointerNumbers(out []Provision, ps []paragraph, planFor func(string) (string, bool)) []Provision {
	if len(out) == 0 {
		return out
	}
	byIndex := make(map[int]string, len(ps))
	for _, p := range ps {
		byIndex[p.index] = p.text
	}
	out = pointerSentences(out, byIndex)
	out = speechQuotePoints(out, byIndex)
	out = authorsVersions(out, byIndex, planFor)
	return numberedVersions(out, ps, planFor)
}

// pointerSentences gives a pointer sentence's number to the sentence
// before it in its paragraph, which becomes the point's text; an
// unnumbered provision read from that sentence is the same point and goes.
func pointerSentences(out []Provision, byIndex map[int]string) []Provision {
	d := pointersData()
	drop := map[int]bool{}
	for k := range out {
		pr := &out[k]
		t := trimSentenceEnd(pr.Text)
		if pr.Number == 0 || !isPointerSentence(t, d) {
			continue
		}
		ss := sentences(byIndex[pr.Position])
		at := -1
		for i, s := range ss {
			if strings.Contains(s, t) {
				at = i
				break
			}
		}
		if at <= 0 {
			continue
		}
		prev := trimSentenceEnd(ss[at-1])
		if hasPointRef(prev) || strings.HasSuffix(strings.TrimSpace(ss[at-1]), "?") || strings.Count(prev, " ") < 3 {
			continue // the sentence before names its own point, asks, or says too little to be a term
		}
		pr.Text = prev
		pr.Topics = tagTopics(prev)
		for j := range out {
			if j != k && out[j].Number == 0 && out[j].Position == pr.Position && strings.Contains(prev, trimSentenceEnd(out[j].Text)) {
				drop[j] = true
			}
		}
	}
	if len(drop) == 0 {
		return out
	}
	kept := out[:0]
	for j, pr := range out {
		if !drop[j] {
			kept = append(kept, pr)
		}
	}
	return kept
}

// isPointerSentence reports whether t is a short sentence opened by a
// demonstrative that ends with a point reference: "Den skrivningen finns i
// punkt 16".
func isPointerSentence(t string, d *pointerData) bool {
	if n := fieldCountMax(t, d.MaxWords); n < 3 || n > d.MaxWords || !lowerIn(d.determiners, firstField(t)) {
		return false // (counted, not split: fieldcount.go)
	}
	_, end, ok := pointRefEnd(t)
	return ok && strings.TrimRight(t[end:], " )") == ""
}

// speechQuotePoints replaces a numbered provision whose text is a spoken
// quotation by the unquoted clause of the same sentence that names the
// point and says what it does.
func speechQuotePoints(out []Provision, byIndex map[int]string) []Provision {
	lx := lexiconData()
	for k := range out {
		pr := &out[k]
		if pr.Number == 0 {
			continue
		}
		if c := spokenQuoteClause(lx, pr.Text, pr.Number); c != "" {
			pr.Text = c // the text holds the quotation and the clause: "“…,” she said, recalling that point 7 …"
			pr.Topics = tagTopics(c)
			continue
		}
		quote := trimSentenceEnd(pr.Text)
		for _, s := range sentences(byIndex[pr.Position]) {
			qs, qe, ok := quotedSpan(s, quote)
			if !ok {
				continue
			}
			if !spokenAfter(lx, s[qe:], commaInside(s, qe)) && !dashComment(s, qs, qe) {
				break
			}
			if c := pointClauseOutside(s, qs, qe, pr.Number); c != "" {
				pr.Text = c
				pr.Topics = tagTopics(c)
			}
			break
		}
	}
	return out
}

// spokenQuoteClause is the clause naming point n outside the first spoken
// quotation of s, or "" when s quotes no one or names the point inside
// the quotation only.
func spokenQuoteClause(lx *lexicon, s string, n int) string {
	for i, r := range s {
		if !isOpenQuote(r) || r == '"' && i > 0 && s[i-1] != ' ' {
			continue
		}
		from := i + utf8.RuneLen(r)
		for j, c := range s[from:] {
			if isCloseQuote(c) && closesQuote(r, c) {
				qe := from + j + utf8.RuneLen(c)
				if !spokenAfter(lx, s[qe:], commaInside(s, qe)) {
					return ""
				}
				return pointClauseOutside(s, i, qe, n)
			}
		}
		return ""
	}
	return ""
}

// quotedSpan finds quote in s between quotation marks: where its opening
// mark starts and where its closing mark ends.
func quotedSpan(s, quote string) (start, end int, ok bool) {
	if len(quote) < 8 {
		return 0, 0, false
	}
	i := strings.Index(s, quote)
	if i <= 0 {
		return 0, 0, false
	}
	r, n := utf8.DecodeLastRuneInString(s[:i])
	if !isOpenQuote(r) {
		return 0, 0, false
	}
	e := i + len(quote)
	for e < len(s) && strings.ContainsRune(".,!?…", rune(s[e])) {
		e++ // "…pace,»": the quotation's own stop inside the marks
	}
	c, cn := utf8.DecodeRuneInString(s[e:])
	if !isCloseQuote(c) {
		return 0, 0, false
	}
	return i - n, e + cn, true
}

// dashComment reports whether the quotation [qs, qe) of s is a comment
// tacked onto the sentence after a dash and closing it: "… punctul 9
// prevedea … în Polonia – „un detaliu care ne privește direct”", "…
// point 9 put jets in Poland — “a detail that concerns us directly”".
func dashComment(s string, qs, qe int) bool {
	before := strings.TrimRight(s[:qs], " ")
	if !strings.HasSuffix(before, "–") && !strings.HasSuffix(before, "—") {
		return false
	}
	return strings.Trim(s[qe:], " .!…") == ""
}

// spokenAfter reports whether what follows a closing quotation mark
// attributes it to a speaker: ", ha detto", ", said Smith", ", ha
// attaccato" (an auxiliary and a participle after the comma). A point
// named there ("”, heter det i punkt 28") makes it the document's words.
// comma tells that the comma stands inside the marks ("“…,” she said").
func spokenAfter(lx *lexicon, rest string, comma bool) bool {
	rest = strings.TrimLeft(rest, " ")
	if !comma && !strings.HasPrefix(rest, ",") {
		return false
	}
	seg := strings.TrimPrefix(rest, ",")
	if i := strings.IndexAny(seg, ",.;:"); i >= 0 {
		seg = seg[:i]
	}
	if hasPointRef(seg) {
		return false
	}
	words := strings.Fields(lowerString(seg))
	if len(words) == 0 || len(words) > 6 {
		return false
	}
	// the verb of saying opens the attribution: "sagte sie und erinnerte
	// daran", "a déclaré la sénatrice"
	return reportsSpeech(lx, strings.Join(words[:min(len(words), 3)], " ")) || len(words) == 2 && lx.auxiliaries[words[0]]
}

// pointClauseOutside is the clause of s outside the quotation [qs, qe)
// that names point n and goes on for four words or more after the number,
// from the comma before the reference to the next quotation or the end of
// the sentence; "" when there is none.
func pointClauseOutside(s string, qs, qe, n int) string {
	for _, part := range [2]string{s[:qs], s[qe:]} {
		num, end, ok := pointRefEnd(part)
		if !ok || num != n {
			continue
		}
		start := strings.LastIndex(part[:end], ", ") + 1
		stop := len(part)
		for i, r := range part[end:] {
			if isOpenQuote(r) {
				stop = end + i
				break
			}
		}
		if len(strings.Fields(part[end:stop])) < 4 {
			continue
		}
		return strings.Trim(trimSentenceEnd(part[start:stop]), " ,:;–—")
	}
	return ""
}

// numberedVersions gives a bare numbered point the version of the last
// point a paragraph above named by number, when that paragraph named the
// version the point took only in passing, in a speaker's turn (a debate,
// a panel: the paragraph quotes someone). In an analysis that goes through
// a version's points ("Le point 6 relève … Là où Washington prévoyait …,
// le texte européen écrit …") the version named stays the document's.
func numberedVersions(out []Provision, ps []paragraph, planFor func(string) (string, bool)) []Provision {
	lx := lexiconData()
	at := make(map[int]int, len(ps)) // paragraph index -> place in ps
	for i, p := range ps {
		at[p.index] = i
	}
	// whether each paragraph names a version, asked once per paragraph:
	// the numbered points of a list look back over the same paragraphs,
	// and planFor's memo hashes a whole paragraph at each question
	names := make([]int8, len(ps)) // 0 not asked yet, 1 names one, -1 none
	namesVersion := func(i int) bool {
		if names[i] == 0 {
			names[i] = -1
			if name, _ := planFor(ps[i].text); name != "" {
				names[i] = 1
			}
		}
		return names[i] > 0
	}
	for k := range out {
		pr := &out[k]
		i, ok := at[pr.Position]
		if pr.Number == 0 || !ok {
			continue
		}
		if namesVersion(i) {
			continue // its own paragraph names a version
		}
		// the paragraph above that named a version: the one planAbove reads
		above := -1
		for j := i - 1; j >= 0 && j > i-planLookBack; j-- {
			if ps[j].kind == paraHeading {
				break
			}
			if namesVersion(j) {
				above = j
				break
			}
		}
		if above < 0 {
			continue
		}
		if name, _ := planFor(ps[above].text); contextVersion(ps[above].text, name) != pr.Plan {
			continue // the point did not take its version from that paragraph
		}
		if !speaksInQuotes(lx, ps[above].text) {
			continue // an analysis, not a speaker's turn: its version is the document's
		}
		for _, q := range out {
			if q.Position != ps[above].index || q.Number == 0 || q.Plan == pr.Plan {
				continue
			}
			if n, _, ok := pointRef(q.Text); ok && n == q.Number {
				pr.Plan = q.Plan // the paragraph's point by number is the other version's
				break
			}
		}
	}
	return out
}

// speaksInQuotes reports whether a paragraph quotes someone: a quotation
// followed by its attribution ("«…», ha detto", "“…,” she said").
func speaksInQuotes(lx *lexicon, p string) bool {
	for i, r := range p {
		if isCloseQuote(r) && r != '"' && spokenAfter(lx, p[i+utf8.RuneLen(r):], commaInside(p, i+utf8.RuneLen(r))) {
			return true
		}
		if r == '"' && i > 0 && p[i-1] != ' ' && spokenAfter(lx, p[i+1:], commaInside(p, i+1)) {
			return true // a straight mark closes after the quotation's last letter
		}
	}
	return false
}

// commaInside reports whether the quotation whose closing mark ends at
// end closes on a comma of its own: "“…,” she said".
func commaInside(s string, end int) bool {
	_, n := utf8.DecodeLastRuneInString(s[:end])
	return end-n > 0 && s[end-n-1] == ','
}

// spokenDashList reports whether a list is quoted speech printed with
// dashes, each item closing on its speaker ("– Det är …, säger Ulrika
// Nyström, forskare …", "— C'est …, estime le chercheur"): someone's
// words after a paragraph on the plan, not its points.
func spokenDashList(items []paragraph) bool {
	lx := lexiconData()
	for _, it := range items {
		if !it.dash || it.number != 0 || it.letter != 0 || !attributesSpeech(lx, it.text) {
			return false
		}
	}
	return len(items) > 0
}

// authorsVersions gives an unnumbered term the version whose authors are
// the subject of its sentence ("Однако европейцы в своём варианте
// предлагают оставить …", "The Europeans instead want to leave …"), when
// the words before the term name no other version and no point: the
// paragraph's version was the other one's.
func authorsVersions(out []Provision, byIndex map[int]string, planFor func(string) (string, bool)) []Provision {
	for k := range out {
		pr := &out[k]
		t := trimSentenceEnd(pr.Text)
		if pr.Number != 0 || len(t) < 8 {
			continue
		}
		for _, s := range sentences(byIndex[pr.Position]) {
			i := strings.Index(s, t)
			if i <= 0 {
				continue
			}
			prefix := s[:i]
			if hasPointRef(prefix) {
				break
			}
			low := " " + lowerString(strings.NewReplacer(",", " ", ";", " ").Replace(prefix)) + " "
			for _, a := range rewriteAuthors() {
				if a.Plan == pr.Plan {
					continue
				}
				for _, w := range a.Words {
					if !strings.Contains(low, " "+w+" ") {
						continue
					}
					if name, _ := planFor(prefix); name != "" && contextVersion(prefix, name) != a.Plan {
						continue // the words before name the other version too
					}
					pr.Plan = a.Plan
				}
			}
			break
		}
	}
	return out
}
