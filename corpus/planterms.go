// The plan's own terms as data: every article in the corpus discusses the
// same few documents (the US 28-point draft, the European
// counter-proposal, the revision made in Geneva), so a sentence that states
// one of their distinctive terms in any language ("auf 600.000 Soldaten
// begrenzt", "ritorno della Russia nel G8", "elections within 100 days")
// reports that term, whether or not it carries a point label. This file
// reads the catalogue (data/planterms.json) and finds its signatures in a
// sentence; planterms_extract.go turns what it finds into provisions.

package corpus

import (
	_ "embed"
	"encoding/json"
	"fmt"
	"slices"
	"strconv"
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"
)

//go:embed data/planterms.json
var planTermsJSON []byte

// planTerm is one term of one or more versions, recognised by a signature:
// groups of alternatives of which one each must occur in the sentence.
type planTerm struct {
	ID     string         `json:"id"`
	Plan   string         `json:"plan"`   // the version when the text names none
	Plans  []string       `json:"plans"`  // the only versions that hold the term; empty: any
	Points map[string]int `json:"points"` // the term's number in each version that numbers it
	All    [][]string     `json:"all"`    // the signature's groups of alternatives
	// Narrows names the terms this one is a narrower reading of
	// (planterms_narrow.go): "non-aggression … in its laws" is the US
	// draft's 16, not the 2 its "non-aggression" alone would be.
	Narrows []string `json:"narrows"`
	// NotWith are phrases that void the term in a sentence that holds
	// them: "borders must not be changed by force" is the leaders'
	// principle, not the draft's 22 ("neither side will change these
	// arrangements by force"). Lower case; matchTerms reads them.
	NotWith []string `json:"notWith"`
	// Drop marks a term that is itself a version's drop of another's
	// clause ("the European reply drops the amnesty", "пункт об амнистии
	// был вычеркнут"): its drop words are its own signature, not a drop of
	// it, and it is made only for a version the sentence itself names,
	// never from a headline (planterms_extract.go), nor by its own alone.
	Drop bool `json:"drop"`
}

// voidedIn reports whether low (lower case) holds one of the term's
// NotWith phrases at a word start.
func (t *planTerm) voidedIn(low string) bool {
	for _, w := range t.NotWith {
		if i := strings.Index(low, w); i >= 0 && phraseStartsWord(low, i) {
			return true
		}
	}
	return false
}

// numbers reports whether some version numbers the term n: the versions
// number the terms they share differently (the Zaporizhzhia plant is the
// US draft's 19 and the 20-point framework's 12), so a number agrees with
// a term when any version gives it.
func (t *planTerm) numbers(n int) bool {
	for _, k := range t.Points {
		if k == n {
			return true
		}
	}
	return false
}

// allows reports whether the term is one of version plan's.
func (t *planTerm) allows(plan string) bool {
	if plan == "" || plan == unnamedPlan {
		return false
	}
	if len(t.Plans) == 0 {
		return true
	}
	for _, p := range t.Plans {
		if p == plan {
			return true
		}
	}
	return false
}

// termAlt is one alternative of a signature's group, indexed for the scan.
type termAlt struct {
	term, group int
	stem        string // lower case
	whole       bool   // "val=": the whole word, not a stem
}

// termCatalogue is the catalogue read for matching.
type termCatalogue struct {
	terms       []planTerm
	byPrefix    [][]termAlt          // alternatives of two or three bytes matched at a word start, by prefixSlot
	prefixSlot  []uint16             // first two bytes (little-endian) -> 1 + index into byPrefix; 0: none
	byKey       map[uint32][]termAlt // longer alternatives matched at a word start, by their first four bytes
	keys        keyFilter            // which keys byKey holds
	byKey6      map[uint64][]termAlt // alternatives of six bytes or more, by their first six (two or three Cyrillic letters)
	keys6       wideKeyFilter        // which keys byKey6 holds, folded to 32 bits: some two thousand, one bit in five of a keyFilter
	key4s       altTable             // byKey as the table matchTerms reads (alttable.go)
	key6s       altTable             // byKey6 as the table matchTerms reads
	infixOf     [][]termAlt          // per term: "*schäden", matched anywhere in a word
	infixGroups []uint8              // per term: the groups that hold an infix alternative
	figures     [][]int64            // per term: the figures of its signature ("#600000")
	numbers     map[int64][]termAlt  // "#600000" -> its alternatives
	thousands   []string             // stems multiplying a number by a thousand ("тисяч", "mila")
	spelled     spelledLex           // numbers in words, "six hundred thousand" (spellednumbers.go)
	millions    []string
	billions    []string
	planStems   []string // stems by which a sentence speaks of a plan
	dropStems   []string // stems by which a sentence says a term was dropped
	without     []string // the same, read only just before a term: "senza", "statt"
	anaphors    []string // pronouns that make a without-word before them an adverb: "замість цього", "instead of this"
	opinion     []string // a speaker's view: "według niej", "pointed out"
	both        []string // two versions at once: "both texts"
	according   []string // "secondo": before a name, a person's view
	docSays     []string // "the text says": a document's words, not a person's
	docPronouns []string // "It says …" after a sentence naming a version: the document's words too
	// fixed holds the versions never revised under the same name, whose
	// terms the catalogue knows in full, lower-cased (fixedVersions; see
	// provisions_termversion.go).
	fixed map[string]bool
	// revisable holds the versions whose label also covers their
	// revisions (revisedVersions), corrected as fixed ones are unless the
	// provision's paragraph holds one of revisionWords, lower case
	// (provisions_termversion.go).
	revisable     map[string]bool
	revisionWords []string
	// narrows holds, per term, the indices of the terms it narrows
	// (planterms_narrow.go); anyNarrows whether any term does.
	narrows    [][]int
	anyNarrows bool
}

// personsView reports whether a sentence gives a person's view of a
// term: an opinion phrase ("według niej", "pointed out"), or an
// according-word before a capitalised word that is no plan's ("Secondo
// Ferrante, …", not "Selon le texte européen" nor "Laut Entwurf").
func (c *termCatalogue) personsView(s, low string) bool {
	if stemIn(low, c.opinion) {
		return true
	}
	for _, a := range c.according {
		for from := 0; ; {
			k := strings.Index(low[from:], a)
			if k < 0 {
				break
			}
			at := from + k + len(a)
			from = at
			if at > len(s) || len(s) != len(low) {
				break // lower-casing changed the length: offsets do not carry over
			}
			w, _ := nextWord(s, at)
			r, _ := utf8.DecodeRuneInString(w)
			wordStart := at == len(a) || !isASCIILetter(low[at-len(a)-1])
			if wordStart && w != "" && unicode.IsUpper(r) && !c.speaksOfPlan(w) {
				return true
			}
		}
	}
	return false
}

// planTermsData is the catalogue, read once.
var planTermsData = sync.OnceValue(func() *termCatalogue {
	c, err := loadPlanTerms(planTermsJSON)
	if err != nil {
		panic(err) // the embedded data is fixed at build time; the tests load it
	}
	return c
})

// loadPlanTerms reads a catalogue.
func loadPlanTerms(b []byte) (*termCatalogue, error) {
	var raw struct {
		Thousands []string         `json:"thousands"`
		Millions  []string         `json:"millions"`
		Billions  []string         `json:"billions"`
		Words     map[string]int64 `json:"numberWords"`
		Hundreds  []string         `json:"hundreds"`
		PlanWords []string         `json:"planWords"`
		DropWords []string         `json:"dropWords"`
		Without   []string         `json:"withoutWords"`
		Anaphors  []string         `json:"withoutAnaphors"`
		Opinion   []string         `json:"opinionWords"`
		Both      []string         `json:"bothWords"`
		According []string         `json:"accordingWords"`
		DocSays   []string         `json:"documentSays"`
		DocPron   []string         `json:"documentPronouns"`
		Fixed     []string         `json:"fixedVersions"`
		Revisable []string         `json:"revisedVersions"`
		Revision  []string         `json:"revisionWords"`
		Terms     []planTerm       `json:"terms"`
	}
	if err := json.Unmarshal(b, &raw); err != nil {
		return nil, fmt.Errorf("decode planterms.json: %w", err)
	}
	c := &termCatalogue{
		terms:         raw.Terms,
		prefixSlot:    make([]uint16, 1<<16),
		byKey:         map[uint32][]termAlt{},
		byKey6:        map[uint64][]termAlt{},
		infixOf:       make([][]termAlt, len(raw.Terms)),
		infixGroups:   make([]uint8, len(raw.Terms)),
		figures:       make([][]int64, len(raw.Terms)),
		numbers:       map[int64][]termAlt{},
		thousands:     raw.Thousands,
		millions:      raw.Millions,
		billions:      raw.Billions,
		spelled:       newSpelledLex(raw.Words, raw.Hundreds),
		planStems:     raw.PlanWords,
		dropStems:     raw.DropWords,
		without:       raw.Without,
		anaphors:      raw.Anaphors,
		opinion:       raw.Opinion,
		both:          raw.Both,
		according:     raw.According,
		docSays:       raw.DocSays, // lower case in the data
		docPronouns:   raw.DocPron, // lower case in the data
		fixed:         set(raw.Fixed),
		revisable:     set(raw.Revisable),
		revisionWords: raw.Revision, // lower case in the data
	}
	for ti, t := range raw.Terms {
		for k, w := range t.NotWith {
			raw.Terms[ti].NotWith[k] = lowerString(w)
		}
		if len(t.All) == 0 || len(t.All) > 8 {
			return nil, fmt.Errorf("planterms.json: term %q: %d groups, want 1 to 8", t.ID, len(t.All))
		}
		for gi, g := range t.All {
			for _, a := range g {
				a = lowerString(a)
				alt := termAlt{term: ti, group: gi}
				switch {
				case strings.HasPrefix(a, "#"):
					n, err := strconv.ParseInt(a[1:], 10, 64)
					if err != nil {
						return nil, fmt.Errorf("planterms.json: term %q: number %q: %w", t.ID, a, err)
					}
					c.numbers[n] = append(c.numbers[n], alt)
					c.figures[ti] = append(c.figures[ti], n)
					continue
				case strings.HasPrefix(a, "*"):
					alt.stem = a[1:]
					c.infixOf[ti] = append(c.infixOf[ti], alt)
					c.infixGroups[ti] |= 1 << gi
					continue
				}
				alt.stem, alt.whole = strings.CutSuffix(a, "=")
				if len(alt.stem) < 2 {
					return nil, fmt.Errorf("planterms.json: term %q: alternative %q too short", t.ID, a)
				}
				if len(alt.stem) >= 6 {
					k := key6(alt.stem)
					c.byKey6[k] = append(c.byKey6[k], alt)
					c.keys6.add(uint32(k ^ k>>32))
					continue
				}
				if len(alt.stem) >= 4 {
					k := key4(alt.stem)
					c.byKey[k] = append(c.byKey[k], alt)
					c.keys.add(k)
					continue
				}
				k := uint16(alt.stem[0]) | uint16(alt.stem[1])<<8
				if c.prefixSlot[k] == 0 {
					c.byPrefix = append(c.byPrefix, nil)
					c.prefixSlot[k] = uint16(len(c.byPrefix))
				}
				c.byPrefix[c.prefixSlot[k]-1] = append(c.byPrefix[c.prefixSlot[k]-1], alt)
			}
		}
	}
	c.key4s, c.key6s = newAltTable(c.byKey), newAltTable(c.byKey6)
	if err := c.resolveNarrows(); err != nil {
		return nil, err
	}
	return c, nil
}

// termHit is a term whose signature a text holds, with the span of the
// text its alternatives cover (byte offsets into the lower-cased text).
type termHit struct {
	term       int
	start, end int
}

// termSeen is what a scan found of one term: its groups, and their span.
type termSeen struct {
	groups     uint8
	start, end int
}

// termScan is the reusable state of matchTerms, one per document.
type termScan struct {
	seen    []termSeen
	touched []int
	hits    []termHit
}

// matchTerms finds the terms whose every group occurs in low, a
// lower-cased text: one pass over its words, looking each word start up by
// its first two bytes, numbers read in any national format; alternatives
// inside a word ("*schäden") are looked for only for a term whose other
// groups all occur. The hits are valid until the next call with sc.
func (c *termCatalogue) matchTerms(sc *termScan, low string) []termHit {
	if len(sc.seen) != len(c.terms) {
		sc.seen = make([]termSeen, len(c.terms))
	}
	for _, t := range sc.touched {
		sc.seen[t] = termSeen{}
	}
	sc.touched, sc.hits = sc.touched[:0], sc.hits[:0]
	note := func(a termAlt, start, end int) {
		s := &sc.seen[a.term]
		if s.groups == 0 {
			sc.touched = append(sc.touched, a.term)
			s.start, s.end = start, end
		}
		if s.groups&(1<<a.group) != 0 {
			return // the group's first occurrence is its span
		}
		s.groups |= 1 << a.group
		s.start, s.end = min(s.start, start), max(s.end, end)
	}
	prevLetter := false
	for i := 0; i < len(low); {
		b := low[i]
		letter, n := byteClass(b)
		if letter && !prevLetter && i+1 < len(low) {
			if c.spelled.start[b] {
				if v, end := c.readSpelled(low, i); end > i {
					for _, a := range c.numbers[v] {
						note(a, i, end) // "six hundred thousand" (spellednumbers.go)
					}
				}
			}
			if isDigit(b) {
				if v, end := c.readNumber(low, i); end > i {
					for _, a := range c.numbers[v] {
						note(a, i, end)
					}
				}
			}
			var short []termAlt
			if k := c.prefixSlot[uint16(b)|uint16(low[i+1])<<8]; k > 0 {
				short = c.byPrefix[k-1]
			}
			var long, longer []termAlt
			if i+4 <= len(low) {
				if k := key4(low[i:]); c.keys.has(k) {
					long = c.key4s.get(uint64(k))
				}
			}
			if i+6 <= len(low) {
				if k := key6(low[i:]); c.keys6.has(uint32(k ^ k>>32)) {
					longer = c.key6s.get(k)
				}
			}
			if short != nil || long != nil || longer != nil { // (most word starts open no alternative: no array of the three is built for them)
				for _, as := range [3][]termAlt{short, long, longer} {
					for _, a := range as {
						if !strings.HasPrefix(low[i:], a.stem) {
							continue
						}
						end := i + len(a.stem)
						if a.whole && end < len(low) {
							if r2, _ := utf8.DecodeRuneInString(low[end:]); unicode.IsLetter(r2) || unicode.IsDigit(r2) {
								continue
							}
						}
						note(a, i, end)
					}
				}
			}
		}
		prevLetter = letter
		i += n
	}
	for _, ti := range sc.touched {
		s := &sc.seen[ti]
		full := uint8(1<<len(c.terms[ti].All) - 1)
		if s.groups|c.infixGroups[ti] != full {
			continue
		}
		for _, a := range c.infixOf[ti] {
			if s.groups&(1<<a.group) != 0 {
				continue
			}
			if at := strings.Index(low, a.stem); at >= 0 {
				note(a, at, at+len(a.stem))
			}
		}
		if s.groups == full && !c.terms[ti].voidedIn(low) {
			sc.hits = append(sc.hits, termHit{term: ti, start: s.start, end: s.end})
		}
	}
	if c.anyNarrows && len(sc.hits) > 1 {
		sc.hits = c.dropNarrowed(sc.hits)
	}
	return sc.hits
}

// figureAnswers finds the terms of low, two sentences joined, whose
// figure is in the second, from byte at on, while the first holds their
// other words and not the figure ("… a cap on the army. The first draft
// said 600,000."). The figure is what the second sentence reports.
func (c *termCatalogue) figureAnswers(sc *termScan, low string, at int) []termHit {
	hits := c.matchTerms(sc, low)
	out := hits[:0]
	for _, h := range hits {
		if c.numberIn(h.term, low[at:]) && !c.numberIn(h.term, low[:at]) {
			out = append(out, h)
		}
	}
	return out
}

// numberIn reports whether a lower-cased text holds one of the figures of
// term ti's signature.
func (c *termCatalogue) numberIn(ti int, low string) bool {
	if len(c.figures[ti]) == 0 {
		return false
	}
	prev := false
	for i := 0; i < len(low); i++ {
		d := isDigit(low[i])
		if d && !prev {
			if v, end := c.readNumber(low, i); end > i && slices.Contains(c.figures[ti], v) {
				return true
			}
		}
		if !prev && c.spelled.start[low[i]] {
			if v, end := c.readSpelled(low, i); end > i && slices.Contains(c.figures[ti], v) {
				return true
			}
		}
		prev = d || asciiWord[low[i]&0x7f] && low[i] < utf8.RuneSelf
	}
	return false
}

// key4 packs the first four bytes of s, which has at least four.
func key4(s string) uint32 {
	return uint32(s[0]) | uint32(s[1])<<8 | uint32(s[2])<<16 | uint32(s[3])<<24
}

// key6 packs the first six bytes of s, which has at least six.
func key6(s string) uint64 {
	return uint64(key4(s)) | uint64(s[4])<<32 | uint64(s[5])<<40
}

// byteClass tells, from the first byte of a character, whether it is part
// of a word and how long it is, without decoding it: ASCII by a table; the
// lead bytes 0xC2 and 0xE2, which start the quotation marks, dashes and
// spaces news writes (« » “ ” – — and the no-break spaces), are not; other
// characters (Latin letters with accents, Cyrillic, Greek) are.
func byteClass(b byte) (letter bool, n int) {
	switch {
	case b < utf8.RuneSelf:
		return asciiWord[b], 1
	case b == 0xC2:
		return false, 2
	case b == 0xE2:
		return false, 3
	case b >= 0xF0:
		return true, 4
	case b >= 0xE0:
		return true, 3
	case b >= 0xC0:
		return true, 2
	}
	return false, 1 // a continuation byte: not at a character's start
}

// asciiWord marks the ASCII bytes that are part of a word.
var asciiWord = func() (t [utf8.RuneSelf]bool) {
	for c := 0; c < utf8.RuneSelf; c++ {
		t[c] = c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9'
	}
	return t
}()

// numberSeparators are what national formats put between groups of three
// digits: 600,000 / 600.000 / 600 000 / 600'000 (and the no-break and
// narrow no-break spaces).
var numberSeparators = []string{",", ".", " ", "\u00a0", "\u202f", "'", "’"}

// readNumber reads the number written at low[i:] ("600,000", "600.000",
// "600 000", "600 тисяч", "600k", "$100bn", "100 miliardi") and returns its
// value and where it ends; end == i when there is none.
func (c *termCatalogue) readNumber(low string, i int) (int64, int) {
	j := i
	for j < len(low) && isDigit(low[j]) {
		j++
	}
	if j-i > 12 {
		return 0, i
	}
	v, _ := strconv.ParseInt(low[i:j], 10, 64)
	for {
		next := false
		for _, sep := range numberSeparators {
			k := j + len(sep)
			if strings.HasPrefix(low[j:], sep) && k+3 <= len(low) && isDigit(low[k]) && isDigit(low[k+1]) && isDigit(low[k+2]) && (k+3 == len(low) || !isDigit(low[k+3])) {
				g, _ := strconv.ParseInt(low[k:k+3], 10, 64)
				v, j, next = v*1000+g, k+3, true
				break
			}
		}
		if !next || v > 1e12 {
			break
		}
	}
	// a multiplier, written on (600k, 100bn) or as the next word
	w := j
	for w < len(low) && (low[w] == ' ' || strings.HasPrefix(low[w:], "\u00a0")) {
		if low[w] == ' ' {
			w++
		} else {
			w += len("\u00a0")
		}
	}
	for _, m := range []struct {
		stems []string
		times int64
	}{{c.thousands, 1e3}, {c.millions, 1e6}, {c.billions, 1e9}} {
		if end, ok := stemAt(low, w, m.stems); ok {
			return v * m.times, end
		}
	}
	return v, j
}

// stemAt reports whether one of stems (a trailing = asks for the whole
// word) starts at low[i:], and where it ends.
func stemAt(low string, i int, stems []string) (int, bool) {
	if i >= len(low) {
		return 0, false
	}
	first := low[i]
	for _, s := range stems {
		if s != "" && s[0] != first && s[0] != '=' {
			continue // the first byte differs: no prefix, and most stems go here
		}
		stem, whole := strings.CutSuffix(s, "=")
		if !strings.HasPrefix(low[i:], stem) {
			continue
		}
		end := i + len(stem)
		if whole && end < len(low) {
			if r, _ := utf8.DecodeRuneInString(low[end:]); unicode.IsLetter(r) || unicode.IsDigit(r) {
				continue
			}
		}
		return end, true
	}
	return 0, false
}

// speaksOfPlan reports whether a text speaks of a plan: it names a
// version, holds a plan word of plans.json, or a stem of the catalogue's
// planWords at a word start ("planen", "utkast", "návrh", "документ").
func (c *termCatalogue) speaksOfPlan(text string) bool {
	if text == "" {
		return false
	}
	if name, generic := planFor(text); name != "" || generic {
		return true
	}
	return stemIn(lowerString(text), c.planStems)
}

// dropsTerm reports whether a lower-cased sentence says the term it holds
// at low[h.start:h.end] was dropped, replaced or left out: a drop word
// within the term's words or near them on either side ("drops the 100-day
// deadline", "обмеження … прибрали з нової редакції", "lehne … ab"), or a
// without-word just before them ("senza la scadenza dei cento giorni",
// "800 000 statt 600 000"). A without-word after the term leaves it as it
// is ("tillförlitliga säkerhetsgarantier, utan att det framgår …").
func (c *termCatalogue) dropsTerm(low string, h termHit) bool {
	from := max(h.start-dropReach, 0)
	for from > 0 && !utf8.RuneStart(low[from]) {
		from--
	}
	to := min(h.end+dropReach, len(low))
	for to < len(low) && !utf8.RuneStart(low[to]) {
		to++
	}
	to = clauseEnd(low, h.end, to) // provisions_listcontext.go
	return stemIn(low[from:to], c.dropStems) || c.withoutBefore(low, from, h)
}

// dropReach is how many bytes around a term a drop word is read (some
// eight words of a Latin script, four or five of Cyrillic).
const dropReach = 64

// stemIn reports whether one of stems starts a word of the lower-cased
// text.
//
// A word start is asked of stemAt only when a stem opens with its first
// byte, and an ASCII byte is told a letter by a table (stemfirst.go).
func stemIn(low string, stems []string) bool {
	firsts, gate := stemFirstBytes(stems)
	prevLetter := false
	for i := 0; i < len(low); {
		var letter bool
		n := 1
		if c := low[i]; c < utf8.RuneSelf {
			letter = isASCIILetter(c) // unicode.IsLetter for ASCII
		} else {
			var r rune
			r, n = utf8.DecodeRuneInString(low[i:])
			letter = unicode.IsLetter(r)
		}
		if letter && !prevLetter && (!gate || firsts.has(low[i])) {
			if _, ok := stemAt(low, i, stems); ok {
				return true
			}
		}
		prevLetter = letter
		i += n
	}
	return false
}

// namedVersions lists the versions a lower-cased text names, with where
// each name starts, by the rules of plans.json. A phrase counts only where
// it starts a word, as for planFor (planwordstart.go): "testo di dicembre"
// inside "contesto di dicembre", "тексте" inside "контексте" name nothing.
func namedVersions(low string) []versionAt {
	lx := lexiconData()
	var out []versionAt
	for i := 0; i+3 <= len(low); i++ {
		if i > 0 && midASCIIWord(low, i) {
			continue // inside an ASCII word: no phrase starts here
		}
		k := phraseKey(low[i:])
		if !lx.planFilter.has(k) {
			continue
		}
		for _, ref := range lx.planPhrases[k] {
			if strings.HasPrefix(low[i:], ref.phrase) && phraseStartsWord(low, i) {
				out = append(out, versionAt{plan: lx.plans[ref.rule].Plan, start: i, end: i + len(ref.phrase)})
				break
			}
		}
	}
	return mergeCountVersions(out, low)
}

// versionAt is a version named in a text, and where.
type versionAt struct {
	plan       string
	start, end int
}
