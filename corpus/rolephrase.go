// A title whose complement is capitalised, read where no statement is
// made (issue 12, helper roles): "Minister van Buitenlandse Zaken Joost
// Verhagen ontving de delegatie", "Die Vorsitzende des Auswärtigen
// Ausschusses Karla Binder reiste nach Genf". The mention reader took at
// most three capitalised words for a name and gave up on a title whose
// capitalised complement stood between it and the name, so the person's
// later statements by surname had no title. A run of three or more
// capitalised words after a link word ("van", "des", "of") that a title
// word opens is the complement and a two-word name; the title is read back
// from the name as for a speaker.

package corpus

import (
	_ "embed"
	"strings"
	"sync"
	"unicode/utf8"
)

//go:embed data/titlelinks.json
var titleLinksJSON []byte

// titleLinkData holds the link words between a title and its complement,
// the coordinators between two titled people and, per language, the
// endings of a nominative adjective that may open a title.
type titleLinkData struct {
	Links        []string            `json:"links"`
	Coordinators []string            `json:"coordinators"`
	AdjEndings   map[string][]string `json:"adjectiveEndings"`
	links, coord map[string]bool
}

// titleLinkWords is data/titlelinks.json, read once.
var titleLinkWords = sync.OnceValue(func() *titleLinkData {
	var d titleLinkData
	mustDecodeJSON("data/titlelinks.json", titleLinksJSON, &d)
	d.links, d.coord = set(d.Links), set(d.Coordinators)
	return &d
})

// titleLinks are the link words between a title and its complement.
func titleLinks() map[string]bool { return titleLinkWords().links }

// complementMentionOff turns the reader off, for tests that show what it
// changes.
var complementMentionOff = false

// complementMention reads a titled mention whose capitalised complement
// runs into the name, starting at the capitalised word toks[i]. It returns
// the person (nil when the title reader found none) and the index after
// the name, or 0 when the words at i are not such a title.
func (x *extractor) complementMention(s string, toks []tok, i int) (*speaker, int) {
	if complementMentionOff || i < 2 || !titleLinks()[lowerWord(toks[i-1])] || toks[i-1].trail != "" || toks[i-2].trail != "" {
		return nil, 0
	}
	m := i
	for m < len(toks) && m < i+6 && isCapital(toks[m].word) && !x.lx.isRole(lowerWord(toks[m])) {
		m++
		if toks[m-1].trail != "" {
			break
		}
	}
	if m-i < 3 {
		return nil, 0 // "Secretary of State Marco Rubio": the reader before takes it
	}
	r := x.titleThroughLinks(toks, i-1)
	if r < 0 {
		return nil, 0
	}
	sp, _ := x.titledName(s, toks, m-2, m)
	if sp == nil || sp.kind != kindPerson || sp.role == "" || wordIndex(sp.name, toks[m-1].word) < 0 {
		// the speaker reader knows no such title ("ministro das Finanças
		// Paulo Seixas"): the title is the words from the title word to
		// the name, the name the last two capitalised words
		sp = x.person([]string{toks[m-2].word, toks[m-1].word}, "")
		if sp == nil || sp.kind != kindPerson {
			return nil, m
		}
		role := s[toks[r].start : toks[m-3].start+len(toks[m-3].raw)]
		sp = &speaker{name: sp.name, role: role, kind: kindPerson, gender: sp.gender}
	}
	sp.role = x.withoutAccordingCue(sp.role)
	return sp, m
}

// titleThroughLinks returns the index of a title word before the link
// word at toks[k], reached over link words and capitalised complement
// words only, within six words and no punctuation, or -1.
func (x *extractor) titleThroughLinks(toks []tok, k int) int {
	for j := k - 1; j >= 0 && j >= k-6; j-- {
		if toks[j].trail != "" {
			return -1
		}
		w := lowerWord(toks[j])
		if x.lx.isRole(w) {
			return j
		}
		if !titleLinks()[w] && !isCapital(toks[j].word) {
			return -1
		}
	}
	return -1
}

// roleAfterCoordinatedName cuts a role read over two titled people
// ("Defence Minister Paul Irvine and Finance Minister", "Ministr obrany
// Tomáš Kříž a ministryně financí") down to the title after the
// coordinator, which is the one next to the speaker's name: a title word,
// then two capitalised words that are no title words (the first person's
// name), a coordinator and a title word after it. The role as it is
// otherwise.
func (x *extractor) roleAfterCoordinatedName(role string) string {
	if fieldCountMax(role, 5) < 5 {
		return role // (counted before it is split: fieldcount.go)
	}
	f := strings.Fields(role)
	for k := 3; k < len(f)-1; k++ {
		if !lowerIn(titleLinkWords().coord, f[k]) {
			continue
		}
		a, b := f[k-2], f[k-1]
		if !isCapital(a) || !isCapital(b) || x.lx.isRole(lowerString(a)) || x.lx.isRole(lowerString(b)) {
			continue
		}
		before, after := false, false
		for _, w := range f[:k-2] {
			before = before || x.lx.isRole(lowerString(w))
		}
		for _, w := range f[k+1:] {
			after = after || x.lx.isRole(lowerString(w))
		}
		if before && after {
			return strings.Join(f[k+1:], " ")
		}
	}
	return role
}

// adjectiveBeforeOff turns withAdjectiveBefore off, for tests.
var adjectiveBeforeOff = false

// withAdjectiveBefore returns role with the adjective written right before
// it in the lower-cased sentence low, when the role was read without it
// ("říká krajský zastupitel Radek Vondrák" gave "zastupitel"): a
// lower-case word of five letters or more ending as a nominative
// adjective of the document's language (adjectiveEndings). The role as it
// is otherwise.
func (x *extractor) withAdjectiveBefore(low, role string) string {
	ends := titleLinkWords().AdjEndings[x.src.Lang]
	if adjectiveBeforeOff || len(ends) == 0 || role == "" {
		return role
	}
	at := strings.Index(low, lowerString(role))
	if at <= 0 || low[at-1] != ' ' {
		return role
	}
	before := strings.TrimRight(low[:at], " ")
	w := before[strings.LastIndexAny(before, " ,;:\"„“«»()")+1:]
	if utf8.RuneCountInString(w) < 5 || containsAny(w, ".!?-") || x.lx.isRole(w) {
		return role
	}
	for _, e := range ends {
		if strings.HasSuffix(w, e) {
			return w + " " + role
		}
	}
	return role
}
