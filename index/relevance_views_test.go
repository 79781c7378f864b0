package index

// Shared fixtures of the relevance tests. Building an index is most of
// what the index package's tests cost (every Open also indexes the
// glossary's thesaurus), so the relevance views that are stages of one
// growing document list share one index that grows with them, and each
// relevance document is parsed once per test binary, whichever tests ask
// for it.

import (
	"context"
	"os"
	"path/filepath"
	"sync"
	"testing"

	"github.com/blevesearch/bleve/v2"
	"github.com/blevesearch/bleve/v2/search/query"

	"planbot/corpus"
)

// relevanceTarget is one view of the relevance documents: the documents,
// planbot's index of them and plain bleve's.
type relevanceTarget struct {
	docs  []*corpus.Document
	ix    *Index
	plain bleve.Index
}

// openRelevanceTarget builds both indexes of docs in one batch each; they
// are closed with the test.
func openRelevanceTarget(ctx context.Context, t testing.TB, docs []*corpus.Document) relevanceTarget {
	t.Helper()
	tg, err := newRelevanceTarget(ctx, t, docs)
	if err != nil {
		t.Fatal(err)
	}
	return tg
}

// newRelevanceTarget is openRelevanceTarget for any goroutine: it returns
// its error rather than failing the test (t.Cleanup, which closes both
// indexes with the test, may be called from any goroutine).
func newRelevanceTarget(ctx context.Context, t testing.TB, docs []*corpus.Document) (relevanceTarget, error) {
	ix, err := Open(ctx, Options{}, docs)
	if err != nil {
		return relevanceTarget{}, err
	}
	t.Cleanup(func() { ix.Close() })
	plain, err := newPlainBleve(t, docs)
	if err != nil {
		return relevanceTarget{}, err
	}
	return relevanceTarget{docs, ix, plain}, nil
}

// relevanceViews serves the views "stage k": the documents of stages[0]
// to stages[k] together. Asked in increasing order (as TestRelevance's
// questions come), it answers from one index that grows by a stage's
// documents at a time; a view asked after a later one was served is built
// apart, so any order of questions gets the right documents, only slower.
type relevanceViews struct {
	ctx    context.Context
	t      testing.TB
	stages [][]*corpus.Document
	cur    int // stage the growing index holds; -1 before the first
	grow   relevanceTarget
	apart  map[int]relevanceTarget
}

// releasedViews is the relevance test's growing corpus up to the last
// released set (never a blind one), with the released sets' names in the
// order of their stages: stage 4+i holds sets[i]'s documents and every
// older one, the "/all" view the diagnosis aids (TestRelevanceVersus,
// TestRankMissDiag) read misses from.
func releasedViews(ctx context.Context, t testing.TB) (*relevanceViews, []string) {
	stages := [][]*corpus.Document{relevanceDocs(t), heldoutCDocs(t), heldoutDDocs(t), heldoutEDocs(t)}
	var sets []string
	for _, set := range laterSets {
		if blindSearchSet(set) {
			break
		}
		stages = append(stages, setDocs(t, set))
		sets = append(sets, set)
	}
	return newRelevanceViews(ctx, t, stages), sets
}

// newRelevanceViews serves the views of stages, building nothing until a
// view is asked for.
func newRelevanceViews(ctx context.Context, t testing.TB, stages [][]*corpus.Document) *relevanceViews {
	return &relevanceViews{ctx: ctx, t: t, stages: stages, cur: -1, apart: map[int]relevanceTarget{}}
}

// upTo is every document of stages 0 to k, in a slice of its own.
func (v *relevanceViews) upTo(k int) []*corpus.Document {
	var docs []*corpus.Document
	for _, s := range v.stages[:k+1] {
		docs = append(docs, s...)
	}
	return docs
}

// at returns view k.
func (v *relevanceViews) at(k int) relevanceTarget {
	v.t.Helper()
	tg, err := v.view(k)
	if err != nil {
		v.t.Fatal(err)
	}
	return tg
}

// view is at for any goroutine (one at a time): it returns its error
// rather than failing the test.
func (v *relevanceViews) view(k int) (relevanceTarget, error) {
	switch {
	case k == v.cur:
		return v.grow, nil
	case v.cur < 0:
		tg, err := newRelevanceTarget(v.ctx, v.t, v.upTo(k))
		if err != nil {
			return tg, err
		}
		v.grow, v.cur = tg, k
		return v.grow, nil
	case k > v.cur:
		var more []*corpus.Document
		for _, s := range v.stages[v.cur+1 : k+1] {
			more = append(more, s...)
		}
		if err := v.grow.ix.Add(v.ctx, more...); err != nil {
			return relevanceTarget{}, err
		}
		if err := plainBatch(v.grow.plain, more); err != nil {
			return relevanceTarget{}, err
		}
		v.grow.docs, v.cur = v.upTo(k), k
		return v.grow, nil
	}
	if tg, ok := v.apart[k]; ok {
		return tg, nil
	}
	tg, err := newRelevanceTarget(v.ctx, v.t, v.upTo(k))
	if err != nil {
		return tg, err
	}
	v.apart[k] = tg
	return tg, nil
}

// parsedDocs holds every relevance document parsed so far, by file name:
// TestRelevance, TestDeterministic, the flat-scoring and recall tests read
// the same files. A document is read-only once parsed (indexes only read
// it), so the tests share it; the slices handed out are each caller's own.
var parsedDocs = &docCache{docs: map[string]*corpus.Document{}}

// docCache parses a document file once per test binary.
type docCache struct {
	mu   sync.Mutex
	docs map[string]*corpus.Document
}

// get parses file, or returns its earlier parse.
func (c *docCache) get(file string) (*corpus.Document, error) {
	c.mu.Lock()
	defer c.mu.Unlock()
	if d, ok := c.docs[file]; ok {
		return d, nil
	}
	data, err := os.ReadFile(file)
	if err != nil {
		return nil, err
	}
	d, err := corpus.Parse(data, corpus.ParseOptions{Name: filepath.Base(file)})
	if err != nil {
		return nil, &parseError{file, err}
	}
	c.docs[file] = d
	return d, nil
}

// parseError is a document that does not parse.
type parseError struct {
	file string
	err  error
}

func (e *parseError) Error() string { return "parse " + e.file + ": " + e.err.Error() }

// TestRelevanceViewsGrow: the views TestRelevance asks for in order come
// from one index that grows and holds exactly the records of an index
// built from the view's documents at once; a view asked after a later one
// is built apart, with its own documents only.
func TestRelevanceViewsGrow(t *testing.T) {
	ctx := context.Background()
	all := append(append(smallPlanDocs(), germanDocs(40, 21)...), Synthetic(40, 21)...)
	n := len(all)
	stages := [][]*corpus.Document{all[:n/3], all[n/3 : n/2], all[n/2:]}
	vs := newRelevanceViews(ctx, t, stages)
	count := func(ix *Index) uint64 {
		n, err := ix.Count()
		if err != nil {
			t.Fatal(err)
		}
		return n
	}
	first := vs.at(1)
	if len(first.docs) != n/2 {
		t.Fatalf("view 1 has %d documents, want %d", len(first.docs), n/2)
	}
	grown := vs.at(2)
	if grown.ix != first.ix || len(grown.docs) != n {
		t.Fatalf("view 2: a new index (%v) or %d documents; want view 1's index grown to %d", grown.ix != first.ix, len(grown.docs), n)
	}
	whole := openRelevanceTarget(ctx, t, all)
	if g, w := count(grown.ix), count(whole.ix); g != w {
		t.Errorf("grown index holds %d records, one built at once %d", g, w)
	}
	if g, w := grown.plain.DocCount(); g == 0 || w != nil {
		t.Errorf("grown plain index: %d paragraphs, %v", g, w)
	}
	back := vs.at(0)
	if back.ix == grown.ix || len(back.docs) != n/3 {
		t.Fatalf("view 0 after view 2: the grown index (%v) or %d documents; want its own index of %d", back.ix == grown.ix, len(back.docs), n/3)
	}
	if count(back.ix) >= count(grown.ix) {
		t.Errorf("view 0 holds %d records, not fewer than view 2's %d", count(back.ix), count(grown.ix))
	}
}

// firstStagesDocs is the relevance test's first four stages in one slice:
// the original documents and the sets C, D and E, which every "/all" view
// and the diagnosis aids start from.
func firstStagesDocs(t testing.TB) []*corpus.Document {
	t.Helper()
	return append(append(append(append([]*corpus.Document(nil), relevanceDocs(t)...), heldoutCDocs(t)...), heldoutDDocs(t)...), heldoutEDocs(t)...)
}

// allViewDocs is the "/all" view of a later set: the first stages and
// every later set up to and including set.
func allViewDocs(t testing.TB, set string) []*corpus.Document {
	t.Helper()
	docs := firstStagesDocs(t)
	for _, s := range laterSets {
		docs = append(docs, setDocs(t, s)...)
		if s == set {
			break
		}
	}
	return docs
}

// respeltTerms reads a question as Search does before fetching: the
// normalised text, respelt when the index knows a closer spelling, with
// its query terms and their expansion. The diagnosis aids explain what
// Search would fetch from these.
func respeltTerms(ctx context.Context, t testing.TB, ix *Index, als []string, query string) (string, []queryTerm, expansion, bool) {
	t.Helper()
	text := normalizeQuery(query)
	qts := ix.queryTerms(als, text)
	ex, err := ix.knownTerms(ctx, als, qts)
	if err != nil {
		t.Fatal(err)
	}
	t2, ok, err := ix.respell(ctx, als, text, qts, ex.known)
	if err != nil || !ok {
		return text, qts, ex, false
	}
	qts = ix.queryTerms(als, t2)
	if ex, err = ix.knownTerms(ctx, als, qts); err != nil {
		t.Fatal(err)
	}
	return t2, qts, ex, true
}

// diagFetch runs one fetch of size hits for the text query tq under
// filter, with the fields a hit is read from, as the diagnosis aids look
// past Search's ranking at what the index itself returns.
func diagFetch(ctx context.Context, t testing.TB, ix *Index, als []string, tq, filter query.Query, size int) *bleve.SearchResult {
	t.Helper()
	req, err := ix.request(ctx, tq, filter, size)
	if err != nil {
		t.Fatal(err)
	}
	sr, err := ix.run(ctx, req, hitFields(als))
	if err != nil {
		t.Fatal(err)
	}
	return sr
}
