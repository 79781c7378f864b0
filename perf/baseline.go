package perf

import (
	"context"
	"fmt"
	"time"

	"github.com/blevesearch/bleve/v2"

	"planbot/corpus"
)

// plainBleve is the baseline: a separate bleve index with bleve's default
// mapping (standard analyzer, stored fields, term vectors, the _all field),
// holding one document per item: its text, and for a statement the
// speaker and role, which planbot indexes with the text too.
type plainBleve struct {
	idx bleve.Index
}

func openPlain(dir string) (*plainBleve, error) {
	idx, err := bleve.New(dir, bleve.NewIndexMapping())
	if err != nil {
		return nil, fmt.Errorf("create plain bleve index %s: %w", dir, err)
	}
	return &plainBleve{idx: idx}, nil
}

// add indexes the item texts of docs in one batch, as planbot's Add is
// given the same documents at once.
func (p *plainBleve) add(docs []*corpus.Document) error {
	b := p.idx.NewBatch()
	for _, d := range docs {
		for _, pr := range d.Provisions {
			if err := b.Index(pr.ID, map[string]any{"text": pr.Text}); err != nil {
				return fmt.Errorf("plain bleve batch: %w", err)
			}
		}
		for _, s := range d.Statements {
			if err := b.Index(s.ID, map[string]any{"text": s.Text, "speaker": s.Speaker, "role": s.Role}); err != nil {
				return fmt.Errorf("plain bleve batch: %w", err)
			}
		}
	}
	if err := p.idx.Batch(b); err != nil {
		return fmt.Errorf("plain bleve batch: %w", err)
	}
	return nil
}

// search is what a plain bleve user would run to show an answer: a match
// query over every field, the first 10 hits, their stored text and
// highlighted fragments. It returns the number of hits shown.
func (p *plainBleve) search(ctx context.Context, text string) (int, error) {
	req := bleve.NewSearchRequestOptions(bleve.NewMatchQuery(text), 10, 0, false)
	req.Fields = []string{"*"}
	req.Highlight = bleve.NewHighlight()
	sr, err := p.idx.SearchInContext(ctx, req)
	if err != nil {
		return 0, fmt.Errorf("plain bleve search %q: %w", text, err)
	}
	return len(sr.Hits), nil
}

func (p *plainBleve) close() error { return p.idx.Close() }

// timeIt runs f and returns how long it took.
func timeIt(f func() error) (time.Duration, error) {
	start := time.Now()
	err := f()
	return time.Since(start), err
}
