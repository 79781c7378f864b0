// Two versions as the subjects of one provision's clauses. Comparisons
// set the versions side by side in one item or one run of sentences, each
// clause opening on its own version as subject: "Army (point 6): the US
// draft sets a cap of 600,000; …", "…, the E3 version keeps the assets
// frozen …", "Punkt 22: … . Der europäische Gegenentwurf: …", "…, а
// європейська версія цей пункт прибрала", "(The US text recognised …)".
// A reader that takes such a text whole gives it one version, so the
// clause of the other is credited to the wrong version, or the whole text
// to none when its terms belong to two (ownVersion's allowsAll). This
// pass cuts a provision before each clause that opens on a version's name
// (versioncues.json, as ownVersion reads heads) when that version differs
// from the one before it, and gives each piece its own version.

package corpus

import (
	"slices"
	"strings"
)

// maxVersionPieces bounds the pieces one provision is cut into: a
// comparison alternates two versions, a few times at most.
const maxVersionPieces = 6

// versionSubjectCuts cuts each provision of a comparable version whose
// text holds a clause opening on another version's name (see above). A
// cut is kept only when every piece is allowed its version by the
// catalogue; the pieces keep the provision's number and paragraph.
func versionSubjectCuts(c *termCatalogue, sc *termScan, out []Provision) []Provision {
	var res []Provision // nil until a provision is cut
	for i := range out {
		p := out[i]
		var pieces []Provision
		if comparable(p.Plan) {
			pieces = versionPieces(c, sc, p)
		}
		if pieces == nil {
			if res != nil {
				res = append(res, p)
			}
			continue
		}
		if res == nil {
			res = append(make([]Provision, 0, len(out)+len(pieces)), out[:i]...)
		}
		for _, q := range pieces {
			if !holdsProvision(res, q) {
				res = append(res, q) // (two readers' texts can cut to the same piece)
			}
		}
	}
	if res == nil {
		return out
	}
	return res
}

// versionPieces is p cut before the clauses that open on a version other
// than the one before them, each piece with its version; nil when there is
// no such clause or a piece's terms do not allow its version.
func versionPieces(c *termCatalogue, sc *termScan, p Provision) []Provision {
	low := lowerText(p.Text)
	if len(low) != len(p.Text) {
		return nil // (a letter whose lower case is longer: the cuts are read in low)
	}
	first, named := p.Plan, false
	if v, ok := clauseCue(low); ok {
		first, named = v, true
	}
	var cuts, starts [maxVersionPieces]int
	var plans [maxVersionPieces]string
	n, prev := 0, first
	for at := 1; at < len(low) && n < maxVersionPieces-1; at++ {
		start, ok := versionClauseStart(low, at)
		if !ok {
			continue
		}
		v, ok := clauseCue(low[start:])
		if !ok || v == prev && (named || n > 0) {
			continue
		}
		cuts[n], starts[n], plans[n] = at, start, v
		n++
		prev = v
	}
	if n == 0 {
		return nil
	}
	k0 := 0
	if head := p.Text[:cuts[0]]; !named && !statesTerm(c, sc, head) && !strings.Contains(head, ": ") {
		// "Più freddo il clima sul punto 21. La bozza di Washington chiede
		// …", "Sur les garanties de sécurité, le texte européen …": a
		// clause naming neither a version nor a term introduces the next
		// one, which keeps the number ("Punkt 22: Keine Seite …" sets out
		// its terms after the colon)
		k0 = 1
	} else if !named && plans[0] == first {
		// "El punto 6 limita …, y la versión europea lo eleva …": the
		// clause before the named version is the other one's
		if first = otherVersion(first); first == "" {
			return nil
		}
	}
	pieces := make([]Provision, 0, n+1)
	from, plan := 0, first
	if k0 == 1 {
		from, plan = starts[0], plans[0]
	}
	for k := k0; k <= n; k++ {
		to := len(p.Text)
		if k < n {
			to = cuts[k]
		}
		text := trimSentenceEnd(strings.Trim(p.Text[from:to], " ,;:()"))
		if strings.Count(text, " ") < 3 || (plan != unnamedPlan && !allowsAll(c, sc, text, plan)) {
			return nil
		}
		q := p
		if k > 0 && p.Number > 0 && !providesAtNumber(c, sc, p.Text[:from], text, plan, p.Number) {
			if !statesTerm(c, sc, text) {
				// "…, but the European text keeps the US numbering": a
				// clause about the text is no provision, and the whole stays
				return nil
			}
			// "Punkt 22: … . Der europäische Gegenentwurf: ein NATO-Beitritt
			// hängt vom Konsens …": the version's own terms, not point n's
			q.Number = 0
		}
		q.Plan, q.Text, q.Topics = plan, text, tagTopics(text)
		pieces = append(pieces, q)
		if k < n {
			from, plan = starts[k], plans[k]
		}
	}
	return pieces
}

// versionClauseStart reports whether a clause starts at byte at of low,
// which holds a separator there: a sentence end (". "), a semicolon, an
// opening bracket or a comma, with a joining word after a comma skipped
// (", and ", ", а ", ", y " …: clauseJoins; ", mentre ", ", aber " …:
// rewriteLanguages' contrast joins). It returns where the clause's
// words begin.
func versionClauseStart(low string, at int) (int, bool) {
	switch {
	case low[at] == '(' && low[at-1] == ' ':
		return at + 1, true
	case (low[at] == '.' || low[at] == ';') && at+1 < len(low) && low[at+1] == ' ':
		return at + 2, true
	case low[at] == ',' && at+1 < len(low) && low[at+1] == ' ':
		rest := low[at:]
		for _, j := range clauseJoins {
			if j[0] == ',' && strings.HasPrefix(rest, j) {
				return at + len(j), true
			}
		}
		for _, j := range rewriteLanguageData().Joins {
			if strings.HasPrefix(rest[2:], j) && strings.HasPrefix(rest[2+len(j):], " ") {
				return at + 3 + len(j), true // "…, mentre la versione europea …" (plans.json's contrast joins)
			}
		}
		return at + 2, true
	}
	return 0, false
}

// clauseCue is the version whose name opens low (versioncues.json's cues),
// and whether one does; the name may follow a document noun and its
// article ("la bozza di Washington", "der Entwurf Washingtons": the author
// in the genitive). "Their version" is left out, as it needs the sentence
// before, and so are the authors as subject ("die Europäer setzen die Zahl
// höher an"): what a party wants is not always its text's term.
func clauseCue(low string) (string, bool) {
	if len(low) > 80 {
		low = low[:80]
	}
	hc := headCuePhrases()
	i, j := hc.set.first(low, func(j, i int) bool { return i == 0 || documentBefore(low[:i]) })
	if i < 0 {
		return "", false
	}
	cue := versionCueData().Cues[hc.cue[j]]
	return cue.Plan, cue.Plan != "other" && !cue.Start
}

// documentBefore reports whether before, the words ahead of a version's
// name, are a document noun and at most one word beside it ("la bozza ",
// "el borrador ", "проект ").
func documentBefore(before string) bool {
	var buf [9]string
	words := splitSpaces9(strings.TrimRight(before, " "), &buf)
	if len(words) == 0 || len(words) > 2 {
		return false
	}
	return lexiconData().isProseNoun(words[len(words)-1])
}

// holdsProvision reports whether ps holds a provision of q's version, text
// and paragraph.
func holdsProvision(ps []Provision, q Provision) bool {
	for _, p := range ps {
		if p.Plan == q.Plan && p.Text == q.Text && p.Position == q.Position {
			return true
		}
	}
	return false
}

// providesAtNumber reports whether text, a version's clause cut off after
// head (all of point n's text before it), states what plan provides at n: a term the
// catalogue numbers n in plan, stated by text or by text with words of head
// that head alone does not make one ("El punto 6 limita el ejército a
// 600.000 efectivos, y la versión europea lo eleva a 800.000": the army is
// head's word, the figure text's, as rewriteSentence reads the sentence
// after a point); or text refers back to the point with a demonstrative
// ("the European version removes this point", "цей пункт прибрала"), so
// that the clause is what the version does with it. A clause on the
// numbering, the text's length or another point does neither.
func providesAtNumber(c *termCatalogue, sc *termScan, head, text, plan string, n int) bool {
	if refersToPoint(lowerString(text)) {
		return true
	}
	var before [16]int
	nb := 0
	for _, h := range c.matchTerms(sc, lowerString(head)) {
		if nb < len(before) {
			before[nb] = h.term
			nb++
		}
	}
	for _, h := range c.matchTerms(sc, lowerString(head+" "+text)) {
		if c.terms[h.term].Points[plan] == n && !slices.Contains(before[:nb], h.term) {
			return true
		}
	}
	return false
}

// refersToPoint reports whether low holds a point word, or a word for a
// line of the text (pointrefs.json's referredLines), right after one of its
// demonstratives ("this point", "questo punto", "цей пункт", "that line":
// "the European version kept that line word for word", zl03), outside the idiom "at this point", whose preposition
// demonstrativeData names.
func refersToPoint(low string) bool {
	d, lx := demonstrativeData(), lexiconData()
	var prev2, prev string
	for len(low) > 0 {
		sp := strings.IndexByte(low, ' ')
		w := low
		if sp >= 0 {
			w, low = low[:sp], low[sp+1:]
		} else {
			low = ""
		}
		w = strings.Trim(w, ",;:.()«»\"“”")
		if (d.dems[prev] || d.lineDems[prev] && d.lines[w]) && (lx.pointWords[w] || d.lines[w]) && !d.preps[prev2] {
			return true
		}
		prev2, prev = prev, w
	}
	return false
}
