package index

import (
	"context"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"github.com/blevesearch/bleve/v2"
	segment "github.com/blevesearch/scorch_segment_api/v2"
)

// TestIDFilterSegments: the segments of an index being bulk loaded carry
// sets of their IDs (idfilter.go), in memory, on disk and once merged by
// Compact, and answer which IDs they hold exactly as zap does: for the IDs
// they hold, for those other segments hold and for IDs nobody holds. It
// fails when a bulk load's segments have no set (the look-ups go through
// zap's dictionary of IDs) or when a set leaves out an ID its segment
// holds.
func TestIDFilterSegments(t *testing.T) {
	ctx := context.Background()
	oldBatch := batchRecords
	batchRecords = 3 // several segments per Add
	t.Cleanup(func() { batchRecords = oldBatch })
	ix, err := Open(ctx, Options{Dir: filepath.Join(t.TempDir(), "index"), Bulk: true}, nil)
	if err != nil {
		t.Fatal(err)
	}
	defer ix.Close()
	for _, d := range bulkDocs(t, 6) {
		if err := ix.Add(ctx, d); err != nil {
			t.Fatal(err)
		}
	}
	ids := allIDs(t, ix)
	asked := append(slices.Clone(ids), "nobody-holds-this", "", "zzzz")
	check := func(stage string, wantSegments int) {
		t.Helper()
		segs := ix.liveSegments()
		filtered := 0
		for _, s := range segs {
			if idSetOf(s) == nil {
				continue
			}
			filtered++
			got, err := s.DocNumbers(asked)
			if err != nil {
				t.Fatal(err)
			}
			want, err := unwrapIDFiltered(s).DocNumbers(asked)
			if err != nil {
				t.Fatal(err)
			}
			if !got.Equals(want) {
				t.Errorf("%s: a segment answers %v for the IDs, zap %v", stage, got.ToArray(), want.ToArray())
			}
		}
		if filtered < wantSegments {
			t.Errorf("%s: %d of %d segments carry an ID set, want at least %d", stage, filtered, len(segs), wantSegments)
		}
	}
	check("loaded", 4)
	if err := ix.Compact(ctx); err != nil {
		t.Fatal(err)
	}
	// The merged segment has the union of its inputs' sets; the
	// thesaurus's, written apart, has none.
	check("compacted", 1)
	// The ID ranks of searches read zap's segment under the set.
	for _, s := range ix.liveSegments() {
		if idSetOf(s) != nil && idRanks(s) == nil {
			t.Error("compacted: no ID ranks for a segment with an ID set")
		}
	}
	if got := allIDs(t, ix); !slices.Equal(got, ids) {
		t.Errorf("compacted index holds %d records, %d before", len(got), len(ids))
	}
}

// TestIDFilterReplaces: in a bulk load, a record indexed again under the
// same ID (another batch, another segment) still replaces the first, so
// the index counts it once, as without the ID sets: a set that answered
// "not held" for an ID its segment holds would leave both.
func TestIDFilterReplaces(t *testing.T) {
	ctx := context.Background()
	for _, bulk := range []bool{false, true} {
		ix, err := Open(ctx, Options{Dir: filepath.Join(t.TempDir(), "index"), Bulk: bulk}, nil)
		if err != nil {
			t.Fatal(err)
		}
		before, err := ix.idx.DocCount()
		if err != nil {
			t.Fatal(err)
		}
		for i, id := range []string{"rec-a", "rec-b", "rec-a", "rec-c", "rec-b"} {
			rec := map[string]interface{}{fieldKind: "passage", textField(analyzerFor("en")): "round " + id, fieldNumber: i}
			if err := ix.idx.Index(id, rec); err != nil {
				t.Fatal(err)
			}
		}
		n, err := ix.idx.DocCount()
		if err != nil {
			t.Fatal(err)
		}
		if n-before != 3 {
			t.Errorf("bulk %v: %d records after indexing 3 IDs (one twice, one three times), want 3", bulk, n-before)
		}
		if bulk {
			filtered := 0
			for _, s := range ix.liveSegments() {
				if idSetOf(s) != nil {
					filtered++
				}
			}
			if filtered == 0 {
				t.Error("bulk load: no segment carries an ID set")
			}
		}
		if err := ix.Close(); err != nil {
			t.Fatal(err)
		}
	}
}

// allIDs lists the IDs of every record in the index, sorted, the
// thesaurus's definitions left out.
func allIDs(t *testing.T, ix *Index) []string {
	t.Helper()
	req := bleve.NewSearchRequestOptions(bleve.NewMatchAllQuery(), 10000, 0, false)
	res, err := ix.idx.Search(req)
	if err != nil {
		t.Fatal(err)
	}
	var ids []string
	for _, h := range res.Hits {
		if strings.HasPrefix(h.ID, "synonym:") {
			continue
		}
		ids = append(ids, h.ID)
	}
	slices.Sort(ids)
	return ids
}

var _ segment.Segment = (*idFilteredBase)(nil)
var _ segment.Segment = (*idFilteredSegment)(nil)
