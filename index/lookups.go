package index

import (
	"context"
	"fmt"
	"sync"

	"github.com/blevesearch/bleve/v2/search"
	"github.com/blevesearch/bleve/v2/search/query"
	bleveindex "github.com/blevesearch/bleve_index_api"
)

// lookupCacheSize bounds each map of a lookupCache: a few megabytes.
const lookupCacheSize = 1 << 16

// lookupCache keeps, for one generation of the index (facetCache.gen,
// bumped by every write), what queries read from the term dictionaries and
// the thesaurus. Every query checks a dozen terms and their synonyms against
// the dictionary (see lookupTerms) and has bleve read each term's synonyms
// from every segment's thesaurus; the same words recur from one query to
// the next, and a write makes every entry stale at once.
type lookupCache struct {
	df  genCache[uint64]   // field + "\x00" + term -> records holding it
	syn genCache[[]string] // synonym source + "\x00" + term -> its synonyms
	// fuzzy holds the thesaurus keys near a term: source, term, fuzziness
	// and prefix -> keys, as a fuzzy query's expansion reads them.
	fuzzy genCache[[]string]
}

// genCache is a map that holds the values read at one generation only.
type genCache[V any] struct {
	mu  sync.RWMutex
	gen uint64
	m   map[string]V
}

// get returns the value cached for key at generation gen.
func (c *genCache[V]) get(gen uint64, key string) (V, bool) {
	c.mu.RLock()
	defer c.mu.RUnlock()
	var zero V
	if c.gen != gen || c.m == nil {
		return zero, false
	}
	v, ok := c.m[key]
	return v, ok
}

// put records the value of key read at generation gen. A value read at an
// older generation than the cache holds is dropped; a newer one empties the
// cache first.
func (c *genCache[V]) put(gen uint64, key string, v V) {
	c.mu.Lock()
	defer c.mu.Unlock()
	if gen < c.gen {
		return
	}
	if gen > c.gen || c.m == nil || len(c.m) >= lookupCacheSize {
		c.gen = gen
		c.m = make(map[string]V, 256)
	}
	c.m[key] = v
}

// synonymsFor returns what bleve would expand q's terms to (bleve's own
// query.ExtractSynonyms), reading each term's synonyms from the thesaurus
// only when the cache lacks them. A request carrying the result as
// pre-search data makes bleve skip its own extraction; the expansion, and
// so every score, is the same.
func (ix *Index) synonymsFor(ctx context.Context, q query.Query) (search.FieldTermSynonymMap, error) {
	th := &cachedThesaurus{ix: ix, gen: ix.facets.gen.Load()}
	defer th.close()
	fts, err := query.ExtractSynonyms(ctx, ix.im, th, q, nil)
	if err != nil {
		return nil, fmt.Errorf("synonyms: %w", err)
	}
	if fts, err = ix.withoutAbsentWide(ctx, fts); err != nil { // see widesyn.go
		return nil, fmt.Errorf("synonyms: %w", err)
	}
	if fts, err = ix.addSourceless(ctx, q, fts); err != nil { // see sourceless.go
		return nil, fmt.Errorf("synonyms: %w", err)
	}
	if fts == nil {
		// Not nil: bleve would look again.
		fts = search.FieldTermSynonymMap{}
	}
	return fts, nil
}

// cachedThesaurus is the thesaurus reader synonymsFor hands to bleve: term
// look-ups come from ix.lookups.syn when present; everything else goes to
// an index reader opened on first need.
type cachedThesaurus struct {
	bleveindex.ThesaurusReader // nil until open
	ix                         *Index
	gen                        uint64
	err                        error
}

func (c *cachedThesaurus) reader() (bleveindex.ThesaurusReader, error) {
	if c.ThesaurusReader != nil || c.err != nil {
		return c.ThesaurusReader, c.err
	}
	adv, err := c.ix.idx.Advanced()
	if err != nil {
		c.err = fmt.Errorf("index reader: %w", err)
		return nil, c.err
	}
	r, err := adv.Reader()
	if err != nil {
		c.err = fmt.Errorf("index reader: %w", err)
		return nil, c.err
	}
	tr, ok := r.(bleveindex.ThesaurusReader)
	if !ok {
		_ = r.Close()
		c.err = fmt.Errorf("index reader %T has no thesaurus", r)
		return nil, c.err
	}
	c.ThesaurusReader = tr
	return tr, nil
}

func (c *cachedThesaurus) close() {
	if c.ThesaurusReader != nil {
		_ = c.ThesaurusReader.Close()
	}
}

// ThesaurusTermReader implements bleveindex.ThesaurusReader.
func (c *cachedThesaurus) ThesaurusTermReader(ctx context.Context, name string, term []byte) (bleveindex.ThesaurusTermReader, error) {
	key := name + "\x00" + string(term)
	if syns, ok := c.ix.lookups.syn.get(c.gen, key); ok {
		return &synonymList{syns: syns}, nil
	}
	r, err := c.reader()
	if err != nil {
		return nil, err
	}
	tr, err := r.ThesaurusTermReader(ctx, name, term)
	if err != nil {
		return nil, err
	}
	var syns []string
	s, err := tr.Next()
	for err == nil && s != "" {
		syns = append(syns, s)
		s, err = tr.Next()
	}
	if cerr := tr.Close(); err == nil {
		err = cerr
	}
	if err != nil {
		return nil, err
	}
	c.ix.lookups.syn.put(c.gen, key, syns)
	return &synonymList{syns: syns}, nil
}

// ThesaurusKeys implements bleveindex.ThesaurusReader.
func (c *cachedThesaurus) ThesaurusKeys(name string) (bleveindex.ThesaurusKeys, error) {
	r, err := c.reader()
	if err != nil {
		return nil, err
	}
	return r.ThesaurusKeys(name)
}

// ThesaurusKeysFuzzy implements bleveindex.ThesaurusReader.
func (c *cachedThesaurus) ThesaurusKeysFuzzy(name, term string, fuzziness int, prefix string) (bleveindex.ThesaurusKeys, error) {
	key := fmt.Sprintf("%s\x00%s\x00%d\x00%s", name, term, fuzziness, prefix)
	if keys, ok := c.ix.lookups.fuzzy.get(c.gen, key); ok {
		return &keyList{keys: keys}, nil
	}
	r, err := c.reader()
	if err != nil {
		return nil, err
	}
	tk, err := r.ThesaurusKeysFuzzy(name, term, fuzziness, prefix)
	if err != nil {
		return nil, err
	}
	var keys []string
	e, err := tk.Next()
	for err == nil && e != nil {
		keys = append(keys, e.Term)
		e, err = tk.Next()
	}
	if cerr := tk.Close(); err == nil {
		err = cerr
	}
	if err != nil {
		return nil, err
	}
	c.ix.lookups.fuzzy.put(c.gen, key, keys)
	return &keyList{keys: keys}, nil
}

// ThesaurusKeysRegexp implements bleveindex.ThesaurusReader.
func (c *cachedThesaurus) ThesaurusKeysRegexp(name, regex string) (bleveindex.ThesaurusKeys, error) {
	r, err := c.reader()
	if err != nil {
		return nil, err
	}
	return r.ThesaurusKeysRegexp(name, regex)
}

// ThesaurusKeysPrefix implements bleveindex.ThesaurusReader.
func (c *cachedThesaurus) ThesaurusKeysPrefix(name string, prefix []byte) (bleveindex.ThesaurusKeys, error) {
	r, err := c.reader()
	if err != nil {
		return nil, err
	}
	return r.ThesaurusKeysPrefix(name, prefix)
}

// synonymList replays cached synonyms as a thesaurus term reader.
type synonymList struct {
	syns []string
	next int
}

// Next implements bleveindex.ThesaurusTermReader.
func (l *synonymList) Next() (string, error) {
	if l.next >= len(l.syns) {
		return "", nil
	}
	l.next++
	return l.syns[l.next-1], nil
}

// Close implements bleveindex.ThesaurusTermReader.
func (l *synonymList) Close() error { return nil }

// Size implements bleveindex.ThesaurusTermReader.
func (l *synonymList) Size() int { return 0 }

// keyList replays cached thesaurus keys.
type keyList struct {
	keys []string
	next int
}

// Next implements bleveindex.ThesaurusKeys.
func (l *keyList) Next() (*bleveindex.ThesaurusEntry, error) {
	if l.next >= len(l.keys) {
		return nil, nil
	}
	l.next++
	return &bleveindex.ThesaurusEntry{Term: l.keys[l.next-1]}, nil
}

// Close implements bleveindex.ThesaurusKeys.
func (l *keyList) Close() error { return nil }

// Generation changes whenever the index does (every batch written or
// removal): what a search answered at one generation is its answer until
// the next. The bot keys the answers it keeps by it.
func (ix *Index) Generation() uint64 { return ix.facets.gen.Load() }
