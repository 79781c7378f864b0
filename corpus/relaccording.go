package corpus

import "strings"

// relativeAccordingByFirst is data/morphology.json's relativeAccording,
// "according to whom" in the corpus's languages, by its first word, each
// phrase with the space that follows it: a sentence is only looked at
// after its commas.
var relativeAccordingByFirst = func() map[string][]string {
	var md struct {
		Phrases []string `json:"relativeAccording"`
	}
	mustUnmarshalMorphology(&md)
	out := map[string][]string{}
	for _, p := range md.Phrases {
		first, _, _ := strings.Cut(p, " ")
		out[first] = append(out[first], p+" ")
	}
	return out
}()

// relativeAccordingAt returns where ", " and a phrase of
// relativeAccordingByFirst begin in s and the length of both, or -1.
func relativeAccordingAt(s string) (int, int) {
	for off := 0; ; {
		i := strings.Index(s[off:], ", ")
		if i < 0 {
			return -1, 0
		}
		at := off + i
		rest := s[at+2:]
		first, _, _ := strings.Cut(rest, " ")
		for _, p := range relativeAccordingByFirst[first] {
			if strings.HasPrefix(rest, p) {
				return at, 2 + len(p)
			}
		}
		off = at + 2
	}
}

// relativeAccording reads a view given in a relative clause after the
// person it is theirs: "Più scettica Elena Corradini, deputata della
// commissione Esteri, secondo cui Mosca «non accetterà mai …»", "osserva
// Nanni, per il quale la vera partita si giocherà …", "Anne Roy, selon qui
// le texte …". The person is the name closing a part of the sentence
// before the phrase, a title in apposition skipped; what follows the
// phrase is their statement.
func (x *extractor) relativeAccording(s string, pos int) bool {
	at, n := relativeAccordingAt(s)
	if at <= 0 {
		return false
	}
	text := trimSentenceEnd(s[at+n:])
	if len(strings.Fields(text)) < 3 {
		return false
	}
	parts := strings.Split(s[:at], ", ")
	role := ""
	for k := len(parts) - 1; k >= 0 && k >= len(parts)-3; k-- {
		toks := tokenize(parts[k])
		if len(toks) == 0 {
			continue
		}
		if x.roleLike(tokWords(toks)) && !isCapital(toks[0].word) {
			role = cleanRole(parts[k]) // "deputata della commissione Esteri": the title in apposition
			continue
		}
		n := len(toks) // the name closing the part: two or three capitalised words, or a known one
		for n > 0 && len(toks)-n < 3 && isCapital(toks[n-1].word) && nameWord(toks[n-1].word) {
			n--
		}
		run := toks[n:]
		if len(run) == 0 || !x.personRun(run) {
			return false
		}
		sp := x.person(tokWords(run), "")
		if sp == nil || sp.kind != kindPerson {
			return false
		}
		if sp.role == "" && role != "" {
			sp.role = role
			x.people[sp.name] = sp
		}
		if q, ok := wholeQuote(text); ok {
			x.emit(sp, q, true, pos)
		} else {
			x.emit(sp, text, false, pos)
		}
		return true
	}
	return false
}
