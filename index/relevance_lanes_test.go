package index

// TestRelevance asks its questions in lanes that run side by side, then
// counts and reports what they got in question order, so its figures and
// miss lines are the same as when it asked them one by one. One lane
// grows the views (the stages of one document list: relevanceViews) and
// asks their questions in order; the others each build a later set's own
// view (its documents and the older ones) and ask that set's questions.
// The views must grow in order, but the own views share nothing with them
// or with each other: on two cores the test took about as long as all the
// rest of the package's tests, one core idle much of that time.

import (
	"context"
	"runtime"
	"slices"
	"sync"
	"testing"

	"github.com/blevesearch/bleve/v2"

	"planbot/corpus"
)

// relevanceAsk is one question asked of one view: set is the figure it
// counts in; own is the later set whose own view answers it, or "" for
// stage of the growing views.
type relevanceAsk struct {
	set   string
	c     relevanceCase
	own   string
	stage int
}

// relevanceAnswer is what one question got on its view: the paragraphs of
// planbot's hits (a member's answer: asked), whether a missed answer was
// among the first twenty hits, and plain bleve's paragraphs.
type relevanceAnswer struct {
	ours, theirs []string
	deeper       bool
}

// answerRelevance asks every question of asks on its view and returns the
// answers in the same order. ownDocs are the documents of each later set's
// own view. It returns the first error any lane met.
func answerRelevance(ctx context.Context, t testing.TB, vs *relevanceViews, ownDocs map[string][]*corpus.Document, asks []relevanceAsk) ([]relevanceAnswer, error) {
	answers := make([]relevanceAnswer, len(asks))
	var (
		mu       sync.Mutex
		firstErr error
	)
	fail := func(err error) {
		mu.Lock()
		defer mu.Unlock()
		if firstErr == nil {
			firstErr = err
		}
	}
	failed := func() bool {
		mu.Lock()
		defer mu.Unlock()
		return firstErr != nil
	}
	// Each lane's questions, in question order.
	var grown []int
	own := map[string][]int{}
	var sets []string
	for i, a := range asks {
		if a.own == "" {
			grown = append(grown, i)
			continue
		}
		if _, ok := own[a.own]; !ok {
			sets = append(sets, a.own)
		}
		own[a.own] = append(own[a.own], i)
	}
	answer := func(tg relevanceTarget, idx []int) {
		for _, i := range idx {
			if failed() {
				return
			}
			ans, err := answerOne(ctx, tg, asks[i].c)
			if err != nil {
				fail(err)
				return
			}
			answers[i] = ans
		}
	}
	var wg sync.WaitGroup
	wg.Add(1)
	go func() { // the growing views, in order
		defer wg.Done()
		for len(grown) > 0 {
			k := asks[grown[0]].stage
			n := 1
			for n < len(grown) && asks[grown[n]].stage == k {
				n++
			}
			tg, err := vs.view(k)
			if err != nil {
				fail(err)
				return
			}
			answer(tg, grown[:n])
			grown = grown[n:]
		}
	}()
	next := make(chan string, len(sets))
	for _, s := range sets {
		next <- s
	}
	close(next)
	for range min(len(sets), runtime.GOMAXPROCS(0)) {
		wg.Add(1)
		go func() { // later sets' own views, one at a time
			defer wg.Done()
			for set := range next {
				if failed() {
					return
				}
				tg, err := newRelevanceTarget(ctx, t, ownDocs[set])
				if err != nil {
					fail(err)
					return
				}
				answer(tg, own[set])
			}
		}()
	}
	wg.Wait()
	return answers, firstErr
}

// answerOne asks c on tg as TestRelevance scores it: planbot's answer,
// twenty hits when the answer is not in it, and plain bleve's top three.
func answerOne(ctx context.Context, tg relevanceTarget, c relevanceCase) (relevanceAnswer, error) {
	var a relevanceAnswer
	docs, ix, plain := tg.docs, tg.ix, tg.plain
	res, err := asked(ctx, ix, c)
	if err != nil {
		return a, err
	}
	for _, h := range res.Hits {
		a.ours = append(a.ours, paragraphOf(docs, h))
	}
	if c.Want != nil && len(a.ours) > 0 && !slices.ContainsFunc(a.ours, func(s string) bool { return containsAny(s, c.Want) }) {
		// Is the answer found at all, only ranked below the page?
		deep, err := ix.Search(ctx, corpus.Query{Text: c.Query, Kind: c.Kind, Limit: 20})
		if err != nil {
			return a, err
		}
		a.deeper = slices.ContainsFunc(deep.Hits, func(h corpus.Hit) bool { return containsAny(paragraphOf(docs, h), c.Want) })
	}
	req := bleve.NewSearchRequestOptions(bleve.NewMatchQuery(c.Query), 3, 0, false)
	req.Fields = []string{"text"}
	sr, err := plain.Search(req)
	if err != nil {
		return a, err
	}
	for _, h := range sr.Hits {
		s, _ := h.Fields["text"].(string)
		a.theirs = append(a.theirs, s)
	}
	return a, nil
}
