package index

import (
	"context"
	"fmt"
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/blevesearch/bleve/v2"
	"github.com/blevesearch/bleve/v2/search"
	"github.com/blevesearch/bleve/v2/search/query"

	"planbot/corpus"
)

// Tuning of search. The values were chosen from the scores of the query
// table in testdata/queries.json (see TestQueries and the package README
// comment on relevance in DESIGN notes below).
const (
	defaultLimit = 10
	maxLimit     = 100
	// maxQueryRunes bounds the text analysed per query: a pasted article
	// must not cost more than a question.
	maxQueryRunes = 500
	// unknownShareLimit: the exact search is "nothing relevant" when more
	// than this share of the query's distinct words are unknown to the
	// corpus (neither the word nor a synonym of it occurs anywhere). Then, and when the exact search finds nothing, a
	// fuzzy search runs; it requires every query word to match (fuzzily),
	// so "bitcoin price" stays empty while "zelenksy" finds Zelensky.
	unknownShareLimit = 0.5
	// relativeCut drops hits scoring below this fraction of the best hit:
	// they matched only the query's weakest words ("war" in "prisoners of
	// war").
	relativeCut = 0.15
	phraseBoost = 0.4
	// topicBoost weighs a match on a record's topic words (its topics'
	// labels and keywords) against one on its text: enough to retrieve what
	// the taxonomy tagged, behind any text that says the words.
	topicBoost = 0.3
	// passageWeight scales the score of a passage (a paragraph extraction
	// did not classify), so that the provision or statement saying the
	// same ranks first.
	passageWeight = 0.9
)

// foreignBoost weighs text in languages other than English: each
// language field has its own term statistics, so a word rare in the few
// German reports would otherwise outrank the English ones. Queries are
// typed in English; other languages are found, behind English text that
// matches as well. A variable only so that TestRelevanceDiag can try
// others (PLANBOT_FOREIGN_BOOST).
var foreignBoost = 0.35

// Search runs q and returns its ranked, relevant hits with snippets. The
// text is never parsed as query syntax. An empty or irrelevant query returns
// no hits, not an error. With only filters (speaker, plan, topic) and no
// text, it lists the matching records, newest first. When planbot's own
// search answers nothing, a plain match of the query's words may
// (fallback.go).
func (ix *Index) Search(ctx context.Context, q corpus.Query) (corpus.Results, error) {
	res, err := ix.searchOwn(ctx, q)
	if err != nil {
		return res, err
	}
	return ix.fallback(ctx, q, res)
}

// searchOwn is Search without the fallback: planbot's own analysis only.
func (ix *Index) searchOwn(ctx context.Context, q corpus.Query) (corpus.Results, error) {
	if weighedAgainstReports(q) {
		// One pass with the passage search it is weighed against.
		if out, ok, err := ix.sharedWithReports(ctx, []corpus.Query{q}); err != nil {
			return corpus.Results{Query: q.Text, Hits: []corpus.Hit{}}, err
		} else if ok {
			return out[0], nil
		}
	}
	var key answerKey
	res, err := ix.search(ctx, q, &key)
	if err != nil {
		return res, err
	}
	return ix.recordsOrReports(ctx, q, res, key) // see rankreports.go
}

// search is Search before the records of a kind are weighed against the
// reports (rankreports.go); key, when not nil, is set to the ranking keys
// of its best relevant hit.
func (ix *Index) search(ctx context.Context, q corpus.Query, key *answerKey) (corpus.Results, error) {
	res := corpus.Results{Query: q.Text, Hits: []corpus.Hit{}}
	limit := q.Limit
	if limit <= 0 {
		limit = defaultLimit
	}
	limit = min(limit, maxLimit)
	offset := max(q.Offset, 0)
	text := normalizeQuery(q.Text)
	als := ix.analyzersInUse()
	servers := ix.hasServers()
	filter := filters(q, false, servers)

	qterms := ix.queryTerms(als, text)
	typed := qterms // as typed, for the ranking (resultsTyped)
	if len(qterms) == 0 {
		if q.Speaker == "" && q.Plan == "" && q.Topic == "" {
			return res, nil
		}
		req := bleve.NewSearchRequestOptions(filters(q, true, servers), limit, offset, false)
		req.SortBy([]string{"-" + fieldDate, "_id"})
		req.Fields = hitFields(als)
		sr, err := ix.idx.SearchInContext(ctx, req)
		if err != nil {
			return res, fmt.Errorf("search: %w", err)
		}
		res.Total = int(sr.Total)
		res.Hits = ix.hits(sr, q.Kind, als)
		return res, nil
	}

	ex, err := ix.knownTerms(ctx, als, qterms)
	if err != nil {
		return res, err
	}
	if t, ok, err := ix.respell(ctx, als, text, qterms, ex.known); err != nil { // see respell.go
		return res, err
	} else if ok {
		text, qterms = t, ix.queryTerms(als, t)
		if ex, err = ix.knownTerms(ctx, als, qterms); err != nil {
			return res, err
		}
	}
	known, swaps, phrases := ex.known, ex.swaps, ex.phrases
	if share(known) >= 1-unknownShareLimit && !ix.atUnknownLimit(ctx, qterms, known) { // see halfknown.go
		// One pass: bleve ranks without term locations and loads the
		// stored fields of the page only; mark then finds the matched
		// words in those few texts.
		size := fetchSize(limit, offset)
		cls := ix.classify(ctx, qterms)
		if key == nil {
			key = new(answerKey)
		}
		deeper, shallow := false, corpus.Results{} // a deeper fetch's first page (rankdeeper.go)
		undominated, dominant := false, -1         // a fetch without a dominant word was made (recall.go)
		tq := ix.textQuery(retrievalText(text, qterms, cls), q.Kind, als, phrases, ex.boost, ex.topics, false)
		frames, framing := ix.namedFrames(qterms, cls)
	fetch:
		req, err := ix.request(ctx, tq, filter, size)
		if err != nil {
			return res, err
		}
		sr, err := ix.run(ctx, req, hitFields(als))
		if err != nil {
			return res, fmt.Errorf("search: %w", err)
		}
		fetched := len(sr.Hits)
		if frames != nil && q.Kind != corpus.KindSource { // see framewords.go
			more, err := ix.frameHits(ctx, tq, filter, frames, size, als)
			if err != nil {
				return res, err
			}
			sr.Hits = withFrames(sr.Hits, more)
		}
		if len(sr.Hits) > 0 && q.Kind == corpus.KindSource {
			return ix.results(res, sr, q.Kind, als, limit, offset, nil, nil), nil
		}
		if len(sr.Hits) > 0 {
			m := ix.markTermsFor(als, text, qterms, phrases)
			// An unknown word may be a cognate of a hit's word (cognate.go).
			m.addCognates(qterms, ex.held)
			counted := countedNumbers(text, qterms) // see pointcount.go
			mark := func(h *search.DocumentMatch) markResult {
				return ix.withGenre(h, als, m, cls, withFrame(h, frames, framing, cls, ix.withTitle(h, als, m, cls, withoutCounted(h, als, qterms, counted, ix.mark(h, als, m))))) // see titlewords.go, framewords.go, rankgenre.go
			}
			// Hits that the relevance rule rejects all answer nothing,
			// unless a word is unknown to the corpus: then it may be
			// misspelt ("what did kalas say"), which the fuzzy search is for.
			var first answerKey // the first fetch's best hit, when a deeper one is asked (rankdeeper.go)
			if deeper {
				first = *key
			}
			all := sr.Hits // resultsKeyed keeps only the page in sr.Hits
			r := ix.resultsKeyed(res, sr, q.Kind, als, limit, offset, mark, cls, typed, key)
			if n, ok := widen(size, len(r.Hits), fetched, sr.Total); ok { // see recall.go
				size = n
				goto fetch
			}
			if deeper {
				if !deeperBetter(*key, first) {
					*key = first
					r = shallow
				}
			} else if deeperWanted(*key, cls, known, size, fetched, sr.Total) {
				deeper, shallow, size = true, r, ix.deeperSize(size)
				goto fetch
			}
			if undominated && len(r.Hits) > 0 {
				r.Hits = strongerThanDominant(r.Hits, all, mark, cls, dominant) // see recall.go
			}
			if len(r.Hits) == 0 && !undominated && uint64(fetched) < sr.Total {
				// Every hit matched one word alone (recall.go): fetch without it.
				marks := make([]markResult, len(all))
				for i, h := range all {
					marks[i] = mark(h)
				}
				if w := dominantWord(marks, cls, len(qterms)); w >= 0 && w < len(qterms) && qterms[w].raw != "" {
					undominated, deeper, dominant = true, false, w
					size = max(size, widerFetch)
					rt := strings.Join(strings.Fields(replaceWords(retrievalText(text, qterms, cls), map[string]string{qterms[w].raw: ""})), " ")
					tq = ix.textQuery(rt, q.Kind, als, withoutWord(phrases, w), ex.boost, ex.topics, false)
					goto fetch
				}
			}
			if len(r.Hits) > 0 || !slices.Contains(known, false) {
				return r, nil
			}
		}
	}
	qterms, known, swaps = ix.withoutFrames(ctx, qterms, known, swaps)
	fq := ix.fuzzyQuery(als, qterms, known, swaps)
	if q.Kind == corpus.KindSource {
		fq = ix.textQuery(text, q.Kind, als, nil, nil, nil, true)
	}
	req, err := ix.request(ctx, fq, filter, fetchSize(limit, offset))
	if err != nil {
		return res, err
	}
	sr, err := ix.run(ctx, req, hitFields(als))
	if err != nil {
		return res, fmt.Errorf("search: %w", err)
	}
	if q.Kind == corpus.KindSource {
		return ix.results(res, sr, q.Kind, als, limit, offset, nil, nil), nil
	}
	// The index keeps no term locations, so mark finds the words the
	// fuzzy query matched as it finds the exact ones: the unknown words
	// match a text word one typo away (fuzzyQuery's rule); every query word
	// matched, so the relevance rule has nothing to judge.
	m := ix.markTermsFor(als, text, qterms, nil)
	m.addNear(qterms, known)
	mark := func(h *search.DocumentMatch) markResult { return ix.mark(h, als, m) }
	return ix.resultsKeyed(res, sr, q.Kind, als, limit, offset, mark, nil, typed, key), nil
}

// fetchSize is how many hits a search asks bleve for: the page and the
// ones before it, and a few more to fill the page when passages that repeat
// a provision or statement are dropped.
func fetchSize(limit, offset int) int {
	page := offset + limit
	return page + max(page/4, 3)
}

// normalizeQuery keeps the first maxQueryRunes of the text (cut at a space)
// with control characters turned into spaces. Punctuation is kept: the
// analyzers treat it as a word separator, never as syntax.
func normalizeQuery(s string) string {
	s = strings.Map(func(r rune) rune {
		if unicode.IsControl(r) || r == utf8.RuneError {
			return ' '
		}
		return r
	}, s)
	if utf8.RuneCountInString(s) > maxQueryRunes {
		n := 0
		for i := range s {
			if n == maxQueryRunes {
				s = s[:i]
				break
			}
			n++
		}
		if j := strings.LastIndexByte(s, ' '); j > 0 {
			s = s[:j]
		}
	}
	return normalizeNumbers(spellUnits(spellPercent(strings.TrimSpace(s))))
}

// filters is the non-scoring part of q: the collections it sees (see
// collections), its kind and the exact speaker
// (or a group member or institution of it), plan and topic; nil when there
// is none. Only provisions, statements and passages have text fields, so a text query needs no kind filter unless q asks for
// one kind; withKind forces it (for listing by filters alone). servers says
// whether the index holds any server's records (Index.hasServers): without
// them every record is global and the collections filter is left out.
func filters(q corpus.Query, withKind, servers bool) query.Query {
	var c []query.Query
	if q.Kind != "" || withKind {
		c = append(c, recordKinds(q.Kind))
	}
	add := func(field, v string) {
		if v != "" {
			t := query.NewTermQuery(v)
			t.SetField(field)
			c = append(c, t)
		}
	}
	add(fieldSpeakerAny, q.Speaker)
	add(fieldPlan, q.Plan)
	add(fieldTopics, q.Topic)
	if servers {
		c = append(c, collections(q.Guild))
	}
	switch len(c) {
	case 0:
		return nil
	case 1:
		return c[0]
	}
	return query.NewConjunctionQuery(c)
}

// collections is the filter on what a server sees: the global collection
// and, when guild is not "", that server's own documents. It excludes the
// records of other servers (a server's records carry serverMarker, the
// global ones nothing), so its cost follows the servers' records, not the
// whole index.
func collections(guild string) query.Query {
	term := func(v string) query.Query {
		t := query.NewTermQuery(v)
		t.SetField(fieldGuild)
		return t
	}
	others := term(serverMarker)
	if guild != "" {
		others = query.NewBooleanQuery([]query.Query{others}, nil, []query.Query{term(guildTerm(guild))})
	}
	return query.NewBooleanQuery(nil, nil, []query.Query{others})
}

// queryTerm is one distinct word of the query, as each analyzer in use sees
// it ("" where that analyzer drops it as a stop word).
type queryTerm struct {
	byAnalyzer map[string]string
	raw        string // the word as typed, lower case (see classify)
	// lead holds, per analyzer, the terms of the words just before this
	// one that the query's terms leave out because another language drops
	// them ("non" in "non-nuclear status", a stop word in Italian and
	// French) but this analyzer keeps: the multi-word synonyms are looked
	// for in each language's own sequence of words (lookupTerms).
	lead map[string][]string
}

// queryTerms analyses text with every analyzer in use. A word that some
// language treats as a stop word ("war" in German) is left out, unless that
// would leave nothing, unless the query reads as English and English keeps
// it ("ready for war", see englishKept), or unless it is a negation ("non"
// in "non-nuclear status", a stop word in Italian and French): then it is
// a query word of the languages that keep it, so that the English
// "non-nuclear state" answers before an Italian text on the status of the
// nuclear plant, which cannot say "non" to its index.
func (ix *Index) queryTerms(als []string, text string) []queryTerm {
	if text == "" {
		return nil
	}
	type posTerms = map[int]string
	per := map[string]posTerms{}
	raw := posTerms{}
	var order []int
	seenPos := map[int]bool{}
	for _, a := range als {
		pt := posTerms{}
		for _, t := range ix.analyzer(a).Analyze([]byte(text)) {
			pt[t.Position] = string(t.Term)
			if _, ok := raw[t.Position]; !ok && t.Start >= 0 && t.End <= len(text) && t.Start < t.End {
				raw[t.Position] = strings.ToLower(text[t.Start:t.End])
			}
			if !seenPos[t.Position] {
				seenPos[t.Position] = true
				order = append(order, t.Position)
			}
		}
		per[a] = pt
	}
	// In the query's order, not the order the analyzers first saw the
	// positions in: English comes first and drops "of" and "the", which
	// then came last and never led the word after them, so a glossary
	// phrase with such a word inside ("coalition of the willing" in the
	// Italian analyzer's terms) was never found (see lead).
	slices.Sort(order)
	en := ix.exp.lang(analyzerFor(defaultLang))
	keep := englishKept(als, per, raw, order, func(term string) bool {
		return len(en.synonyms[term]) > 0 || en.domain[term]
	})
	build := func(all bool) []queryTerm {
		var out []queryTerm
		dup := map[string]bool{}
		var lead map[string][]string // terms of left-out words, per analyzer
		for _, p := range order {
			qt := queryTerm{byAnalyzer: map[string]string{}, raw: raw[p]}
			n := 0
			key := ""
			for _, a := range als {
				if t, ok := per[a][p]; ok {
					qt.byAnalyzer[a] = t
					key += a + "=" + t + ";"
					n++
				}
			}
			if (all && n < len(als) && !negations[qt.raw] && !keep[p]) || n == 0 || dup[key] {
				if n > 0 && !dup[key] {
					if lead == nil {
						lead = map[string][]string{}
					}
					for a, t := range qt.byAnalyzer {
						lead[a] = append(lead[a], t)
					}
				}
				continue
			}
			dup[key] = true
			qt.lead, lead = lead, nil
			out = append(out, qt)
		}
		return out
	}
	if out := build(true); len(out) > 0 {
		return out
	}
	return build(false)
}

// englishKept returns the query positions whose word English keeps but
// some other language drops as a stop word ("war" in German, "sea" in
// Spanish), in a query that reads as English: no language that drops the
// word drops more of the query's words, the word itself included, than
// English does ("for", "the", "off"). So without an English stop word the
// query may be any language's ("coalition des volontaires", "tendue mais
// sérieuse") and the word is left out, and "war in ukraine" (German drops
// "war" and "in", English "in" only) still leaves it out, as before. "putin
// ready for war" and "cut off from the sea" keep their subject word (in
// released sets zm and zn it was their only word for the French and
// Spanish answers), while "wann war das treffen" or "wer war gastgeber",
// where German drops more of the other words than English, still leave
// "war" out as queryTerms always did. Only a word the vocabulary
// translates (translated: the English term has synonyms or is a domain
// word) is kept: "will" in "who will patrol" is German's stop word and a
// function word in English too, and finds no other language's text.
// per holds each analyzer's terms by position, raw the words as typed;
// order lists the positions.
func englishKept(als []string, per map[string]map[int]string, raw map[int]string, order []int, translated func(term string) bool) map[int]bool {
	en := analyzerFor(defaultLang)
	enTerms, ok := per[en]
	if !ok {
		return nil
	}
	// dropped counts, per analyzer, the query's positions it has no term
	// for: its stop words among the query's words.
	dropped := func(a string) int {
		n := 0
		for _, q := range order {
			if _, ok := per[a][q]; !ok {
				n++
			}
		}
		return n
	}
	enDropped := dropped(en)
	var keep map[int]bool
	for _, p := range order {
		if t, ok := enTerms[p]; !ok || !englishShaped(raw[p]) || !translated(t) {
			continue
		}
		english, other := true, false
		for _, a := range als {
			if _, ok := per[a][p]; !ok {
				other = true
				english = english && dropped(a) <= enDropped
			}
		}
		if english && other {
			if keep == nil {
				keep = map[int]bool{}
			}
			keep[p] = true
		}
	}
	return keep
}

// minEnglishKept is the length of the shortest word englishKept keeps:
// two-letter words that another language drops are abbreviations ("eu",
// "un", stop words in French and Italian) whose terms the glossary
// already spreads over every language, or function words.
const minEnglishKept = 3

// englishShaped says whether w could be an English word for englishKept:
// Latin letters a to z only, at least minEnglishKept of them. A Cyrillic
// word that Russian drops and English keeps ("на", "у") is no English
// word, however few of the other words English drops.
func englishShaped(w string) bool {
	if len(w) < minEnglishKept {
		return false
	}
	for _, r := range w {
		if r < 'a' || r > 'z' {
			return false
		}
	}
	return true
}

// share is the fraction of true values in known.
func share(known []bool) float64 {
	if len(known) == 0 {
		return 0
	}
	n := 0
	for _, k := range known {
		if k {
			n++
		}
	}
	return float64(n) / float64(len(known))
}

// knownTerms says which query words the corpus knows: the word itself, or
// one of its synonyms, occurs in some record (in text, or in
// speaker/plan/topic metadata), or the word is part of a multi-word synonym
// ("north atlantic alliance") whose counterpart occurs.
//
// For each unknown word it also returns, per analyzer, the spellings with two
// adjacent letters swapped that do occur ("zelenksy" -> "zelensky"): bleve's
// fuzzy matching counts a swap as two edits, and allowing two edits for
// every long word costs more than the whole search.
func (ix *Index) knownTerms(ctx context.Context, als []string, qts []queryTerm) (expansion, error) {
	ex, cover, err := ix.lookupTerms(ctx, als, qts)
	if err != nil {
		return expansion{}, err
	}
	ex.boost = languageBoosts(als, qts, fieldBoosts(als, cover)) // see langnames.go
	return ex, nil
}

// expansion is what knownTerms learns about the query's words.
type expansion struct {
	known   []bool                // per query word: the corpus knows it
	held    []map[string]bool     // per query word: the analyzers whose text holds it or a synonym (cognate.go)
	swaps   []map[string][]string // per unknown word and analyzer: swapped spellings that occur
	phrases map[string][]phrase   // per analyzer: multi-word synonyms worth looking for
	boost   map[string]float64    // per analyzer: weight of its text field
	// topics are the topics whose words (label and keywords) are query
	// words that no text holds, nor a synonym of them ("detainees"): the
	// records tagged with them are looked up. Only those: a topic's
	// postings are long (most records carry a common topic), and a word
	// the text holds finds its records there already.
	topics []string
}

// fieldBoosts weighs each language's text field: English at 1 and others
// at foreignBoost, unless another language's text holds more of the query's
// words as typed than the English text does ("gwarancje bezpieczeństwa",
// "Souveränität"): then that language is the query's and weighs 1, and the
// others, English included, foreignBoost. So the text in the language typed
// is fetched first, not only reordered if it happens to be fetched.
func fieldBoosts(als []string, cover map[string]int) map[string]float64 {
	en := analyzerFor(defaultLang)
	best := cover[en]
	for _, a := range als {
		best = max(best, cover[a])
	}
	out := map[string]float64{}
	for _, a := range als {
		out[a] = foreignBoost
		if (best == cover[en] && a == en) || (best > cover[en] && cover[a] == best) {
			out[a] = 1
		}
	}
	return out
}

// lookupTerms does the work of knownTerms; cover counts, per analyzer, the
// query words whose typed form occurs in that language's text.
func (ix *Index) lookupTerms(ctx context.Context, als []string, qts []queryTerm) (expansion, map[string]int, error) {
	dfs := ix.newDFReader(ctx)
	defer dfs.close()
	df := dfs.df
	occurs := func(a, term string) (bool, error) {
		d, err := df(textField(a), term)
		return d > 0, err
	}
	known := make([]bool, len(qts))
	held := make([]map[string]bool, len(qts))
	cover := map[string]int{}
	phrases := map[string][]phrase{}
	en := analyzerFor(defaultLang)
	var topics []string
	for i, qt := range qts {
		for a, t := range qt.byAnalyzer {
			for j, c := range append([]string{t}, ix.exp.lang(a).synonyms[t]...) {
				ok, err := occurs(a, c)
				if err != nil {
					return expansion{}, nil, err
				}
				known[i] = known[i] || ok
				if ok {
					if held[i] == nil {
						held[i] = map[string]bool{}
					}
					held[i][a] = true
				}
				if ok && j == 0 {
					cover[a]++
				}
			}
		}
		if t, ok := qt.byAnalyzer[en]; ok && !known[i] {
			// A topic's label or keyword ("detainees") is a word the
			// corpus knows when a record carries that topic.
			for _, c := range append([]string{t}, ix.exp.lang(en).synonyms[t]...) {
				for _, id := range ix.exp.topics[c] {
					d, err := df(fieldTopics, id)
					if err != nil {
						return expansion{}, nil, err
					}
					if d > 0 && !slices.Contains(topics, id) {
						known[i] = true
						topics = append(topics, id)
					}
				}
			}
		}
	}
	for _, a := range als {
		// The analyzer's own sequence of the query's words: a word left
		// out of the query's terms (lead) may begin or be part of a
		// multi-word synonym ("non-nuclear status"); it stands for no
		// query word (at -1).
		var seq []string
		var at []int
		for i, qt := range qts {
			for _, t := range qt.lead[a] {
				seq = append(seq, t)
				at = append(at, -1)
			}
			if t := qt.byAnalyzer[a]; t != "" {
				seq = append(seq, t)
				at = append(at, i)
			}
		}
		for _, ri := range ix.exp.phrasesIn(a, seq) {
			r := ix.exp.lang(a).phrases[ri]
			start := indexSeq(seq, r.from)
			if start < 0 {
				continue
			}
			if lostNegation(r.to, r.toTerms) {
				continue
			}
			var words []int
			for _, w := range at[start : start+len(r.from)] {
				if w >= 0 {
					words = append(words, w)
				}
			}
			if len(words) == 0 {
				continue
			}
			all := true
			for _, t := range r.toTerms {
				ok, err := occurs(a, t)
				if err != nil {
					return expansion{}, nil, err
				}
				all = all && ok
			}
			if all && !slices.ContainsFunc(phrases[a], func(p phrase) bool { return p.to == r.to }) {
				phrases[a] = append(phrases[a], phrase{to: r.to, toTerms: r.toTerms, words: words})
			}
			if all {
				for _, w := range words {
					known[w] = true
					if held[w] == nil {
						held[w] = map[string]bool{}
					}
					held[w][a] = true
				}
			}
		}
	}
	swaps := make([]map[string][]string, len(qts))
	for i, qt := range qts {
		if known[i] {
			continue
		}
		swaps[i] = map[string][]string{}
		for a, t := range qt.byAnalyzer {
			rs := []rune(t)
			for j := 0; j+1 < len(rs); j++ {
				if rs[j] == rs[j+1] {
					continue
				}
				rs[j], rs[j+1] = rs[j+1], rs[j]
				c := string(rs)
				rs[j], rs[j+1] = rs[j+1], rs[j]
				ok, err := occurs(a, c)
				if err != nil {
					return expansion{}, nil, err
				}
				if ok {
					swaps[i][a] = append(swaps[i][a], c)
				}
			}
		}
	}
	return expansion{known: known, held: held, swaps: swaps, phrases: phrases, topics: topics}, cover, nil
}

// lostNegation says whether the analyzer dropped a negation from a
// multi-word synonym's text: to the Italian or French analyzer, which
// drop "non" as a stop word, "non-nuclear" is "nuclear", and looking for it
// found every text about the nuclear plant for "non-nuclear status".
func lostNegation(to string, toTerms []string) bool {
	for _, w := range strings.FieldsFunc(strings.ToLower(to), func(r rune) bool { return !unicode.IsLetter(r) }) {
		if negations[w] && !slices.Contains(toTerms, w) {
			return true
		}
	}
	return false
}

// negations are the words of negation and absence, in the languages of
// the glossary, that some analyzer drops as a stop word.
var negations = wordSet("non no not without nicht kein keine keinen ohne senza sans sin ne nie bez не ни без ні não nao sem")

// phrase is a multi-word synonym worth looking for: its text and the
// query words (indices into the query's terms) it stands for.
type phrase struct {
	to      string
	toTerms []string // to, analysed
	words   []int
}

// textQuery matches text against the text field of every language in use,
// plus the multi-word synonyms knownTerms found worth looking for. Source
// records are searched by title. The fuzzy variant (used for sources only;
// see fuzzyQuery) requires every word to match within an edit distance
// bleve picks from the word's length, first letter right.
func (ix *Index) textQuery(text string, kind corpus.Kind, als []string, phrases map[string][]phrase, boosts map[string]float64, topics []string, fuzzy bool) query.Query {
	var dis []query.Query
	match := func(field string, boost float64) {
		mq := query.NewMatchQuery(text)
		mq.SetField(field)
		mq.SetBoost(boost)
		if fuzzy {
			mq.SetAutoFuzziness(true)
			mq.SetPrefix(1)
			mq.SetOperator(query.MatchQueryOperatorAnd)
		}
		dis = append(dis, mq)
	}
	if kind == corpus.KindSource {
		match(fieldSourceTitle, 1)
		return query.NewDisjunctionQuery(dis)
	}
	for _, a := range als {
		boost, ok := boosts[a]
		if !ok {
			boost = 1.0
			if a != analyzerFor(defaultLang) {
				boost = foreignBoost
			}
		}
		match(textField(a), boost)
		if fuzzy {
			continue
		}
		for _, p := range phrases[a] {
			// All the words rather than the exact phrase: as precise on
			// records a few sentences long, and it needs no positions, which
			// made phrase queries the slowest part of a search.
			pq := query.NewMatchQuery(p.to)
			pq.SetField(textField(a))
			pq.SetOperator(query.MatchQueryOperatorAnd)
			pq.SetBoost(phraseBoost * boost)
			dis = append(dis, pq)
		}
	}
	for _, t := range topics {
		tq := query.NewTermQuery(t)
		tq.SetField(fieldTopics)
		tq.SetBoost(topicBoost)
		dis = append(dis, tq)
	}
	if len(dis) == 1 {
		// A one-clause disjunction scores the same as its clause, at the
		// cost of one more searcher per matching record.
		return dis[0]
	}
	return query.NewDisjunctionQuery(dis)
}

// fuzzyQuery is the fallback when the exact search found nothing relevant:
// every query word must match (AND): the words the corpus knows exactly
// (with their synonyms), the others within one edit (bleve's fuzzy query,
// first letter fixed, words of 4 letters or more) or one swap of adjacent
// letters (swaps, from knownTerms).
func (ix *Index) fuzzyQuery(als []string, qts []queryTerm, known []bool, swaps []map[string][]string) query.Query {
	en := analyzerFor(defaultLang)
	one := func(dis []query.Query, i int, a, term, field string, boost float64) []query.Query {
		if known[i] || utf8.RuneCountInString(term) < 4 {
			q := query.NewTermQuery(term)
			q.SetField(field)
			q.SetBoost(boost)
			return append(dis, q)
		}
		q := query.NewFuzzyQuery(term)
		q.SetField(field)
		q.SetBoost(boost)
		q.SetPrefix(1)
		q.SetFuzziness(1)
		dis = append(dis, q)
		for _, sw := range swaps[i][a] {
			t := query.NewTermQuery(sw)
			t.SetField(field)
			t.SetBoost(boost)
			dis = append(dis, t)
		}
		return dis
	}
	conj := make([]query.Query, 0, len(qts))
	for i, qt := range qts {
		var dis []query.Query
		for _, a := range als {
			t, ok := qt.byAnalyzer[a]
			if !ok {
				continue
			}
			boost := 1.0
			if a != en {
				boost = foreignBoost
			}
			dis = one(dis, i, a, t, textField(a), boost)
		}
		conj = append(conj, query.NewDisjunctionQuery(dis))
	}
	return query.NewConjunctionQuery(conj)
}

// storedFields are loaded for every hit.
var storedFields = []string{fieldID, fieldKind, fieldSpeaker, fieldRole, fieldReportedBy, fieldPlan, fieldNumber,
	fieldDate, fieldTopics, fieldSourceID, fieldPosition}

// request is a search for text (filtered) returning the top size hits,
// scored with bm25Stats so that rankings do not depend on how bleve's
// segments happen to be merged, and carrying the synonyms of its terms
// (synonymsFor) so that bleve does not read them from the thesaurus again.
func (ix *Index) request(ctx context.Context, text, filter query.Query, size int) (*bleve.SearchRequest, error) {
	q := text
	if filter != nil {
		b := query.NewBooleanQuery([]query.Query{text}, nil, nil)
		b.AddFilter(filter)
		q = b
	}
	st, err := ix.bm25Stats()
	if err != nil {
		return nil, fmt.Errorf("search: %w", err)
	}
	fts, err := ix.synonymsFor(ctx, q)
	if err != nil {
		return nil, fmt.Errorf("search: %w", err)
	}
	req := bleve.NewSearchRequestOptions(q, size, 0, false)
	req.PreSearchData = map[string]interface{}{search.BM25PreSearchDataKey: st, search.SynonymPreSearchDataKey: fts}
	return req, nil
}

// hitFields are the stored fields a page of hits loads: storedFields and
// the text fields of als.
func hitFields(als []string) []string {
	out := append(make([]string, 0, len(storedFields)+len(als)), storedFields...)
	for _, a := range als {
		out = append(out, textField(a))
	}
	return out
}

// results ranks the fetched hits and fills res with the page [offset,
// offset+limit). A passage's score is
// weighed by passageWeight. With mark (the exact search), each hit must be
// relevant (see relevantFor), hits matching more query words come first
// (a hit in the query's own language counting one more, ranklang.go),
// then those stating the quantity the query asks for (quantity.go), then
// those containing more of them as typed (not only through synonyms),
// then the higher score; hits under relativeCut of the best score are
// dropped unless they hold the most typed words. Ties go by ID, so equal
// scores always come in the same order. A passage is dropped when the
// provision or statement of the same paragraph is among the hits, and any
// hit whose text an earlier hit already shows.
func (ix *Index) results(res corpus.Results, sr *bleve.SearchResult, kind corpus.Kind, als []string, limit, offset int, mark func(*search.DocumentMatch) markResult, domain []termClass) corpus.Results {
	return ix.resultsTyped(res, sr, kind, als, limit, offset, mark, domain, nil)
}

// resultsTyped is results given typed, the query's words as typed
// (queryTerms of res.Query, before any respelling), which the caller
// analysed already; nil: analysed here if a hit needs them. Analysed
// again for the ranking's keys (infoFor, namesIn, rareFor), the query
// cost every uncached search a second pass of every language's analyzer.
func (ix *Index) resultsTyped(res corpus.Results, sr *bleve.SearchResult, kind corpus.Kind, als []string, limit, offset int, mark func(*search.DocumentMatch) markResult, domain []termClass, typed []queryTerm) corpus.Results {
	return ix.resultsKeyed(res, sr, kind, als, limit, offset, mark, domain, typed, nil)
}

// resultsKeyed is resultsTyped that also sets *key, when key is not nil,
// to the ranking keys of the best hit the relevance rule accepts (the zero
// key when none does), for recordsOrReports.
func (ix *Index) resultsKeyed(res corpus.Results, sr *bleve.SearchResult, kind corpus.Kind, als []string, limit, offset int, mark func(*search.DocumentMatch) markResult, domain []termClass, typed []queryTerm, key *answerKey) corpus.Results {
	if key != nil {
		*key = answerKey{}
	}
	res.Total = int(sr.Total)
	if len(sr.Hits) == 0 {
		res.Total = 0
		return res
	}
	type ranked struct {
		h       *search.DocumentMatch
		typed   int
		matched int
		rank    float64
		inLang  bool // in the language the query names (langnames.go)
		genre   bool // from a document of the kind the query names (rankgenre.go)
		head    bool // repeats its document's title (rankgenre.go)
		rare    bool // relevant only through a rare word (rareword.go)
		framed  bool // of a source whose frame the query names (framewords.go)
		info    int  // how informative the words it matches are (informative.go)
		own     bool // in the language the query is typed in (ranklang.go)
		measure bool // states the kind of quantity the query asks for (quantity.go)
		plan    bool // of a version of the plan the query names (rankplan.go)
		words   int  // query words matched, a named version's naming words included (rankreports.go)
		// glossTyped: query words typed that only its point gloss holds (reportsgloss.go)
		glossTyped int
	}
	named := ix.namedAnalyzer(als, res.Query)
	top := 0.0
	for _, h := range sr.Hits {
		if isPassage(h) {
			h.Score *= passageWeight
		}
		top = max(top, h.Score)
	}
	rs := make([]ranked, 0, len(sr.Hits))
	var spare []*search.DocumentMatch
	maxTyped, maxMatched := 0, 0
	raw := typed                      // the query's words as typed, read when needed (see namesIn)
	var freqs *wordFreq               // their document frequencies, read when needed (see rareFor)
	var typedIn map[string]bool       // the query's own languages (ranklang.go)
	asked := askedQuantity(res.Query) // see quantity.go
	plans := namedPlans(res.Query)    // see rankplan.go
	if mark != nil && named == "" {
		if raw == nil {
			raw = ix.queryTerms(als, normalizeQuery(res.Query))
		}
		typedIn = ix.typedLanguages(als, raw)
	}
	// A foreign hit's rare word is a last resort (rareClassesIn): only on
	// a fetch as wide as widen makes it, or holding every match, so that
	// it never stops the wider fetch that finds a hit relevant without it.
	wide := len(sr.Hits) >= widerFetch || uint64(len(sr.Hits)) >= sr.Total
	for _, h := range sr.Hits {
		h.Score = steadyScore(h.Score) // shown and ranked alike
		r := ranked{h: h, rank: h.Score, inLang: named != "" && hitAnalyzer(h, als) == named}
		r.own = typedIn[hitAnalyzer(h, als)]
		r.plan = plans.ofPlan(h)
		if mark != nil {
			m := mark(h)
			plain := m // what the hit says, ranked by (rankplan.go)
			if plans != nil {
				if raw == nil {
					raw = ix.queryTerms(als, normalizeQuery(res.Query))
				}
				if plans.onlyNaming(m, raw) {
					continue
				}
				if r.plan {
					m = plans.withPlan(m, raw)
				}
			}
			cls := domain
			if cls != nil && !relevantFor(m, cls, kind) && relevantFor(m, withDomain(m, cls), kind) {
				// relevant if a word it matches were a domain word: is one
				// a proper name in its text?
				if raw == nil {
					raw = ix.queryTerms(als, normalizeQuery(res.Query))
				}
				if len(raw) == len(cls) {
					if more := namesIn(h, als, raw, m, cls); more != nil {
						cls = more
					} else if more := ix.rareFor(als, raw, &freqs, m, cls, wide && hitAnalyzer(h, als) != analyzerFor(defaultLang)); more != nil {
						cls, r.rare = more, true // see rareword.go
					}
				}
			}
			if cls != nil && (!relevantFor(m, cls, kind) || ix.offTopic(h, als, mark, m, cls, kind) || kind == corpus.KindStatement && !ix.byNamed(h, als, mark, cls)) {
				if ix.diag.rankTrace != nil { // diagnosis only (relevance_versus_test.go)
					id, _ := h.Fields[fieldID].(string)
					ix.diag.rankTrace(id, fmt.Sprintf("turned down: relevant=%v offTopic=%v matched=%v cls=%v", relevantFor(m, cls, kind), ix.offTopic(h, als, mark, m, cls, kind), m.matched, cls))
				}
				if m.typed > 0 {
					spare = append(spare, h)
				}
				continue
			}
			r.typed, r.matched = m.typed, plain.near().weight(cls) // see intent.go, farwords.go
			r.glossTyped = m.glossTyped
			r.words = m.weight(cls) / weightPerWord
			r.genre, r.head = m.genre, ix.headline(h, als)
			r.framed = m.framed
			r.info = ix.infoFor(als, res.Query, &raw, &freqs, plain, domain)
			r.measure = statesQuantity(asked, hitAnalyzer(h, als), storedText(h, als))
		}
		maxTyped = max(maxTyped, r.typed)
		maxMatched = max(maxMatched, r.matched)
		rs = append(rs, r)
	}
	// The cut is for hits that matched only the query's weakest words: it
	// spares a hit matching as many query words as the best one (a synonym
	// match of a one-word query is no weaker), and one with as many typed
	// words as the best (a strong synonym match must not push out the text
	// that says what was typed).
	kept0 := rs[:0]
	for _, r := range rs {
		if r.h.Score >= relativeCut*top || (r.typed > 0 && r.typed == maxTyped) || (mark != nil && r.matched == maxMatched) || r.framed {
			kept0 = append(kept0, r)
		}
	}
	rs = kept0
	cut := len(sr.Hits) - len(rs)
	var bestRare, bestPlain rankKey
	for _, r := range rs {
		k := rankKey{r.matched, r.info}
		if r.rare && k.better(bestRare) {
			bestRare = k
		} else if !r.rare && k.better(bestPlain) {
			bestPlain = k
		}
	}
	if rareOutweighs(bestRare, bestPlain) { // see informative.go
		for i := range rs {
			rs[i].rare = false
		}
	}
	slices.SortStableFunc(rs, func(a, b ranked) int {
		switch {
		case a.inLang != b.inLang:
			if a.inLang {
				return -1
			}
			return 1
		case a.rare != b.rare:
			if b.rare {
				return -1
			}
			return 1
		case a.framed != b.framed: // the query names its document (framewords.go)
			if a.framed {
				return -1
			}
			return 1
		case ownLangWords(a.matched, a.own) != ownLangWords(b.matched, b.own):
			return ownLangWords(b.matched, b.own) - ownLangWords(a.matched, a.own)
		case a.own != b.own:
			if a.own {
				return -1
			}
			return 1
		case a.plan != b.plan: // as many words matched (rankplan.go)
			if a.plan {
				return -1
			}
			return 1
		case a.matched != b.matched:
			return b.matched - a.matched
		case a.measure != b.measure:
			if a.measure {
				return -1
			}
			return 1
		case a.genre != b.genre:
			if a.genre {
				return -1
			}
			return 1
		case a.info != b.info:
			return b.info - a.info
		case a.typed != b.typed:
			return b.typed - a.typed
		case a.head != b.head:
			if b.head {
				return -1
			}
			return 1
		case a.rank != b.rank:
			if a.rank > b.rank {
				return -1
			}
			return 1
		}
		return strings.Compare(a.h.ID, b.h.ID)
	})
	if ix.diag.rankTrace != nil { // diagnosis only (relevance_versus_test.go)
		for _, r := range rs {
			id, _ := r.h.Fields[fieldID].(string)
			ix.diag.rankTrace(id, fmt.Sprintf("framed=%v lang=%v rare=%v own=%v plan=%v matched=%d measure=%v genre=%v info=%d typed=%d head=%v rank=%.4f score=%.4f words=%d glossed=%d",
				r.framed, r.inLang, r.rare, r.own, r.plan, r.matched, r.measure, r.genre, r.info, r.typed, r.head, r.rank, r.h.Score, r.words, r.glossTyped))
		}
	}
	if key != nil && len(rs) > 0 && mark != nil {
		src, _ := rs[0].h.Fields[fieldSourceID].(string)
		*key = answerKey{words: rs[0].words, typed: rs[0].typed + rs[0].glossTyped, glossed: rs[0].glossTyped, info: rs[0].info, named: kind == corpus.KindStatement && askedOfSpeaker(domain), source: src}
	}
	// Paragraphs shown by a provision or statement, and texts shown.
	classified := map[string]bool{}
	for _, r := range rs {
		if !isPassage(r.h) {
			classified[paragraphKey(r.h)] = true
		}
	}
	shown := map[string]bool{}
	kept := make([]*search.DocumentMatch, 0, len(rs))
	for _, r := range rs {
		if isPassage(r.h) && classified[paragraphKey(r.h)] {
			continue
		}
		t := normSpace(strings.ToLower(storedText(r.h, als)))
		if t != "" && shown[t] {
			continue
		}
		shown[t] = true
		kept = append(kept, r.h)
	}
	// A query some hit answers is on topic, so the page is filled with the
	// fetched hits the relevance rule turned down that have a word of it
	// as typed (not only a synonym), behind every relevant one: a question worded unlike its answer
	// still finds it among the first three, as plain BM25 would. A query
	// no hit answers stays unanswered ("bitcoin price").
	if len(kept) > 0 {
		for _, h := range spare {
			if len(kept) >= offset+limit {
				break
			}
			if isPassage(h) && classified[paragraphKey(h)] {
				continue
			}
			t := normSpace(strings.ToLower(storedText(h, als)))
			if t != "" && shown[t] {
				continue
			}
			shown[t] = true
			kept = append(kept, h)
		}
	}
	switch {
	case len(sr.Hits) >= int(sr.Total) || cut > 0:
		// Every match was fetched, or the cut reached into the fetched
		// ones (those past them score lower and would be cut too).
		res.Total = len(kept)
	default:
		res.Total = int(sr.Total) - (len(rs) - len(kept))
	}
	sr.Hits = kept[min(offset, len(kept)):min(offset+limit, len(kept))]
	if kind != corpus.KindSource {
		sr.Hits = ix.answers(sr.Hits, recordKinds(kind), als) // see answers.go
	}
	for _, h := range sr.Hits {
		ix.snippet(h)
	}
	res.Hits = ix.hits(sr, kind, als)
	return res
}

// isPassage reports whether h is a passage record of its own (not one
// folded into a provision).
func isPassage(h *search.DocumentMatch) bool {
	k, _ := h.Fields[fieldKind].(string)
	return k == string(corpus.KindPassage)
}

// paragraphKey identifies the paragraph a record comes from.
func paragraphKey(h *search.DocumentMatch) string {
	src, _ := h.Fields[fieldSourceID].(string)
	pos, _ := h.Fields[fieldPosition].(float64)
	return fmt.Sprintf("%s#%d", src, int(pos))
}

// storedText is h's text without the words indexed after it.
func storedText(h *search.DocumentMatch, als []string) string {
	for _, a := range als {
		if s, _ := h.Fields[textField(a)].(string); s != "" {
			t, _, _ := strings.Cut(s, metaSep)
			return t
		}
	}
	return ""
}

// hits converts bleve hits to corpus hits; kind is the kind asked for
// ("" for any).
func (ix *Index) hits(sr *bleve.SearchResult, kind corpus.Kind, als []string) []corpus.Hit {
	out := make([]corpus.Hit, 0, len(sr.Hits))
	for _, h := range sr.Hits {
		out = append(out, ix.toHit(h, kind, als))
	}
	return out
}

func (ix *Index) toHit(h *search.DocumentMatch, kind corpus.Kind, als []string) corpus.Hit {
	str := func(f string) string { s, _ := h.Fields[f].(string); return s }
	k := corpus.Kind(str(fieldKind))
	if ks, ok := h.Fields[fieldKind].([]interface{}); ok && len(ks) > 0 {
		// A provision that is also its paragraph's passage: a provision,
		// unless passages were asked for.
		first, _ := ks[0].(string)
		k = corpus.Kind(first)
		if kind == corpus.KindPassage {
			k = corpus.KindPassage
		}
	}
	hit := corpus.Hit{
		ID: str(fieldID), Kind: k, Score: h.Score,
		Speaker: str(fieldSpeaker), Role: str(fieldRole), ReportedBy: str(fieldReportedBy), Plan: str(fieldPlan), Date: str(fieldDate),
		Topics: []string{},
		Source: ix.sourceRef(str(fieldSourceID)),
	}
	if n, ok := h.Fields[fieldNumber].(float64); ok {
		hit.Number = int(n)
	}
	switch t := h.Fields[fieldTopics].(type) {
	case string:
		hit.Topics = []string{t}
	case []interface{}:
		for _, v := range t {
			if s, ok := v.(string); ok {
				hit.Topics = append(hit.Topics, s)
			}
		}
	}
	for _, a := range als {
		if s := str(textField(a)); s != "" {
			hit.Text, _, _ = strings.Cut(s, metaSep)
			if fr := h.Fragments[textField(a)]; len(fr) > 0 {
				hit.Snippet = fr[0]
			}
			break
		}
	}
	if hit.Kind == corpus.KindSource {
		hit.Text = hit.Source.Title
	}
	if hit.Snippet == "" {
		hit.Snippet = leadSnippet(hit.Text)
	}
	return hit
}
