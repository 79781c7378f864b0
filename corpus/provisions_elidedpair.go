package corpus

import "strings"

// A writer who has named a version goes through two of its points by
// ordinal alone, mid-sentence, the point word left out and the second
// clause's verb often too: "En el de 20 puntos, el octavo habla de un
// paquete global de desarrollo … y el decimoctavo, de celebrar
// elecciones …", "In the 20-point plan, the eighth speaks of … and the
// eighteenth of …", "Im 20-Punkte-Plan spricht der achte von …, der
// achtzehnte von …", "l'ottavo parla di … e il diciottesimo di …",
// "восьмой говорит о …, а восемнадцатый — о …". Such a sentence came out as
// one unnumbered term (or numbered by one of its terms' vocabulary).
// elidedPairs cuts it into one numbered term an ordinal. It asks for two
// ordinals or more, each opening its clause (after an article in the
// languages that write one: elidedOrdinalArticles), each followed by a
// verb (pointVerbAfter), a comma or dash, or a word the left-out verb
// governs (pointrefs.json elidedGapWords: "of", "de", "von", "о"), at
// least one of them by a verb; and the sentence or the paragraph before
// must speak of points or name a version. "The eighth round of talks",
// "el octavo día", "der achte Gast" are followed by a noun: no point;
// "the eighth of March and the eighteenth of April" has no verb.

// elidedHead is an ordinal opening a clause: where the clause starts and
// the point's number.
type elidedHead struct{ start, number int }

// elidedHeads are the clause-opening ordinals of s, or nil when there are
// fewer than least or none is followed by a verb. named says that s names
// a point with its point word before them, which stands for the first
// ordinal: every ordinal is then read as a later one.
func elidedHeads(lx *lexicon, s string, least int, named bool) []elidedHead {
	var heads []elidedHead
	verb := named
	e := elidedOrdinalData()
	arts := e.articles
	for i := 0; i < len(s); {
		w, next := nextWord(s, i)
		if w == "" {
			break
		}
		start := next - len(w)
		i = next
		t := strings.Trim(w, "*_")
		if !mayOpenElided(e.heads, t) {
			continue
		}
		l := lowerString(t)
		article := false
		if strings.HasPrefix(l, "l'") || strings.HasPrefix(l, "l’") {
			_, rest, _ := strings.Cut(l, "'")
			if strings.HasPrefix(l, "l’") {
				rest = l[len("l’"):]
			}
			l, article = rest, true // "l'ottavo"
		} else if arts[l] {
			w2, n2 := nextWord(s, next)
			if w2 == "" {
				break
			}
			l, next, article = lowerString(w2), n2, true
		}
		n := lx.ordinals[l]
		if n == 0 {
			n = hyphenOrdinal(lx, l)
		}
		if n == 0 || lx.isRole(l) {
			continue
		}
		rest := s[next:]
		v := elidedVerbAfter(lx, rest)
		first := len(heads) == 0 && !named
		if !clauseHead(lx, s, start, first) && (!first || !v) {
			continue // (the first with its verb after it may stand anywhere: "В плане из 20 пунктов восьмой говорит …")
		}
		if !v && !gapAfter(rest, article) {
			continue
		}
		if named && !v && !article {
			continue // "o ponto 21, segundo o qual …": after a named point, an ordinal without its article needs its verb
		}
		if first && !v && !verbBefore(lx, s, start) {
			continue // the first ordinal has its verb, after it or (verb second) before it
		}
		verb = verb || v || first
		heads = append(heads, elidedHead{start, n})
		i = next
	}
	if len(heads) < least || !verb {
		return nil
	}
	return heads
}

// afterNamedPoint is elidedHeads for a text that names its first point
// otherwise, by its number or its point word ("Al punto 1 si legge che …;
// il secondo prevede …", "le point 14, … ; et au dix-neuvième, l'accord
// …", "První bod potvrzuje …, třetí slibuje …"): the writer left the point
// word out only from the second on. Its heads are the point n the text
// names before its first ordinal, at 0, then the ordinals, each opening a
// clause; nil when the text names no point n before them or n is 0.
func afterNamedPoint(lx *lexicon, s string, n int) []elidedHead {
	if n == 0 {
		return nil
	}
	heads := elidedHeads(lx, s, 1, true)
	if heads == nil {
		return nil
	}
	before := s[:heads[0].start]
	if m, _, ok := pointRefEnd(before); (!ok || m != n) && ordinalPointRef(before) != n {
		return nil
	}
	for _, h := range heads {
		if h.number == n {
			return nil // the same point again: not a list of points
		}
	}
	return append([]elidedHead{{0, n}}, heads...)
}

// mayOpenElided reports whether the word t may be an ordinal or an
// article before one, as elidedHeads reads it: an ASCII word without an
// apostrophe or hyphen ("l'ottavo", "twenty-first") must pass the filter
// of their words, which folds ASCII case as lowerString does. A word with
// other letters is always read: its lowered bytes could differ.
func mayOpenElided(f *keyFilter, t string) bool {
	if !isASCII(t) || strings.ContainsAny(t, "'-") {
		return true
	}
	return f.has(wordKey(t))
}

// clauseHead reports whether the word at start opens a clause of s: the
// sentence's start, a comma or dash before it, or a conjunction ("y",
// "and", "а"); the first ordinal may follow a verb ("spricht der achte").
func clauseHead(lx *lexicon, s string, start int, first bool) bool {
	before := strings.TrimRight(s[:start], " ")
	if before == "" || strings.HasSuffix(before, ",") || strings.HasSuffix(before, ";") || strings.HasSuffix(before, "—") || strings.HasSuffix(before, "–") {
		return true
	}
	w := wordBefore(s, start)
	if lx.conjunctions[lowerString(w)] {
		return true
	}
	return first && verbBefore(lx, s, start)
}

// elidedVerbAfter reports whether rest opens on a verb a point's clause
// has: pointVerbAfter's, or elidedOrdinalVerbs ("habla de").
func elidedVerbAfter(lx *lexicon, rest string) bool {
	if pointVerbAfter(lx, rest) {
		return true
	}
	w, _ := nextWord(rest, 0)
	return elidedOrdinalData().verbs[lowerString(w)]
}

// verbBefore reports whether the word before start is a verb: "spricht
// der achte von …".
func verbBefore(lx *lexicon, s string, start int) bool {
	w := wordBefore(s, start)
	return lx.isProseVerb(w) || elidedOrdinalData().verbs[lowerString(w)]
}

// gapAfter reports whether rest, after an ordinal, goes on as a clause
// whose verb is left out: a comma (after an article only: "Second, …" is
// an enumeration), a dash or a governed word ("of", "de", "d'élections").
func gapAfter(rest string, article bool) bool {
	t := strings.TrimLeft(rest, " ")
	if strings.HasPrefix(t, ",") {
		return article
	}
	if strings.HasPrefix(t, "—") || strings.HasPrefix(t, "–") {
		return true
	}
	if strings.HasPrefix(t, "d'") || strings.HasPrefix(t, "d’") {
		return true // "d'élections"
	}
	w, _ := nextWord(t, 0)
	return elidedOrdinalData().gaps[lowerString(w)]
}

// elidedPairs cuts each provision whose text names two points or more by
// clause-opening ordinals into one provision a point (see above). A
// provision keeps its text when numbered otherwise than by one of them.
func elidedPairs(ps []paragraph, out []Provision) []Provision {
	lx := lexiconData()
	var res []Provision
	for k, p := range out {
		var heads []elidedHead
		if strings.Count(p.Text, " ") >= 6 {
			if heads = elidedHeads(lx, p.Text, 2, false); heads == nil {
				heads = afterNamedPoint(lx, p.Text, p.Number)
			}
		}
		if heads != nil && !headsNumber(heads, p.Number) || heads != nil && !speaksOfPoints(lx, p.Text) && versionIn(p.Text) == "" && !pointsAbove(lx, ps, p.Position) {
			heads = nil
		}
		if heads == nil {
			if res != nil {
				res = append(res, p)
			}
			continue
		}
		if res == nil {
			res = append(make([]Provision, 0, len(out)+len(heads)), out[:k]...)
		}
		plan := versionIn(p.Text) // "En el de 20 puntos, …": the version the sentence names, not its list's
		if plan == "" {
			plan = p.Plan
		}
		for h, hd := range heads {
			from, to := hd.start, len(p.Text)
			if h == 0 {
				from = 0 // "En el de 20 puntos, el octavo …": the version's words stay
			}
			if h+1 < len(heads) {
				to = heads[h+1].start
			}
			q := p
			q.Plan, q.Number, q.Text = plan, hd.number, trimTrailingJoin(lx, p.Text[from:to])
			q.Topics = tagTopics(q.Text)
			res = append(res, q)
		}
	}
	if res == nil {
		return out
	}
	return renumber(res)
}

// headsNumber reports whether n is 0 or one of the heads' numbers.
func headsNumber(heads []elidedHead, n int) bool {
	if n == 0 {
		return true
	}
	for _, h := range heads {
		if h.number == n {
			return true
		}
	}
	return false
}

// pointsAbove reports whether the paragraph at position, or the one
// before it, speaks of points.
func pointsAbove(lx *lexicon, ps []paragraph, position int) bool {
	for i := position; i >= 0 && i >= position-1; i-- {
		if i < len(ps) && speaksOfPoints(lx, ps[i].text) {
			return true
		}
	}
	return false
}

// trimTrailingJoin drops the comma or conjunction that joins a clause to
// the next: "… para Ucrania y" → "… para Ucrania".
func trimTrailingJoin(lx *lexicon, s string) string {
	s = strings.TrimRight(s, ",;—– ")
	if j := strings.LastIndexByte(s, ' '); j > 0 && lx.conjunctions[lowerString(s[j+1:])] {
		s = strings.TrimRight(s[:j], ",;—– ")
	}
	return strings.TrimSpace(s)
}
