// Hosts: a podcast or broadcast transcript opens with its host welcoming
// the audience ("[00:00:04] **MAYA OKAFOR:** Welcome back to The Dispatch
// Desk. I'm Maya Okafor."). The host's lines ask and link; they are the
// publication's, as an interviewer's questions are, not statements.

package corpus

import (
	"strings"
	"unicode"
)

// hostWelcomes are the words a host opens a show with, by language.
var hostWelcomes = []string{"welcome", "willkommen", "bienvenue", "benvenuti", "bienvenidos", "witamy", "добро пожаловать", "вітаємо", "welkom", "bem-vindos"}

// markHost marks the paragraphs of a transcript's host as questions of the
// publication: the label of the first labelled paragraph, when that
// paragraph welcomes the audience, the speaker names themself or
// introduces the person another label names (introducedGuest). A host
// named in full on the first turn and by surname after ("LUCÍA ARRANZ:",
// then "ARRANZ:") keeps the role on every turn.
func (x *extractor) markHost(ps []paragraph) {
	host := ""
	for _, p := range ps {
		if p.kind != paraText {
			continue
		}
		label, text, ok := speakerLabel(p.text)
		if !ok {
			continue
		}
		low := lowerString(text)
		if len(low) > 300 {
			low = low[:300]
		}
		welcomes := strings.Contains(low, "i'm "+lowerString(label)) || strings.Contains(low, "i am "+lowerString(label))
		for _, w := range hostWelcomes {
			welcomes = welcomes || strings.Contains(low, w)
		}
		if name, end := introducedGuest(ps, label, text); name != nil && x.plainNameLabel(label) {
			welcomes = true
			if role := x.introducedRole(text, end); role != "" {
				x.person(name, role) // the title the host gives the guest, for their labels' turns
			}
		}
		if welcomes {
			host = label
		}
		break
	}
	hosts := creditedHosts(ps) // "Newsreader: Tamsin Orrell" over her turns (hostcredits.go)
	if host != "" {
		hosts = append(hosts, host)
	}
	if len(hosts) == 0 {
		return
	}
	for _, p := range ps {
		if label, _, ok := speakerLabel(p.text); ok && p.kind == paraText && anyLabelPerson(label, hosts) {
			if x.asks == nil {
				x.asks = map[int]bool{}
			}
			x.asks[p.index] = true
		}
	}
}

// speakerLabel splits a transcript paragraph into its speaker label, in
// lower case without bold marks, and its text.
func speakerLabel(p string) (label, text string, ok bool) {
	p = stripClock(p)
	if !looksLabelled(p) {
		return "", "", false
	}
	i := strings.Index(p, ": ")
	label = lowerString(strings.Trim(p[:i], "* "))
	return label, strings.TrimLeft(p[i+1:], "* "), label != ""
}

// labelName is a speaker label without the title a transcript prints
// after the name on the first turn only ("helen marsh, host" and then
// "helen marsh"): both are the same person's turns.
func labelName(label string) string {
	name, _, _ := strings.Cut(label, ", ")
	return name
}

// introducedGuest finds, in the first labelled turn (label, text), the
// introduction of another speaker of the transcript: their name in full,
// as capitalised words, where another label names them by surname or in
// full ("Está con nosotros el coronel retirado Tomás Ibarra" over later
// "IBARRA:" turns; "Bei mir im Studio ist Jana Roth" over "ROTH:").
// Whoever opens a show by introducing the guest hosts it, in any
// language. It returns the name's words and where in text they end, or
// nil.
func introducedGuest(ps []paragraph, label, text string) ([]string, int) {
	others := map[string]bool{}
	for _, p := range ps {
		if l, _, ok := speakerLabel(p.text); ok && p.kind == paraText && !sameLabelPerson(l, label) {
			others[labelName(l)] = true
		}
	}
	if len(others) == 0 {
		return nil, 0
	}
	const trim = ".,;:!?¿¡()\"“”«»"
	prevWord, at := "", 0
	for w := range strings.FieldsSeq(text) {
		start := at + strings.Index(text[at:], w)
		at = start + len(w)
		word, prev := strings.Trim(w, trim), prevWord
		prevWord = w
		if prev == "" || !isCapital(word) || isAllCaps(word) || !isCapital(strings.TrimLeft(prev, "\"“”«»(")) || containsAny(prev, ".,;:!?") {
			continue
		}
		prev = strings.Trim(prev, trim)
		low := lowerString(word)
		if others[low] || others[lowerString(prev)+" "+low] {
			// "Tomás Ibarra" with a label "ibarra" or "tomás ibarra"
			return []string{prev, word}, start + strings.Index(w, word) + len(word)
		}
	}
	return nil, 0
}

// introducedRole is the apposition after the name a host introduces the
// guest with ("Tomás Ibarra, analista del Instituto …. Buenos días"): a
// phrase opening in lower case or with a title word, up to the
// sentence's end, that holds a title word. "" when there is none.
func (x *extractor) introducedRole(text string, end int) string {
	rest, ok := strings.CutPrefix(text[end:], ", ")
	if !ok || !isLowerStart(rest) && !x.lx.isRole(lowerString(firstWord(rest))) { // German capitalises the title: "Sprecherin des …"
		return ""
	}
	if i := strings.IndexAny(rest, ".;:!?,"); i >= 0 {
		rest = rest[:i]
	}
	words := strings.Fields(rest)
	if len(words) == 0 || len(words) > 10 || !x.roleLike(words) {
		return ""
	}
	return cleanRole(rest)
}

// anyLabelPerson reports whether label is the label of one of hosts.
func anyLabelPerson(label string, hosts []string) bool {
	for _, h := range hosts {
		if sameLabelPerson(label, h) {
			return true
		}
	}
	return false
}

// sameLabelPerson reports whether two labels (lower case) are one
// person's: the same name, or a surname alone after the full name
// ("arranz" and "lucía arranz").
func sameLabelPerson(a, b string) bool {
	a, b = labelName(a), labelName(b)
	if a == b {
		return true
	}
	if len(a) > len(b) {
		a, b = b, a
	}
	return !strings.Contains(a, " ") && strings.HasSuffix(b, " "+a)
}

// plainNameLabel reports whether a label (lower case) is a person's name
// alone, two to four words of letters, none a title: the label of a host
// who introduces a guest. A function ("presenter", "moderatorin (…)")
// has readers of its own (floor.go, protocol.go), whose reading of the
// first turn stands.
func (x *extractor) plainNameLabel(label string) bool {
	words := strings.Fields(label)
	if len(words) < 2 || len(words) > 4 {
		return false
	}
	for _, w := range words {
		if x.lx.isRole(w) || inSet(floorData().staff, w) {
			return false
		}
		for _, r := range w {
			if !unicode.IsLetter(r) && r != '-' && r != '\'' && r != '’' {
				return false
			}
		}
	}
	return true
}
