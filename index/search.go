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
	// foreignBoost weighs text in languages other than English: each
	// language field has its own term statistics, so a word rare in the few
	// German reports would otherwise outrank the English ones. Queries are
	// typed in English; other languages are found, behind English text
	// that matches as well.
	foreignBoost = 0.5
	phraseBoost  = 0.4
)

// Search runs q and returns its ranked, relevant hits with snippets. The
// text is never parsed as query syntax. An empty or irrelevant query returns
// no hits, not an error. With only filters (speaker, plan, topic) and no
// text, it lists the matching records, newest first.
func (ix *Index) Search(ctx context.Context, q corpus.Query) (corpus.Results, error) {
	res := corpus.Results{Query: q.Text, Hits: []corpus.Hit{}}
	limit := q.Limit
	if limit <= 0 {
		limit = defaultLimit
	}
	limit = min(limit, maxLimit)
	offset := max(q.Offset, 0)
	text := normalizeQuery(q.Text)
	als := ix.analyzersInUse()
	filter := filters(q, false)

	qterms := ix.queryTerms(als, text)
	if len(qterms) == 0 {
		if q.Speaker == "" && q.Plan == "" && q.Topic == "" {
			return res, nil
		}
		req := bleve.NewSearchRequestOptions(filters(q, true), limit, offset, false)
		req.SortBy([]string{"-" + fieldDate, "_id"})
		req.Fields = hitFields(als)
		sr, err := ix.idx.SearchInContext(ctx, req)
		if err != nil {
			return res, fmt.Errorf("search: %w", err)
		}
		res.Total = int(sr.Total)
		res.Hits = ix.hits(sr, als)
		return res, nil
	}

	known, swaps, phrases, err := ix.knownTerms(ctx, als, qterms)
	if err != nil {
		return res, err
	}
	if share(known) >= 1-unknownShareLimit {
		// One pass: bleve ranks without term locations and loads the
		// stored fields of the page only; mark then finds the matched
		// words in those few texts.
		req := ix.request(ix.textQuery(text, q.Kind, als, phrases, false), filter, limit, offset)
		req.Fields = hitFields(als)
		sr, err := ix.idx.SearchInContext(ctx, req)
		if err != nil {
			return res, fmt.Errorf("search: %w", err)
		}
		if len(sr.Hits) > 0 {
			m := ix.markTermsFor(als, text, phrases)
			return ix.results(res, sr, als, offset, func(h *search.DocumentMatch) { ix.mark(h, als, m) }), nil
		}
	}
	fq := ix.fuzzyQuery(als, qterms, known, swaps)
	if q.Kind == corpus.KindSource {
		fq = ix.textQuery(text, q.Kind, als, nil, true)
	}
	// The fuzzy search's matched words are known to bleve only, so it
	// highlights them itself: reading term locations for every match costs
	// little here, as every query word must match (fuzzily).
	req := ix.request(fq, filter, limit, offset)
	req.Fields = hitFields(als)
	req.Highlight = bleve.NewHighlightWithStyle(highlighterName)
	for _, a := range als {
		req.Highlight.AddField(textField(a))
	}
	sr, err := ix.idx.SearchInContext(ctx, req)
	if err != nil {
		return res, fmt.Errorf("search: %w", err)
	}
	return ix.results(res, sr, als, offset, nil), nil
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
	return strings.TrimSpace(s)
}

// filters is the non-scoring part of q: its kind and the exact speaker,
// plan and topic; nil when there is none. Only provisions and statements
// have text fields, so a text query needs no kind filter unless q asks for
// one kind; withKind forces it (for listing by filters alone).
func filters(q corpus.Query, withKind bool) query.Query {
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
	add(fieldSpeaker, q.Speaker)
	add(fieldPlan, q.Plan)
	add(fieldTopics, q.Topic)
	switch len(c) {
	case 0:
		return nil
	case 1:
		return c[0]
	}
	return query.NewConjunctionQuery(c)
}

// queryTerm is one distinct word of the query, as each analyzer in use sees
// it ("" where that analyzer drops it as a stop word).
type queryTerm struct {
	byAnalyzer map[string]string
}

// queryTerms analyses text with every analyzer in use. A word that some
// language treats as a stop word ("war" in German) is left out, unless that
// would leave nothing.
func (ix *Index) queryTerms(als []string, text string) []queryTerm {
	if text == "" {
		return nil
	}
	type posTerms map[int]string
	per := map[string]posTerms{}
	var order []int
	seenPos := map[int]bool{}
	for _, a := range als {
		pt := posTerms{}
		for _, t := range ix.im.AnalyzerNamed(a).Analyze([]byte(text)) {
			pt[t.Position] = string(t.Term)
			if !seenPos[t.Position] {
				seenPos[t.Position] = true
				order = append(order, t.Position)
			}
		}
		per[a] = pt
	}
	build := func(all bool) []queryTerm {
		var out []queryTerm
		dup := map[string]bool{}
		for _, p := range order {
			qt := queryTerm{byAnalyzer: map[string]string{}}
			n := 0
			key := ""
			for _, a := range als {
				if t, ok := per[a][p]; ok {
					qt.byAnalyzer[a] = t
					key += a + "=" + t + ";"
					n++
				}
			}
			if (all && n < len(als)) || n == 0 || dup[key] {
				continue
			}
			dup[key] = true
			out = append(out, qt)
		}
		return out
	}
	if out := build(true); len(out) > 0 {
		return out
	}
	return build(false)
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
func (ix *Index) knownTerms(ctx context.Context, als []string, qts []queryTerm) ([]bool, []map[string][]string, map[string][]string, error) {
	adv, err := ix.idx.Advanced()
	if err != nil {
		return nil, nil, nil, fmt.Errorf("index reader: %w", err)
	}
	r, err := adv.Reader()
	if err != nil {
		return nil, nil, nil, fmt.Errorf("index reader: %w", err)
	}
	defer r.Close()
	df := func(field, term string) (uint64, error) {
		tfr, err := r.TermFieldReader(ctx, []byte(term), field, false, false, false)
		if err != nil {
			return 0, fmt.Errorf("term %q in %s: %w", term, field, err)
		}
		c := tfr.Count()
		return c, tfr.Close()
	}
	occurs := func(a, term string) (bool, error) {
		d, err := df(textField(a), term)
		return d > 0, err
	}
	known := make([]bool, len(qts))
	phrases := map[string][]string{}
	for i, qt := range qts {
		for a, t := range qt.byAnalyzer {
			for _, c := range append([]string{t}, ix.exp.synonyms[a][t]...) {
				ok, err := occurs(a, c)
				if err != nil {
					return nil, nil, nil, err
				}
				known[i] = known[i] || ok
			}
		}
	}
	for _, a := range als {
		var seq []string
		var at []int
		for i, qt := range qts {
			if t := qt.byAnalyzer[a]; t != "" {
				seq = append(seq, t)
				at = append(at, i)
			}
		}
		for _, r := range ix.exp.phrases[a] {
			start := indexSeq(seq, r.from)
			if start < 0 {
				continue
			}
			all := true
			for _, t := range terms(ix.im.AnalyzerNamed(a), r.to) {
				ok, err := occurs(a, t)
				if err != nil {
					return nil, nil, nil, err
				}
				all = all && ok
			}
			if all && !slices.Contains(phrases[a], r.to) {
				phrases[a] = append(phrases[a], r.to)
			}
			if all {
				for j := range r.from {
					known[at[start+j]] = true
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
					return nil, nil, nil, err
				}
				if ok {
					swaps[i][a] = append(swaps[i][a], c)
				}
			}
		}
	}
	return known, swaps, phrases, nil
}

// textQuery matches text against the text field of every language in use,
// plus the multi-word synonyms knownTerms found worth looking for. Source
// records are searched by title. The fuzzy variant (used for sources only;
// see fuzzyQuery) requires every word to match within an edit distance
// bleve picks from the word's length, first letter right.
func (ix *Index) textQuery(text string, kind corpus.Kind, als []string, phrases map[string][]string, fuzzy bool) query.Query {
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
		boost := 1.0
		if a != analyzerFor(defaultLang) {
			boost = foreignBoost
		}
		match(textField(a), boost)
		if fuzzy {
			continue
		}
		for _, p := range phrases[a] {
			// All the words rather than the exact phrase: as precise on
			// records a few sentences long, and it needs no positions, which
			// made phrase queries the slowest part of a search.
			pq := query.NewMatchQuery(p)
			pq.SetField(textField(a))
			pq.SetOperator(query.MatchQueryOperatorAnd)
			pq.SetBoost(phraseBoost * boost)
			dis = append(dis, pq)
		}
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
var storedFields = []string{fieldID, fieldKind, fieldSpeaker, fieldRole, fieldPlan, fieldNumber,
	fieldDateText, fieldTopics, fieldSourceID}

func (ix *Index) request(text, filter query.Query, limit, offset int) *bleve.SearchRequest {
	if filter == nil {
		return bleve.NewSearchRequestOptions(text, limit, offset, false)
	}
	b := query.NewBooleanQuery([]query.Query{text}, nil, nil)
	b.AddFilter(filter)
	return bleve.NewSearchRequestOptions(b, limit, offset, false)
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

// results applies the relative cut, marks the kept hits' snippets with
// mark (when not nil) and fills res.
func (ix *Index) results(res corpus.Results, sr *bleve.SearchResult, als []string, offset int, mark func(*search.DocumentMatch)) corpus.Results {
	res.Total = int(sr.Total)
	if len(sr.Hits) == 0 {
		res.Total = 0
		return res
	}
	top := sr.MaxScore
	kept := sr.Hits[:0]
	for _, h := range sr.Hits {
		if h.Score >= relativeCut*top {
			kept = append(kept, h)
		}
	}
	if len(kept) < len(sr.Hits) {
		res.Total = offset + len(kept)
	}
	sr.Hits = kept
	if mark != nil {
		for _, h := range kept {
			mark(h)
		}
	}
	res.Hits = ix.hits(sr, als)
	return res
}

// hits converts bleve hits to corpus hits.
func (ix *Index) hits(sr *bleve.SearchResult, als []string) []corpus.Hit {
	out := make([]corpus.Hit, 0, len(sr.Hits))
	for _, h := range sr.Hits {
		out = append(out, ix.toHit(h, als))
	}
	return out
}

func (ix *Index) toHit(h *search.DocumentMatch, als []string) corpus.Hit {
	str := func(f string) string { s, _ := h.Fields[f].(string); return s }
	hit := corpus.Hit{
		ID: str(fieldID), Kind: corpus.Kind(str(fieldKind)), Score: h.Score,
		Speaker: str(fieldSpeaker), Role: str(fieldRole), Plan: str(fieldPlan), Date: str(fieldDateText),
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
