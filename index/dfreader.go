package index

import (
	"context"
	"fmt"

	bleveindex "github.com/blevesearch/bleve_index_api"
)

// dfReader reads how many records hold a term in a field, through the
// index's df cache, opening an index reader only when the cache lacks a
// term. Both the query's word look-ups (lookupTerms) and the rare-word
// rule (rareword.go) ask it, so a term's count is read from the index once
// per index generation, whoever asks first.
type dfReader struct {
	ix  *Index
	ctx context.Context
	gen uint64
	r   bleveindex.IndexReader
}

// newDFReader starts a reader. The generation is read before the index: a
// write landing meanwhile makes what is read now stale at once (see
// termCache).
func (ix *Index) newDFReader(ctx context.Context) *dfReader {
	return &dfReader{ix: ix, ctx: ctx, gen: ix.facets.gen.Load()}
}

// df is the number of records whose field holds term.
func (d *dfReader) df(field, term string) (uint64, error) {
	key := field + "\x00" + term
	if n, ok := d.ix.lookups.df.get(d.gen, key); ok {
		return n, nil
	}
	if d.r == nil {
		adv, err := d.ix.idx.Advanced()
		if err != nil {
			return 0, fmt.Errorf("index reader: %w", err)
		}
		if d.r, err = adv.Reader(); err != nil {
			return 0, fmt.Errorf("index reader: %w", err)
		}
	}
	tfr, err := d.r.TermFieldReader(d.ctx, []byte(term), field, false, false, false)
	if err != nil {
		return 0, fmt.Errorf("term %q in %s: %w", term, field, err)
	}
	c := tfr.Count()
	if err := tfr.Close(); err != nil {
		return 0, fmt.Errorf("term %q in %s: %w", term, field, err)
	}
	d.ix.lookups.df.put(d.gen, key, c)
	return c, nil
}

// close releases the index reader, if one was opened.
func (d *dfReader) close() {
	if d.r != nil {
		_ = d.r.Close()
	}
}
