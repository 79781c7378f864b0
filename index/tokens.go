package index

import (
	"sync"

	"github.com/blevesearch/bleve/v2/analysis"
)

// token is one analysed word of a stored text, where mark needs it.
type token struct {
	term       string
	start, end int // byte offsets in the text
	pos        int
}

// tokenCacheSize bounds the texts whose analysis is kept: about a
// thousand pages of hits, a few megabytes.
const tokenCacheSize = 4096

// tokenCache keeps the analysis of recently returned texts. Ranking a page
// analyses the text of every fetched hit (see mark), which cost a third of
// a search; the records people look for recur from one query to the next.
// Entries are replaced first in, first out.
type tokenCache struct {
	mu    sync.Mutex
	m     map[string]tokenEntry
	order []string
	next  int
}

type tokenEntry struct {
	text string // the analysed text: a record replaced under the same ID is analysed again
	toks []token
}

// tokens returns the tokens of text, the stored text of record id in the
// field analysed by a.
func (ix *Index) tokens(a, id, text string) []token {
	key := a + "\x00" + id
	c := &ix.tokCache
	c.mu.Lock()
	if e, ok := c.m[key]; ok && e.text == text {
		c.mu.Unlock()
		return e.toks
	}
	c.mu.Unlock()
	ts := ix.analyzer(a).Analyze([]byte(text))
	toks := make([]token, len(ts))
	for i, t := range ts {
		toks[i] = token{term: string(t.Term), start: t.Start, end: t.End, pos: t.Position}
	}
	c.mu.Lock()
	defer c.mu.Unlock()
	if c.m == nil {
		c.m = make(map[string]tokenEntry, tokenCacheSize)
		c.order = make([]string, tokenCacheSize)
	}
	if _, ok := c.m[key]; !ok {
		if old := c.order[c.next]; old != "" {
			delete(c.m, old)
		}
		c.order[c.next] = key
		c.next = (c.next + 1) % tokenCacheSize
	}
	c.m[key] = tokenEntry{text: text, toks: toks}
	return toks
}

// analyzer returns the analyzer named a, looked up once per process (the
// mapping's lookup goes through bleve's registry cache and its lock).
func (ix *Index) analyzer(a string) analysis.Analyzer {
	if an, ok := ix.analyzersByName[a]; ok {
		return an
	}
	return ix.im.AnalyzerNamed(a)
}
