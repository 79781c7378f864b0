package bottest

import (
	"context"
	_ "embed"
	"encoding/json"
	"slices"
	"sort"
	"strings"
	"sync"
	"testing"
	"time"

	"planbot/corpus"
)

// Searcher is an in-memory Searcher over fixture hits: a hit matches
// when its text, role or topics contain any query word (case-insensitively), or any hit when the
// text is empty; filters are exact. It records the queries it was asked.
type Searcher struct {
	Hits []corpus.Hit
	Err  error // returned by every call when set
	// Delay is waited (or the context's end) before every Search.
	Delay time.Duration
	// Guilds maps a source ID to the server owning it; a source not in it
	// is global. As the index does, Search and Suggest then draw on the
	// global sources and the asking server's own only.
	Guilds map[string]string

	mu      sync.Mutex
	queries []corpus.Query
}

// Queries returns the queries Search was asked, in order.
func (f *Searcher) Queries() []corpus.Query {
	f.mu.Lock()
	defer f.mu.Unlock()
	return append([]corpus.Query(nil), f.queries...)
}

// Search implements bot.Searcher.
func (f *Searcher) Search(ctx context.Context, q corpus.Query) (corpus.Results, error) {
	f.mu.Lock()
	f.queries = append(f.queries, q)
	f.mu.Unlock()
	if f.Err != nil {
		return corpus.Results{}, f.Err
	}
	if f.Delay > 0 {
		t := time.NewTimer(f.Delay)
		defer t.Stop()
		select {
		case <-t.C:
		case <-ctx.Done():
		}
	}
	if err := ctx.Err(); err != nil {
		return corpus.Results{}, err
	}
	words := strings.Fields(strings.ToLower(q.Text))
	var got []corpus.Hit
	for _, h := range f.Hits {
		if !f.visible(h, q.Guild) {
			continue
		}
		if (q.Kind != "" && h.Kind != q.Kind) || (q.Speaker != "" && h.Speaker != q.Speaker) || (q.Plan != "" && h.Plan != q.Plan) ||
			(q.Topic != "" && !slices.Contains(h.Topics, q.Topic)) {
			continue
		}
		// As the index does, a speaker's role is searchable too ("kremlin").
		text := strings.ToLower(h.Text + " " + h.Role + " " + strings.Join(h.Topics, " "))
		match := len(words) == 0
		for _, w := range words {
			if strings.Contains(text, w) {
				match = true
			}
		}
		if !match {
			continue
		}
		h.Snippet = h.Text
		for _, w := range words {
			if i := strings.Index(strings.ToLower(h.Snippet), w); i >= 0 {
				h.Snippet = h.Snippet[:i] + "**" + h.Snippet[i:i+len(w)] + "**" + h.Snippet[i+len(w):]
				break
			}
		}
		got = append(got, h)
	}
	limit := q.Limit
	if limit == 0 {
		limit = 10
	}
	res := corpus.Results{Query: q.Text, Total: len(got), Hits: []corpus.Hit{}}
	if q.Offset < len(got) {
		res.Hits = got[q.Offset:min(q.Offset+limit, len(got))]
	}
	return res, nil
}

// visible reports whether server guild sees hit h (see Guilds).
func (f *Searcher) visible(h corpus.Hit, guild string) bool {
	g := f.Guilds[h.Source.ID]
	return g == "" || g == guild
}

// Suggest implements bot.Searcher: facet values starting with prefix, of
// the hits server guild sees.
func (f *Searcher) Suggest(ctx context.Context, guild string, facet corpus.Facet, prefix string, limit int) ([]string, error) {
	if f.Err != nil {
		return nil, f.Err
	}
	seen := map[string]bool{}
	var out []string
	for _, h := range f.Hits {
		if !f.visible(h, guild) {
			continue
		}
		var vals []string
		switch facet {
		case corpus.FacetTopic:
			vals = h.Topics
		case corpus.FacetSpeaker:
			vals = []string{h.Speaker}
		case corpus.FacetPlan:
			vals = []string{h.Plan}
		}
		for _, v := range vals {
			if v != "" && !seen[v] && strings.HasPrefix(strings.ToLower(v), strings.ToLower(prefix)) {
				seen[v] = true
				out = append(out, v)
			}
		}
	}
	sort.Strings(out)
	if len(out) > limit {
		out = out[:limit]
	}
	return out, nil
}

// Library is a fixed list of sources.
type Library []corpus.Source

// Sources implements bot.Library.
func (l Library) Sources() []corpus.Source { return l }

//go:embed corpus.json
var fixtureJSON []byte

type fixture struct {
	Sources []corpus.Source `json:"sources"`
	Hits    []corpus.Hit    `json:"hits"`
}

// Load returns a Searcher and a Library over the fixture corpus.
func Load(t testing.TB) (*Searcher, Library) {
	t.Helper()
	var fx fixture
	if err := json.Unmarshal(fixtureJSON, &fx); err != nil {
		t.Fatal(err)
	}
	return &Searcher{Hits: fx.Hits}, Library(fx.Sources)
}
