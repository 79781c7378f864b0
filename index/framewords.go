package index

import (
	"context"
	"fmt"
	"net/url"
	"slices"
	"strings"
	"unicode"

	"planbot/corpus"

	"github.com/blevesearch/bleve/v2/search"
	"github.com/blevesearch/bleve/v2/search/query"
)

// A question names its document by its frame: the ferry line, the hospital
// trust, the town, the club ("saltwind fuel surcharge", "how many
// ukrainians still live in valdoria"). The frame is in the document's
// outlet, title or address, seldom in the paragraph that answers ("in
// città vivono ancora 64 cittadini ucraini"). Among a few documents that
// paragraph is fetched anyway; in a community's index of hundreds, other
// documents' paragraphs on the same words fill the fetch, and the answer
// is never read (stop 72, zall: most of the /all view's losses).
//
// So a query word that names the frame (outlet, address) of one or two
// sources only (namedFrames) fetches those sources' records as well
// (frameHits), the frame word counts as matched for the relevance rule on
// their hits that match two words of the question by themselves (as a
// title's proper name does, withTitle), and a relevant hit of a named
// frame ranks before the others (markResult.framed).

// minFrameOwn is how many words of what the question asks about a hit
// of a named frame must match by itself for the frame word to count as
// matched by the relevance rule: with one, "gebrauchtes Klavier kaufen
// Kerbach" (a negative) was answered by the music school of Kerbach's
// paragraph on its pupils. With fewer the hit only ranks first when the
// rule finds it relevant by its own words.
const minFrameOwn = 2

// maxFrameSources is how many sources a frame word may name: a word in
// more sources' outlets or titles ("news", "council") names no document.
const maxFrameSources = 2

// minFrameRunes is the shortest frame word: shorter ones ("bar", "uk")
// are parts of too many names.
const minFrameRunes = 5

// namedFrames returns the sources whose frame a query word names, and
// which query words do: a word as typed, of minFrameRunes letters or more,
// neither a domain word nor a frame word of the question, found in the
// outlet or address host of at most maxFrameSources sources. The title is
// no frame: it says what the document is about ("nuclear plant restart"),
// in words other documents' paragraphs answer as well, and its proper
// names count already (titlewords.go).
func (ix *Index) namedFrames(qts []queryTerm, cls []termClass) ([]string, []bool) {
	want := map[string]int{}
	for i, qt := range qts {
		if i < len(cls) && cls[i]&(classDomain|classFrame|classSay|className|classTopic|classFiller|classProper) != 0 {
			continue
		}
		if len([]rune(qt.raw)) >= minFrameRunes {
			want[qt.raw] = i
		}
	}
	if len(want) == 0 {
		return nil, nil
	}
	found := map[int][]string{}
	ix.srcMu.RLock()
	for id, ws := range ix.frames {
		for _, w := range ws {
			if i, ok := want[w]; ok && !slices.Contains(found[i], id) {
				found[i] = append(found[i], id)
			}
		}
	}
	ix.srcMu.RUnlock()
	var srcs []string
	words := make([]bool, len(qts))
	for i, ids := range found {
		if len(ids) > maxFrameSources {
			continue
		}
		words[i] = true
		for _, id := range ids {
			if !slices.Contains(srcs, id) {
				srcs = append(srcs, id)
			}
		}
	}
	if len(srcs) == 0 {
		return nil, nil
	}
	slices.Sort(srcs)
	return srcs, words
}

// putSource records ref as the citation of its source and the source's
// frame words, so that namedFrames reads them per query without parsing
// every source's address again. The caller holds srcMu where the index is
// shared.
func (ix *Index) putSource(ref corpus.SourceRef) {
	ix.sources[ref.ID] = ref
	ix.frames[ref.ID] = frameTokens(ref.Outlet + " " + urlHost(ref.URL))
}

// frameTokens are the lower-case words of a frame, split at anything not a
// letter or digit ("saltwind-lines" gives "saltwind" and "lines").
func frameTokens(s string) []string {
	return strings.FieldsFunc(strings.ToLower(s), func(r rune) bool {
		return !unicode.IsLetter(r) && !unicode.IsDigit(r)
	})
}

// urlHost is the host of an address, "" when it has none.
func urlHost(u string) string {
	p, err := url.Parse(u)
	if err != nil {
		return ""
	}
	return p.Host
}

// frameFilter restricts a fetch to the records of srcs, with filter.
func frameFilter(filter query.Query, srcs []string) query.Query {
	var ors []query.Query
	for _, id := range srcs {
		t := query.NewTermQuery(id)
		t.SetField(fieldSourceID)
		ors = append(ors, t)
	}
	var q query.Query = query.NewDisjunctionQuery(ors)
	if filter != nil {
		q = query.NewConjunctionQuery([]query.Query{filter, q})
	}
	return q
}

// frameHits fetches, for a query naming frames (srcs), the records of
// those sources that tq matches, filter applied, size at most.
func (ix *Index) frameHits(ctx context.Context, tq, filter query.Query, srcs []string, size int, als []string) (search.DocumentMatchCollection, error) {
	if len(srcs) == 0 {
		return nil, nil
	}
	req, err := ix.request(ctx, tq, frameFilter(filter, srcs), size)
	if err != nil {
		return nil, err
	}
	sr, err := ix.run(ctx, req, hitFields(als))
	if err != nil {
		return nil, fmt.Errorf("search: %w", err)
	}
	return sr.Hits, nil
}

// withFrames adds to hits those of more not among them, in more's order.
func withFrames(hits, more search.DocumentMatchCollection) search.DocumentMatchCollection {
	seen := make(map[string]bool, len(hits))
	for _, h := range hits {
		seen[h.ID] = true
	}
	for _, h := range more {
		if !seen[h.ID] {
			seen[h.ID] = true
			hits = append(hits, h)
		}
	}
	return hits
}

// withFrame returns r with framed set when h is a record of a named
// frame's source and matches a query word of its own that asks what about
// (no frame or filler word), and with the frame words marked matched by
// the title (byTitle) when it matches minFrameOwn such words.
func withFrame(h *search.DocumentMatch, srcs []string, words []bool, cls []termClass, r markResult) markResult {
	if len(srcs) == 0 {
		return r
	}
	if src, _ := h.Fields[fieldSourceID].(string); !slices.Contains(srcs, src) {
		return r
	}
	own := 0 // words of what the question asks about, not of how it asks
	for q, m := range r.matched {
		if m && (q >= len(words) || !words[q]) && (q >= len(cls) || cls[q]&(classFrame|classFiller) == 0) {
			own++
		}
	}
	if own == 0 {
		return r
	}
	r.framed = true
	if own < minFrameOwn {
		return r
	}
	for q, w := range words {
		if !w || q >= len(r.matched) || r.matched[q] {
			continue
		}
		r.matched[q] = true
		if r.byTitle == nil {
			r.byTitle = make([]bool, len(r.matched))
		}
		r.byTitle[q] = true
	}
	return r
}
