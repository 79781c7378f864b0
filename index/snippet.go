package index

import (
	"bytes"
	"fmt"
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/blevesearch/bleve/v2/document"
	"github.com/blevesearch/bleve/v2/registry"
	"github.com/blevesearch/bleve/v2/search"
	"github.com/blevesearch/bleve/v2/search/highlight"
	"github.com/blevesearch/bleve/v2/search/highlight/fragmenter/simple"
	simpleHighlighter "github.com/blevesearch/bleve/v2/search/highlight/highlighter/simple"
)

// Names under which the snippet pieces are registered with bleve (its
// highlighters are looked up by name in a process-wide registry).
const (
	highlighterName = "planbot_discord"
	formatterName   = "planbot_discord_bold"
	snippetRunes    = 220 // fragment size handed to bleve's fragmenter
)

func init() {
	if err := registry.RegisterFragmentFormatter(formatterName, func(map[string]interface{}, *registry.Cache) (highlight.FragmentFormatter, error) {
		return boldFormatter{}, nil
	}); err != nil {
		panic(err)
	}
	if err := registry.RegisterHighlighter(highlighterName, func(_ map[string]interface{}, cache *registry.Cache) (highlight.Highlighter, error) {
		fr := simple.NewFragmenter(snippetRunes)
		fo, err := cache.FragmentFormatterNamed(formatterName)
		if err != nil {
			return nil, fmt.Errorf("snippet formatter: %w", err)
		}
		return simpleHighlighter.NewHighlighter(fr, fo, ""), nil
	}); err != nil {
		panic(err)
	}
}

// boldFormatter renders a bleve fragment for Discord: matched terms in
// **bold**, Discord markdown in the text escaped, the fragment trimmed to
// whole words with an ellipsis where text was cut.
type boldFormatter struct{}

// Format implements highlight.FragmentFormatter.
func (boldFormatter) Format(f *highlight.Fragment, locs highlight.TermLocations) string {
	orig, fEnd := f.Orig, f.End
	if i := bytes.Index(orig, []byte(metaSep)); i >= 0 {
		// Only the record's text makes a snippet, never the words indexed
		// after it; toHit falls back to the text's start.
		if f.Start >= i {
			return ""
		}
		orig, fEnd = orig[:i], min(fEnd, i)
	}
	start, end := wordBounds(orig, f.Start, fEnd)
	// Never cut a match in half: widen to cover matches the fragment touches.
	for _, l := range locs {
		if l == nil || !l.ArrayPositions.Equals(f.ArrayPositions) {
			continue
		}
		if l.Start < start && l.End > start {
			start = l.Start
		}
		if l.Start < end && l.End > end {
			end = l.End
		}
	}
	var b strings.Builder
	if start > 0 {
		b.WriteString("… ")
	}
	cur := start
	for _, l := range locs {
		if l == nil || !l.ArrayPositions.Equals(f.ArrayPositions) || l.Start < cur || l.Start < start {
			continue
		}
		if l.End > end {
			break
		}
		b.WriteString(escapeMarkdown(string(orig[cur:l.Start])))
		b.WriteString("**")
		b.WriteString(escapeMarkdown(string(orig[l.Start:l.End])))
		b.WriteString("**")
		cur = l.End
	}
	b.WriteString(escapeMarkdown(string(orig[cur:end])))
	if end < len(orig) {
		b.WriteString(" …")
	}
	return strings.TrimSpace(b.String())
}

// wordBounds moves start forward and end backward to word boundaries when
// they fall inside a word, and drops surrounding space.
func wordBounds(orig []byte, start, end int) (int, int) {
	isWord := func(r rune) bool { return unicode.IsLetter(r) || unicode.IsDigit(r) }
	if start > 0 && start < end {
		prev, _ := utf8.DecodeLastRune(orig[:start])
		if isWord(prev) {
			s := start
			for s < end {
				r, n := utf8.DecodeRune(orig[s:])
				if !isWord(r) {
					break
				}
				s += n
			}
			if s < end {
				start = s
			}
		}
	}
	if end < len(orig) && end > start {
		next, _ := utf8.DecodeRune(orig[end:])
		if isWord(next) {
			e := end
			for e > start {
				r, n := utf8.DecodeLastRune(orig[:e])
				if !isWord(r) {
					break
				}
				e -= n
			}
			if e > start {
				end = e
			}
		}
	}
	for start < end {
		r, n := utf8.DecodeRune(orig[start:])
		if !unicode.IsSpace(r) && !unicode.IsPunct(r) || r == '“' || r == '"' || r == '(' {
			break
		}
		start += n
	}
	for end > start {
		r, n := utf8.DecodeLastRune(orig[:end])
		if !unicode.IsSpace(r) {
			break
		}
		end -= n
	}
	return start, end
}

// markdownEscaper escapes the characters Discord reads as formatting, so
// that only the bold markers we add take effect.
var markdownEscaper = strings.NewReplacer(
	`\`, `\\`, `*`, `\*`, `_`, `\_`, "~", `\~`, "`", "\\`", "|", `\|`, ">", `\>`,
)

func escapeMarkdown(s string) string { return markdownEscaper.Replace(s) }

// leadSnippet is the snippet of a hit that matched on its metadata only
// (speaker, plan, topics): the start of its text, cut at a word boundary.
func leadSnippet(text string) string {
	if utf8.RuneCountInString(text) <= snippetRunes {
		return escapeMarkdown(strings.TrimSpace(text))
	}
	cut := 0
	for i := range text {
		if utf8.RuneCountInString(text[:i]) >= snippetRunes {
			cut = i
			break
		}
	}
	_, end := wordBounds([]byte(text), 0, cut)
	return escapeMarkdown(strings.TrimSpace(text[:end])) + " …"
}

// markTerms is what an exact search looks for in each text field: the
// analysed query words with their thesaurus synonyms, and the multi-word
// synonyms searched as all-words clauses. Snippets mark these words in the
// page's hits, so the query never runs a second time (with term vectors) to
// learn where it matched: that second pass cost as much as the search.
type markTerms struct {
	typed   map[string]map[string][]int // analyzer -> analysed query term, as typed -> its query words
	terms   map[string]map[string][]int // analyzer -> analysed term (typed or synonym) -> query words
	phrases map[string][]markPhrase     // analyzer -> multi-word synonyms
	topics  []string                    // English terms of the query words, "" when none
	near    map[string][]nearTerm       // analyzer -> unknown query terms matched within one typo
	// cognates maps, per analyzer, the cognate keys of the query words
	// that analyzer's text does not hold to those words (cognate.go).
	cognates map[string]map[string][]int
	// evidence says, per query word, what a match of it through a
	// record's topics shows (topicevidence.go).
	evidence []topicEvidence
}

// phraseWord reports whether t is a word of one of the multi-word
// synonyms looked for in a's text: mark keeps the other words' places
// only for those.
func (m markTerms) phraseWord(a, t string) bool {
	for _, p := range m.phrases[a] {
		if slices.Contains(p.words, t) {
			return true
		}
	}
	return false
}

// location is where tok stands in its text. mark makes one only for a
// token it keeps: most tokens are no query word.
func (tok token) location() *search.Location {
	return &search.Location{Pos: uint64(tok.pos), Start: uint64(tok.start), End: uint64(tok.end)}
}

// nearTerm is a query word the fuzzy search matches within one typo.
type nearTerm struct {
	term []rune
	word int
}

// addNear adds the query words the corpus does not know, which the fuzzy
// search matches within one edit or swap (first letter fixed, four letters
// or more, as fuzzyQuery asks bleve).
func (m *markTerms) addNear(qts []queryTerm, known []bool) {
	m.near = map[string][]nearTerm{}
	for i, qt := range qts {
		if known[i] {
			continue
		}
		for a, t := range qt.byAnalyzer {
			if rs := []rune(t); len(rs) >= 4 {
				m.near[a] = append(m.near[a], nearTerm{term: rs, word: i})
			}
		}
	}
}

// nearWords returns the query words t is one typo away from.
func (m *markTerms) nearWords(a, t string) []int {
	var out []int
	rs := []rune(t)
	for _, n := range m.near[a] {
		if len(rs) > 0 && rs[0] == n.term[0] && oneTypo(rs, n.term) {
			out = append(out, n.word)
		}
	}
	return out
}

// markPhrase is a multi-word synonym: its analysed words and the query
// words it stands for.
type markPhrase struct {
	words []string
	for_  []int
}

// markResult is what mark learns about a hit: how many query words its
// text contains as typed, and which query words it matches at all (as
// typed, through a synonym, or through its topics' words).
type markResult struct {
	typed   int
	matched []bool
	// byTitle says which matched query words only the hit's document title
	// holds (withTitle): they make it relevant, but add nothing to its rank.
	byTitle []bool
	// glossTyped counts the query words the hit's point gloss holds as
	// typed and its own text does not: never typed for the ranking, they
	// count as typed when its answer is weighed against the reports'
	// (reportsgloss.go).
	glossTyped int
	// genre says the hit's document title names the kind of document the
	// query asks for (rankgenre.go): a tie-break, never a match.
	genre bool
	// framed says the hit is a record of a source whose frame (outlet,
	// title, address) a query word names (framewords.go).
	framed bool
	// weakTopic says which matched query words the hit matches only
	// through its topics, on an everyday word, with no distinctive word
	// of the subject matched besides: matched for the ranking, no
	// evidence for the relevance rule and the off-topic guard
	// (topicevidence.go).
	weakTopic []bool
	// far says which matched query words a long text (more than
	// farTextTokens) holds only outside its densest stretch of
	// farWindowTokens: words scattered over a table's rows or a long
	// transcript's turns (farwords.go). Nil for other texts.
	far []bool
}

// count is how many query words r matched.
func (r markResult) count() int {
	n := 0
	for _, m := range r.matched {
		if m {
			n++
		}
	}
	return n
}

// markTermsFor returns what textQuery(text, ..., phrases, false) matches,
// per analyzer: like bleve's match query, it analyses the whole text with
// each field's analyzer (queryTerms leaves out words some other language
// drops, such as "war" in German); qts says which query word each term is.
func (ix *Index) markTermsFor(als []string, text string, qts []queryTerm, phrases map[string][]phrase) markTerms {
	m := markTerms{typed: map[string]map[string][]int{}, terms: map[string]map[string][]int{},
		phrases: map[string][]markPhrase{}, topics: make([]string, len(qts))}
	en := analyzerFor(defaultLang)
	for i, qt := range qts {
		m.topics[i] = qt.byAnalyzer[en]
	}
	m.evidence = ix.topicEvidenceOf(qts)
	for _, a := range als {
		set, typed := map[string][]int{}, map[string][]int{}
		le := ix.exp.lang(a)
		for _, t := range terms(ix.analyzer(a), text) {
			// Every word of the text is marked, even one queryTerms left
			// out because another language drops it, as bleve matches it.
			if _, ok := set[t]; !ok {
				set[t] = nil
			}
		}
		for i, qt := range qts {
			t, ok := qt.byAnalyzer[a]
			if !ok {
				continue
			}
			typed[t] = append(typed[t], i)
			set[t] = append(set[t], i)
			for _, s := range le.thesaurus(t) {
				set[s] = append(set[s], i)
			}
		}
		m.terms[a] = set
		m.typed[a] = typed
		for _, p := range phrases[a] {
			m.phrases[a] = append(m.phrases[a], markPhrase{words: p.toTerms, for_: p.words})
		}
	}
	return m
}

// mark finds the term locations of the query's words in h's stored text
// (h.Locations, from which snippet cuts the snippet with bleve's
// highlighter, as a search request's Highlight would) by analysing that
// text with its field's analyzer: the same tokens, offsets and positions
// the index holds for it. A word of a multi-word synonym is marked only
// when all its words occur, as the all-words clause requires. It also says
// which query words h matches (see markResult).
func (ix *Index) mark(h *search.DocumentMatch, als []string, m markTerms) markResult {
	res := ix.markText(h, als, m)
	// Words of the record's topics count as matched: its topics retrieved
	// it. Which of them are evidence of what the query asks is the
	// relevance rule's question (topicevidence.go).
	var byTopic []bool
	for i, t := range m.topics {
		if t != "" && !res.matched[i] && ix.hasTopicTerm(h, t) {
			res.matched[i] = true
			if byTopic == nil {
				byTopic = make([]bool, len(m.topics))
			}
			byTopic[i] = true
		}
	}
	res.weakTopic = weakTopics(res.matched, byTopic, m.evidence)
	return res
}

// markText is mark without the words h matches through its topics: the
// words its text (with its synonyms, translations, point gloss, near
// spellings and cognates) holds.
func (ix *Index) markText(h *search.DocumentMatch, als []string, m markTerms) markResult {
	res := markResult{matched: make([]bool, len(m.topics))}
	typed := make([]bool, len(m.topics))
	var glossed []bool // query words counted in res.glossTyped
	for _, a := range als {
		field := textField(a)
		text, _ := h.Fields[field].(string)
		if text == "" {
			continue
		}
		tlm := search.TermLocationMap{}
		var found map[string][]*search.Location
		if len(m.phrases[a]) > 0 {
			found = map[string][]*search.Location{}
		}
		gloss := glossStart(text)
		toks := ix.tokens(a, h.ID, text)
		var spots *wordSpots // where each query word is, for long texts only (farwords.go)
		if len(toks) > farTextTokens {
			spots = &wordSpots{anywhere: make([]bool, len(m.topics))}
		}
		for _, tok := range toks {
			t := tok.term
			if gloss >= 0 && tok.start >= gloss {
				// A word of the point gloss: matched, as a translation is
				// (see pointgloss.go), never typed nor shown.
				for _, w := range m.terms[a][t] {
					res.matched[w] = true
					spots.everywhere(w)
				}
				res.glossTyped += glossTypedWords(m.typed[a][t], typed, &glossed)
				continue
			}
			if ws, ok := m.terms[a][t]; ok {
				if len(tlm[t]) == 0 {
					for _, w := range m.typed[a][t] {
						if !typed[w] {
							res.typed++
						}
						typed[w] = true
					}
					for _, w := range ws {
						res.matched[w] = true
					}
				}
				spots.at(tok.pos, ws)
				tlm[t] = append(tlm[t], tok.location())
			} else if ws := m.nearWords(a, t); len(ws) > 0 {
				for _, w := range ws {
					res.matched[w] = true
				}
				spots.at(tok.pos, ws)
				tlm[t] = append(tlm[t], tok.location())
			} else if ws := m.cognateWords(a, text[tok.start:tok.end]); len(ws) > 0 {
				for _, w := range ws {
					res.matched[w] = true
				}
				spots.at(tok.pos, ws)
				tlm[t] = append(tlm[t], tok.location())
			} else if found != nil && m.phraseWord(a, t) {
				found[t] = append(found[t], tok.location())
			}
		}
		for _, p := range m.phrases[a] {
			all := true
			for _, w := range p.words {
				all = all && (len(found[w]) > 0 || len(tlm[w]) > 0)
			}
			if !all {
				continue
			}
			for _, w := range p.for_ {
				res.matched[w] = true
				spots.everywhere(w)
			}
			for _, w := range p.words {
				if len(tlm[w]) == 0 {
					tlm[w] = found[w]
				}
			}
		}
		res.far = spots.far(res.matched)
		if len(tlm) == 0 {
			return res
		}
		markNumbers(text, tlm)
		markTranslit(text, tlm)
		h.Locations = search.FieldTermLocationMap{field: tlm}
		return res
	}
	return res
}

// snippet cuts h's snippet with bleve's highlighter from the term
// locations mark found; it runs for the hits of the page only.
func (ix *Index) snippet(h *search.DocumentMatch) {
	for field := range h.Locations {
		text, _ := h.Fields[field].(string)
		doc := document.NewDocument(h.ID)
		doc.AddField(document.NewTextField(field, nil, []byte(text)))
		ix.hl.BestFragmentsInField(h, doc, field, 1)
	}
}
