package perf

import (
	"context"
	"fmt"
	"strings"
	"time"

	"github.com/blevesearch/bleve/v2"
	"github.com/blevesearch/bleve/v2/index/scorch"

	"planbot/corpus"
)

// plainBleve is the baseline: a separate bleve index with bleve's default
// mapping (standard analyzer, stored fields, term vectors, the _all field),
// holding the texts planbot searches: one document per item (its text, and
// for a statement the speaker and role, which planbot indexes with the
// text too) and one per paragraph that is not an item's text already
// (DESIGN: every paragraph of every document is searchable).
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

// add indexes the texts of docs in one batch, as planbot's Add is given
// the same documents at once.
func (p *plainBleve) add(docs []*corpus.Document) error {
	b := p.idx.NewBatch()
	for _, d := range docs {
		for _, g := range extraPassages(d) {
			if err := b.Index(g.ID, map[string]any{"text": g.Text}); err != nil {
				return fmt.Errorf("plain bleve batch: %w", err)
			}
		}
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

// extraPassages are the paragraphs of d that are not the text of one of
// its items at the same position: a numbered point is both a provision
// and a paragraph, and is searched once.
func extraPassages(d *corpus.Document) []corpus.Passage {
	items := map[int]string{}
	for _, p := range d.Provisions {
		items[p.Position] = strings.Join(strings.Fields(p.Text), " ")
	}
	for _, s := range d.Statements {
		items[s.Position] = strings.Join(strings.Fields(s.Text), " ")
	}
	var out []corpus.Passage
	for _, g := range d.Passages {
		if t, ok := items[g.Position]; !ok || t != strings.Join(strings.Fields(g.Text), " ") {
			out = append(out, g)
		}
	}
	return out
}

func (p *plainBleve) close() error { return p.idx.Close() }

// compact merges the baseline's segments as index.Compact merges
// planbot's: forced merges until one segment is left or a pass merges
// nothing more, so both sides are searched in the same shape.
func (p *plainBleve) compact(ctx context.Context) error {
	adv, err := p.idx.Advanced()
	if err != nil {
		return fmt.Errorf("compact plain bleve index: %w", err)
	}
	sc, ok := adv.(*scorch.Scorch)
	if !ok {
		return nil
	}
	prev := segments(sc)
	for range 8 {
		if err := sc.ForceMerge(ctx, nil); err != nil {
			return fmt.Errorf("compact plain bleve index: %w", err)
		}
		n := segments(sc)
		if n <= 1 || n >= prev {
			return nil
		}
		prev = n
	}
	return nil
}

// segments is the number of segments of sc's current snapshot, 0 when it
// cannot be read.
func segments(sc *scorch.Scorch) int {
	r, err := sc.Reader()
	if err != nil {
		return 0
	}
	defer r.Close()
	if snap, ok := r.(*scorch.IndexSnapshot); ok {
		return len(snap.Segments())
	}
	return 0
}

// timeIt runs f and returns how long it took.
func timeIt(f func() error) (time.Duration, error) {
	start := time.Now()
	err := f()
	return time.Since(start), err
}
