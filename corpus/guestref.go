// Guest references: a programme's credits name its guest with a label
// ("Guest: Dr Alan Whitby", "Gość: dr Aleksander Wojtaszek", "Invité :
// …"), and its summary then calls them "our guest", "nasz gość", "notre
// invité" rather than by name. The labels, the nouns and the determiners
// are data (data/guestlabels.json), so a new language is a list entry.

package corpus

import (
	_ "embed"
	"encoding/json"
	"regexp"
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"
)

//go:embed data/guestlabels.json
var guestLabelsJSON []byte

// guestLexicon is data/guestlabels.json, read once.
type guestLexicon struct {
	label       *regexp.Regexp
	labels      []string // the labels as listed, for labelBeforeColon
	nouns       map[string]bool
	determiners map[string]bool
}

var guestLex = sync.OnceValue(func() *guestLexicon {
	var d struct {
		Labels      []string `json:"labels"`
		Nouns       []string `json:"nouns"`
		Determiners []string `json:"determiners"`
	}
	if err := json.Unmarshal(guestLabelsJSON, &d); err != nil {
		panic("corpus: data/guestlabels.json: " + err.Error()) // embedded data, checked by the tests
	}
	alts := make([]string, len(d.Labels))
	for i, l := range d.Labels {
		alts[i] = regexp.QuoteMeta(l)
	}
	// the label opens the line or follows a sentence of the credits
	// ("Prowadzą: … . Gość: …"), before its colon (French spaces it)
	// (or a middle dot between credits: "Conduce: … · Ospite: …")
	re := regexp.MustCompile(`(?i)(?:^|[.;|*_(·•]\s*)(?:` + strings.Join(alts, "|") + `)\s?:\s+([^,.;()*_]+)`)
	return &guestLexicon{label: re, labels: d.Labels, nouns: labelSet(d.Nouns...), determiners: labelSet(d.Determiners...)}
})

// guestRef resolves "our guest", "Gość", "notre invité" to the person the
// credits name as guest; nil when the words are not such a reference or
// the document names no guest.
func (x *extractor) guestRef(lows []string) *speaker {
	n := len(lows)
	g := guestLex()
	if n == 0 || n > 2 || !g.nouns[lows[n-1]] || n == 2 && !g.determiners[lows[0]] {
		return nil
	}
	return x.guest()
}

// guest is the person a credits line labels as guest, found once per
// document.
func (x *extractor) guest() *speaker {
	if x.guestDone {
		return x.guestSp
	}
	x.guestDone = true
	g := guestLex()
	for _, p := range x.paras {
		if !g.labelBeforeColon(p.text) {
			continue // (most paragraphs: the regexp could not match, and need not be run)
		}
		m := g.label.FindStringSubmatchIndex(p.text)
		if m == nil {
			continue
		}
		toks := tokenize(strings.TrimSpace(p.text[m[2]:m[3]]))
		if len(toks) == 0 || len(toks) > 5 {
			continue
		}
		if sp := x.classify(toks, false); sp != nil && sp.kind == kindPerson {
			x.guestSp = sp
			x.guestTitle = x.creditTitle(p.text[m[3]:])
			break
		}
	}
	return x.guestSp
}

// labelBeforeColon reports whether s holds one of the labels, in any
// case, right before a colon (or one space and a colon) that is followed by
// a space: what the label regexp needs before anything else, and a test
// that reads only the bytes around each colon instead of running the
// regexp's backtracker over every byte of every paragraph. \s is the
// regexp's ASCII class; the labels' letters are compared as (?i) compares
// them, by their Unicode case-folding orbits.
func (g *guestLexicon) labelBeforeColon(s string) bool {
	for at := 0; ; {
		i := strings.IndexByte(s[at:], ':')
		if i < 0 {
			return false
		}
		c := at + i
		at = c + 1
		if c+1 >= len(s) || !isRegexpSpace(s[c+1]) {
			continue
		}
		for _, l := range g.labels {
			if hasFoldSuffix(s[:c], l) || c > 0 && isRegexpSpace(s[c-1]) && hasFoldSuffix(s[:c-1], l) {
				return true
			}
		}
	}
}

// isRegexpSpace is the regexp class \s: tab, newline, form feed, carriage
// return and space.
func isRegexpSpace(b byte) bool {
	return b == ' ' || b == '\t' || b == '\n' || b == '\f' || b == '\r'
}

// hasFoldSuffix reports whether s ends with suffix under simple Unicode
// case folding (as the regexp flag (?i) and strings.EqualFold compare
// runes), rune by rune from the end: the two may differ in bytes ("ſ"
// folds with "s").
func hasFoldSuffix(s, suffix string) bool {
	for suffix != "" {
		if s == "" {
			return false
		}
		r, n := utf8.DecodeLastRuneInString(suffix)
		t, m := utf8.DecodeLastRuneInString(s)
		if t != r && !foldsTo(t, r) {
			return false
		}
		suffix, s = suffix[:len(suffix)-n], s[:len(s)-m]
	}
	return true
}

// foldsTo reports whether t is in r's case-folding orbit.
func foldsTo(t, r rune) bool {
	for f := unicode.SimpleFold(r); f != r; f = unicode.SimpleFold(f) {
		if f == t {
			return true
		}
	}
	return false
}

// maxCreditTitleWords bounds the title a credits line gives its guest
// after a comma: longer, the words are the programme's summary.
const maxCreditTitleWords = 10

// creditTitle is the title a credits line gives its guest after the name
// and a comma ("Ospite: Paolo Zanardi, analista dell'Osservatorio …",
// "Guest: Anna Berg, former ambassador to Kyiv"), up to the next credit
// or sentence; "" when no comma follows the name or the words are no
// title. fillRoles gives it to the guest's untitled turns, as it gives a
// title an introduction wrote.
func (x *extractor) creditTitle(rest string) string {
	rest, ok := strings.CutPrefix(rest, ",")
	if !ok {
		return ""
	}
	if i := strings.IndexAny(rest, ".;|·•(*_\n"); i >= 0 {
		rest = rest[:i]
	}
	toks := tokenize(rest)
	if len(toks) == 0 || len(toks) > maxCreditTitleWords || !x.lx.isRole(lowerWord(toks[0])) {
		return ""
	}
	return cleanRole(strings.TrimSpace(rest))
}

// guestAnswer reads a label that gives the turn to the guest by the word
// for an answer ("Odpowiedź gościa: nie, ale …", "Réponse de l'invité :
// …", "The guest's answer: …"): the text is the credited guest's. It says
// whether it emitted.
func (x *extractor) guestAnswer(p string, pos int) bool {
	label, text, ok := strings.Cut(p, ": ")
	text = strings.TrimSpace(text)
	if !ok || text == "" {
		return false // (most paragraphs: no label, and no words of it to split)
	}
	words := strings.Fields(strings.TrimRight(label, " \u00a0"))
	if len(words) < 2 || len(words) > 4 {
		return false
	}
	answer, guest := false, false
	for _, w := range words {
		l := lowerString(strings.Trim(w, "*_"))
		if rest, ok := cutElidedArticle(l); ok {
			l = rest // "l'invité"
		}
		l = strings.TrimSuffix(strings.TrimSuffix(l, "'s"), "’s") // "the guest's answer"
		answer = answer || len(l) > 1 && answerLabels[l]
		guest = guest || guestLex().nouns[l]
	}
	if !answer || !guest {
		return false
	}
	sp := x.guest()
	if sp == nil {
		return false
	}
	x.emit(sp, text, true, pos)
	return true
}
