package index

import (
	"context"
	"fmt"
	"math"
	"slices"
	"strings"
	"unicode"

	"github.com/blevesearch/bleve/v2/search"

	"planbot/corpus"
)

// Planbot must never answer less than a plain full-text index. Its own
// search is strict: the relevance rule (relevantFor) wants half the
// query's words and a domain word, the glossary carries English words into
// the languages it covers, and a word the corpus never holds makes a
// question off topic. In a language the glossary does not cover
// (Vietnamese, Hebrew, Indonesian …) or for a question about something
// only one report names ("euroclear belgium", "umerov hnatov next round
// usa"), that leaves a question silent that plain BM25 answers.
//
// So when the exact and fuzzy searches answer nothing, fallback matches the
// query's words plainly, each language's field with its own analyzer, and
// lets a fetched hit answer on evidence that a chance match lacks
// (fallbackAnswers): the words it matches are the query's distinctive
// ones. Its hits come only where planbot's own found none, so they always
// rank below planbot's own answers.

// fallbackFetch is how many hits the plain match fetches to judge.
const fallbackFetch = 60

// fallbackKinds says whether a search of kind may fall back. A provision
// or statement question the records leave silent is asked again of the
// reports (bot.Router.fromReports), whose passage search falls back: a
// loose provision would stand where planbot's own passage could.
func fallbackKinds(k corpus.Kind) bool {
	return k == "" || k == corpus.KindPassage
}

// fallback answers q by plain matching of its words when planbot's own
// search found nothing; res is that empty result, returned as it is when
// no hit passes fallbackAnswers.
func (ix *Index) fallback(ctx context.Context, q corpus.Query, res corpus.Results) (corpus.Results, error) {
	if len(res.Hits) > 0 || !fallbackKinds(q.Kind) {
		return res, nil
	}
	text := normalizeQuery(q.Text)
	als := ix.analyzersInUse()
	qts := ix.queryTerms(als, text)
	if len(qts) == 0 {
		return res, nil
	}
	cls := ix.classify(ctx, qts)
	f, err := ix.wordFreqs(ctx, als, qts)
	if err != nil {
		return res, fmt.Errorf("fallback: %w", err)
	}
	if !fallbackWorth(cls, f) {
		return res, nil
	}
	tq := ix.textQuery(text, "", als, nil, nil, nil, false)
	req, err := ix.request(ctx, tq, filters(q, false, ix.hasServers()), fallbackFetch)
	if err != nil {
		return res, err
	}
	sr, err := ix.run(ctx, req, hitFields(als))
	if err != nil {
		return res, fmt.Errorf("fallback: %w", err)
	}
	m := ix.markTermsFor(als, text, qts, nil)
	mark := func(h *search.DocumentMatch) markResult { return ix.mark(h, als, m) }
	typedIn := ix.typedLanguages(als, qts)
	type judged struct {
		h *search.DocumentMatch
		k fallbackKey
	}
	var ok []judged
	marks := make([]markResult, len(sr.Hits))
	for i, h := range sr.Hits {
		mr := mark(h).evidence() // a weak topic match is no evidence (topicevidence.go)
		marks[i] = mr
		a := hitAnalyzer(h, als)
		own := typedIn[a] && !withSynonyms(a)
		k, pass := fallbackAnswers(mr, cls, f, own, gateForms(typedIn[a], own, qts, f, h, a))
		if !pass || ix.offTopic(h, als, mark, mr, rareDomain(mr, cls, f), "") {
			continue
		}
		k.score = steadyScore(h.Score)
		ok = append(ok, judged{h, k})
	}
	if len(ok) == 0 { // the document holds the rest of the question (docevidence.go)
		cover := docCoverage(sr.Hits, marks)
		for i, h := range sr.Hits {
			src, _ := h.Fields[fieldSourceID].(string)
			k, pass := docAnswers(marks[i], cover[src], cls, f)
			if pass && !ix.offTopic(h, als, mark, marks[i], rareDomain(marks[i], cls, f), "") {
				k.score = steadyScore(h.Score)
				ok = append(ok, judged{h, k})
			}
		}
	}
	if len(ok) == 0 {
		return res, nil
	}
	slices.SortStableFunc(ok, func(a, b judged) int {
		if c := a.k.compare(b.k); c != 0 {
			return c
		}
		return strings.Compare(a.h.ID, b.h.ID)
	})
	// A passage whose paragraph a provision or statement among the hits
	// shows, and a text shown already, are dropped (as results does).
	classified := map[string]bool{}
	for _, j := range ok {
		if !isPassage(j.h) {
			classified[paragraphKey(j.h)] = true
		}
	}
	shown := map[string]bool{}
	var kept []*search.DocumentMatch
	for _, j := range ok {
		if isPassage(j.h) && classified[paragraphKey(j.h)] {
			continue
		}
		t := normSpace(strings.ToLower(storedText(j.h, als)))
		if t != "" && shown[t] {
			continue
		}
		shown[t] = true
		kept = append(kept, j.h)
	}
	limit := q.Limit
	if limit <= 0 {
		limit = defaultLimit
	}
	limit = min(limit, maxLimit)
	offset := max(q.Offset, 0)
	res.Total = len(kept)
	sr.Hits = kept[min(offset, len(kept)):min(offset+limit, len(kept))]
	sr.Hits = ix.answers(sr.Hits, recordKinds(q.Kind), als) // see answers.go
	for _, h := range sr.Hits {
		ix.snippet(h)
	}
	res.Hits = ix.hits(sr, q.Kind, als)
	return res, nil
}

// contentWord says whether the i-th query word says what the question is
// about: no verb of saying, frame or filler word ("say", "interview",
// "today").
func contentWord(cls []termClass, skip []bool, i int) bool {
	return i < len(cls) && !(i < len(skip) && skip[i]) && cls[i]&(classFrame|classSay|classFiller) == 0
}

// fallbackWorth says whether a query may fall back at all: it has a content
// word the corpus holds in few records (distinctive). A question whose
// every word is common in the corpus or unknown to it has no distinctive
// word for a plain match to stand on.
func fallbackWorth(cls []termClass, f wordFreq) bool {
	skip := neutral(cls)
	for i := range cls {
		if contentWord(cls, skip, i) && distinctive(f, cls, i) {
			return true
		}
	}
	return false
}

// fallbackShare is the largest share of the searchable records that may
// hold a word for the fallback to call it distinctive: one in
// fallbackShare. wordFreq.rare's one in a hundred of every record (the
// glossary's thesaurus too) lets through the everyday words of a large
// corpus ("opening", "market"), which planbot's own rule weighs with the
// glossary and a half of the query; the fallback has only rarity.
const fallbackShare = 300

// distinctive says whether the i-th query word is distinctive in the
// corpus: held by few searchable records (fallbackShare), or a word of a
// speaker's name that wordFreq.rare calls rare (a negotiator's name
// recurs in every report of the talks, yet says who the question is
// about).
func distinctive(f wordFreq, cls []termClass, i int) bool {
	if i >= len(f.df) || f.df[i] == 0 {
		return false
	}
	if i < len(cls) && cls[i]&className != 0 && f.rare(i) {
		return true
	}
	return f.df[i] <= max(minRare, f.searchable/fallbackShare)
}

// fallbackKey ranks the hits that fall back: more distinctive words matched
// first, then more of the query's content words, then more of the query's
// information (the inverse document frequencies of the words matched),
// then the plain score.
type fallbackKey struct {
	rare, matched int
	info, score   float64
}

// compare orders a before b (-1) when a ranks higher.
func (a fallbackKey) compare(b fallbackKey) int {
	switch {
	case a.rare != b.rare:
		return b.rare - a.rare
	case a.matched != b.matched:
		return b.matched - a.matched
	case a.info != b.info:
		if a.info > b.info {
			return -1
		}
		return 1
	case a.score != b.score:
		if a.score > b.score {
			return -1
		}
		return 1
	}
	return 0
}

// fallbackAnswers is the gate of a plainly matched hit (m: the query words
// it matches). It answers when:
//
//   - it matches a distinctive content word of the query (distinctive):
//     the corpus speaks of that in a few places, not by chance
//     everywhere;
//   - it matches at least two of the query's content words, and at least
//     half of them: one rare word alone is chance ("weather in berlin this
//     weekend" against a report where a government weathered a vote);
//   - two of the words it matches are distinctive, or it matches every
//     content word: one distinctive word and common ones are chance as
//     well ("berlin christmas market opening hours" against a plan
//     presented in Berlin before Christmas, with a market in its text);
//   - every content word it misses that the corpus holds is more common
//     than the rarest distinctive word it matches: it holds the query's
//     most distinctive word, not a chance word beside a missed subject;
//     a negotiator's name, distinctive yet in many reports, may be more
//     common than a missed word ("round");
//   - no content word is one the corpus never holds, unless the hit is in
//     the language the query is typed in and that is a language without
//     the glossary (own; withSynonyms): a question holding a word no record
//     has asks about something the corpus never mentions ("weather in
//     paris", "Frist Antwort Steuererklärung"), while in a language
//     planbot analyses thinly (Hebrew, Vietnamese, Indonesian: no glossary,
//     often no stemmer) an unknown word is more likely an inflection the
//     analyzer did not reduce; nor when the hit is in the language the
//     query is typed in, matches two of its distinctive words and opens a
//     word the way the unknown one does (forms, hitForms): then the
//     unknown word is a form of the hit's own word that the stemmer did
//     not reduce ("Beteiligung" for "beteiligen", "aspettiamo" for
//     "aspetta"), and it does not count among the content words either.
//     An unknown word the hit holds no form of still refuses
//     ("Steuererklärung" beside "Frist Antwort"), and so does any unknown
//     word across languages: it is the question's own word, which no text
//     in any language holds.
//
// It returns the hit's ranking key with the gate's verdict.
func fallbackAnswers(m markResult, cls []termClass, f wordFreq, own bool, forms []bool) (fallbackKey, bool) {
	skip := neutral(cls)
	var k fallbackKey
	content := 0
	rarest := uint64(math.MaxUint64)
	minMissed := uint64(math.MaxUint64)
	reduced := !own && forms != nil && distinctiveMatched(m, cls, f, skip) >= 2
	for i, ok := range m.matched {
		if !contentWord(cls, skip, i) {
			continue
		}
		var df uint64
		if i < len(f.df) {
			df = f.df[i]
		}
		if reduced && !ok && df == 0 && i < len(forms) && forms[i] {
			continue // a form the stemmer did not reduce (see above)
		}
		content++
		switch {
		case ok:
			k.matched++
			if df > 0 && f.records > 0 {
				k.info += math.Log(float64(f.records) / float64(df))
			}
			if distinctive(f, cls, i) {
				k.rare++
				rarest = min(rarest, df)
			}
		case df == 0:
			if !own {
				return k, false
			}
		case !f.negation(i):
			minMissed = min(minMissed, df)
		}
	}
	if k.rare == 0 || k.matched < 2 || 2*k.matched < content || minMissed <= rarest ||
		k.rare < 2 && k.matched < content {
		return k, false
	}
	return k, true
}

// formPrefix is how many letters an unknown query word and a word of the
// hit must open with alike for the one to be read as a form of the other
// (fallbackAnswers): "betei" in "Beteiligung" and "beteiligen", "aspet" in
// "aspettiamo" and "aspetta". Shorter openings join unrelated words.
const formPrefix = 5

// gateForms is what fallbackAnswers reads of the hit's word forms: nil
// unless the hit is in a language the query is typed in (typed) whose
// unknown words do not already pass (own).
func gateForms(typed, own bool, qts []queryTerm, f wordFreq, h *search.DocumentMatch, a string) []bool {
	if !typed || own {
		return nil
	}
	return hitForms(qts, f, h, a)
}

// hitForms says, for each query word no record holds (df 0), whether the
// hit's text in analyzer a holds a word opening with the same formPrefix
// letters: a form the stemmer did not reduce. Other words are false.
func hitForms(qts []queryTerm, f wordFreq, h *search.DocumentMatch, a string) []bool {
	forms := make([]bool, len(qts))
	var openings map[string]bool
	for i, qt := range qts {
		if i >= len(f.df) || f.df[i] != 0 {
			continue
		}
		open, ok := wordOpening(qt.raw)
		if !ok {
			continue
		}
		if openings == nil {
			text, _ := h.Fields[textField(a)].(string)
			openings = map[string]bool{}
			for _, w := range strings.FieldsFunc(strings.ToLower(text), func(r rune) bool { return !unicode.IsLetter(r) }) {
				if o, ok := wordOpening(w); ok {
					openings[o] = true
				}
			}
		}
		forms[i] = openings[open]
	}
	return forms
}

// wordOpening is w's first formPrefix letters, when it has more.
func wordOpening(w string) (string, bool) {
	n := 0
	for i := range w {
		if n == formPrefix {
			return w[:i], true
		}
		n++
	}
	return "", false
}

// distinctiveMatched counts the distinctive content words m matches.
func distinctiveMatched(m markResult, cls []termClass, f wordFreq, skip []bool) int {
	n := 0
	for i, ok := range m.matched {
		if ok && contentWord(cls, skip, i) && distinctive(f, cls, i) {
			n++
		}
	}
	return n
}

// rareDomain is cls with the distinctive words m matches made domain words, so
// that the off-topic guard (offTopic) reads them as the subject they are.
func rareDomain(m markResult, cls []termClass, f wordFreq) []termClass {
	out := slices.Clone(cls)
	for i, ok := range m.matched {
		if ok && i < len(out) && distinctive(f, cls, i) && out[i]&(classFrame|classFiller) == 0 {
			out[i] |= classDomain
		}
	}
	return out
}
