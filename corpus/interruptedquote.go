package corpus

import (
	"strings"
	"unicode/utf8"
)

// interruptedQuote reads a quotation whose attribution stands inside it
// between two dashes, as Italian, Spanish and Polish print it: "«Per noi
// è un'occasione – dice Marta Bellini, presidente degli industriali –
// altrimenti è un cantiere»", "«El plan es frágil —dijo el alcalde Luis
// Ferrer—, pero es un comienzo»". The words on both sides are the
// speaker's; read whole, the quotation
// went to whoever spoke before. Each side is a statement of its own, as
// two quotations around "said X" are. The attribution must open with a
// speech verb (an auxiliary before it or not) and name its speaker.
func (x *extractor) interruptedQuote(s string, pos int) bool {
	s = strings.TrimSpace(s)
	open, n := utf8.DecodeRuneInString(s)
	if !isOpenQuote(open) {
		return false
	}
	end := strings.TrimRight(s, ".!?… ")
	last, m := utf8.DecodeLastRuneInString(end)
	if !isCloseQuote(last) || len(end) < n+m {
		return false // a lone '"' opens and closes at once
	}
	body := end[n : len(end)-m]
	if containsAny(body, "«»“”„\"") {
		return false // another quotation inside: not one interrupted quote
	}
	// the first dash pair whose middle opens with a speech verb: a dash
	// before it may be the quotation's own ("«План — это основа, —
	// сказал Песков, — но …»", the Russian copula dash)
	var sp *speaker
	a, la, b, lb := -1, 0, -1, 0
	for from := 0; sp == nil; {
		a, la = innerDash(body, from)
		if a < 0 {
			return false
		}
		b, lb = innerDash(body, a+la)
		if b < 0 {
			return false
		}
		sp = x.dashAttribution(body[a+la : b])
		from = a + la
	}
	before := strings.TrimRight(strings.TrimSpace(body[:a]), ",")
	after := strings.TrimLeft(strings.TrimSpace(body[b+lb:]), ", ")
	if before == "" || after == "" {
		return false
	}
	x.emit(sp, before, true, pos)
	x.emit(sp, after, true, pos)
	return true
}

// dashAttribution reads the words between two dashes as an attribution:
// a speech verb (an auxiliary before it or not) and the person it names.
func (x *extractor) dashAttribution(attr string) *speaker {
	toks := readAs(tokenize(strings.Trim(attr, " ,")), x.src.Lang)
	vi := 0
	if len(toks) > 2 && x.lx.auxiliaries[toks[0].low] {
		vi = 1 // "– ha aggiunto il sindaco X –"
	}
	if len(toks) < vi+2 || !x.lx.sayVerbs[lowerWord(toks[vi])] {
		return nil
	}
	sp := x.subjectAfter(toks, vi+1)
	if sp == nil || sp.kind != kindPerson && sp.name != unnamedSpeaker {
		return nil
	}
	return sp
}

// innerDash finds a dash that sets off an attribution inside a quotation
// from byte from: an en or em dash with a space on at least one side
// ("è fragile – ha aggiunto", "frágil —dijo", "Ferrer—, pero"). It
// returns its index and length, or -1.
func innerDash(s string, from int) (int, int) {
	for i, r := range s[from:] {
		if r != '–' && r != '—' {
			continue
		}
		at := from + i
		l := utf8.RuneLen(r)
		spaceBefore := at > 0 && s[at-1] == ' '
		spaceAfter := at+l < len(s) && (s[at+l] == ' ' || s[at+l] == ',')
		if spaceBefore || spaceAfter {
			return at, l
		}
	}
	return -1, 0
}
