package index

import (
	"context"
	"testing"

	"planbot/corpus"
)

// TestNamedPlansReadOnce: a shared pass ranks the hits of every query
// of its text, yet reads which versions the text names once; the answer
// is what reading it afresh gives.
func TestNamedPlansReadOnce(t *testing.T) {
	ctx := context.Background()
	ix, err := Open(ctx, Options{}, Synthetic(400, 5))
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { ix.Close() })
	for _, text := range []string{"prisoners", "20 point plan army", "Gegenvorschlag Armee", "counterproposal nato"} {
		qs := []corpus.Query{
			{Text: text, Kind: corpus.KindProvision, Limit: 5},
			{Text: text, Kind: corpus.KindStatement, Limit: 2},
			{Text: text, Kind: corpus.KindPassage, Limit: 5},
		}
		before := namedReads.Load()
		if _, err := ix.SearchAll(ctx, qs); err != nil {
			t.Fatal(err)
		}
		if n := namedReads.Load() - before; n > 1 {
			t.Errorf("%q: read %d times in one pass", text, n)
		}
		got, want := namedPlans(text), readNamedPlans(text)
		if (got == nil) != (want == nil) || got != nil && (len(got.plans) != len(want.plans) || len(got.words) != len(want.words)) {
			t.Errorf("%q: kept %+v, read afresh %+v", text, got, want)
		}
	}
}
