// Headlines in capitals: Italian agencies (and wires in other languages)
// head each report with its speaker and the gist of what they said,
// separated by a comma ("UCRAINA: USHAKOV, CON WITKOFF NESSUN COMPROMESSO
// SUI TERRITORI", "PUTIN, EUROPA NON HA AGENDA DI PACE. 'SE VUOLE LA
// GUERRA SIAMO PRONTI'"). The speaker is a surname the report below names
// in full, or a known person.

package corpus

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// maxCapsHeadline is the longest headline in capitals read for a claim,
// in runes: a longer run of capitals is a shouted paragraph.
const maxCapsHeadline = 200

// capsHeadline reports whether p is a headline in capitals: no lower-case
// letter, a comma, at most maxCapsHeadline runes.
func capsHeadline(p string) bool {
	return strings.Contains(p, ", ") && runesAtMost(p, maxCapsHeadline) && isAllCaps(p)
}

// headlineClaims emits the claims of a headline in capitals: each
// sentence "SPEAKER, CLAIM" is the speaker's; a quoted claim after a
// sentence whose lead names no one ("CINQUE ORE AL CREMLINO, 'ALCUNE
// PROPOSTE USA ACCETTABILI'") is the last speaker's of the headline.
func (x *extractor) headlineClaims(p string, pos int) {
	if i := strings.Index(p, ": "); i > 0 && !strings.Contains(p[:i], " ") {
		if routingKey(p[:i]) {
			return // "INFO: EMBASSY KYIV, EMBASSY MOSCOW": a cable's addressees (cablemarks.go)
		}
		if x.labelHeadline(p[:i], p[i+2:], pos) {
			return // "TUSK: ZANIM ZACZNIEMY …, TRZEBA …": a known person's words (labelledlines_speech.go)
		}
		p = p[i+2:] // "UCRAINA: …": the subject of the string of reports
	}
	x.headRoleClaim = nil // a new report: the last one's title claim is left
	for _, c := range headlineSentences(p) {
		lead, claim, ok := strings.Cut(c, ", ")
		if !ok {
			lead, claim = "", c // "'SE VUOLE LA GUERRA SIAMO PRONTI'" after "PUTIN, …"
		}
		claim = strings.TrimSpace(claim)
		quoted := claim != "" && strings.ContainsRune("'\"«„“‘", firstRune(claim))
		if quoted {
			claim = strings.Trim(claim, "'\"«»„“”‘’ .")
		} else {
			claim = strings.TrimRight(claim, " .")
		}
		if claim == "" {
			continue
		}
		if sp := x.headlineSpeaker(lead); sp != nil {
			x.headSpeaker = sp
			x.emit(sp, claim, quoted, pos)
			continue
		}
		if lead != "" && x.lx.isRole(lowerString(lead)) {
			x.headRoleClaim = &headlineClaim{text: claim, direct: quoted, pos: pos}
			continue
		}
		if quoted && x.headSpeaker != nil {
			x.emit(x.headSpeaker, claim, true, pos)
		}
	}
}

// headlineClaim is a claim a headline in capitals gives to a title
// ("ANALISTA, …") until the report below names the person.
type headlineClaim struct {
	text   string
	direct bool
	pos    int
}

// headlineSentences cuts a headline into its sentences at ". " outside
// quotation marks.
func headlineSentences(p string) []string {
	var out []string
	inQuote := false
	start := 0
	for i, r := range p {
		switch {
		case r == '\'' && (i == 0 || p[i-1] == ' ' || p[i-1] == ','):
			inQuote = true
		case r == '\'' && inQuote:
			inQuote = false
		case r == '.' && !inQuote && strings.HasPrefix(p[i:], ". "):
			out = append(out, strings.TrimSpace(p[start:i]))
			start = i + 2
		}
	}
	return append(out, strings.TrimSpace(p[start:]))
}

// headlineSpeaker resolves the lead of a headline sentence to a person: one
// or two words in capitals that, written as a name, are a known person or
// a surname the document gives in full ("USHAKOV" for "Yuri Ushakov").
func (x *extractor) headlineSpeaker(lead string) *speaker {
	f := strings.Fields(lead)
	if len(f) == 0 || len(f) > 2 {
		return nil
	}
	words := make([]string, len(f))
	for i, w := range f {
		if !allLetters(w) {
			return nil
		}
		words[i] = nameCase(w)
	}
	low := lowerString(strings.Join(words, " "))
	if x.lx.isRole(low) || x.lx.notSpeakers[low] || x.lx.bodies[low] != "" {
		return nil
	}
	if _, known := x.lx.people[low]; !known && len(words) == 1 {
		full := x.fullNameOf(words[0])
		if full == "" {
			return nil
		}
		words = strings.Fields(full)
	}
	sp := x.person(words, "")
	if sp == nil || sp.kind != kindPerson {
		return nil
	}
	return sp
}

// nameCase writes a word in capitals as a name: "USHAKOV" as "Ushakov".
func nameCase(w string) string {
	r, n := utf8.DecodeRuneInString(w)
	return string(unicode.ToUpper(r)) + lowerString(w[n:])
}

// allLetters reports whether w holds letters only (and the hyphen of a
// double name).
func allLetters(w string) bool {
	for _, r := range w {
		if !unicode.IsLetter(r) && r != '-' {
			return false
		}
	}
	return w != ""
}
