package bot

import (
	"context"
	"reflect"
	"strings"
	"testing"

	"planbot/bot/internal/bottest"
	"planbot/corpus"
)

// passCounter is the fixture's searcher with a SearchAll, counting the
// searches and the passes it is asked for.
type passCounter struct {
	*bottest.Searcher
	searches, passes int
}

func (s *passCounter) Search(ctx context.Context, q corpus.Query) (corpus.Results, error) {
	s.searches++
	return s.Searcher.Search(ctx, q)
}

func (s *passCounter) SearchAll(ctx context.Context, qs []corpus.Query) ([]corpus.Results, error) {
	s.passes++
	out := make([]corpus.Results, len(qs))
	for i, q := range qs {
		res, err := s.Searcher.Search(ctx, q)
		if err != nil {
			return nil, err
		}
		out[i] = res
	}
	return out, nil
}

// TestProvisionReportsInOnePass: /provision asks for the passages it falls
// back to (fromReports) in the pass of its own search, so an answer from
// the reports costs no second search; the answers are those of a router
// asking one query at a time.
func TestProvisionReportsInOnePass(t *testing.T) {
	ctx := context.Background()
	s, lib := loadFixture(t)
	tests := []struct {
		name, topic, plan  string
		searches, passes   int
		fromReports, found bool
	}{
		{"from_reports", "monitoring", "", 0, 1, true, true},
		{"provisions", "army", "", 0, 1, false, true},
		{"nothing", "zzyzx", "", 0, 1, false, false},
		// A version asked for is not weighed against the reports, nor
		// answered from them: its passages are not asked.
		{"plan", "monitoring", "US 28-point draft", 0, 1, false, false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			req := Request{Kind: KindCommand, Name: "provision", Options: map[string]string{"topic": tt.topic}}
			if tt.plan != "" {
				req.Options["plan"] = tt.plan
			}
			want, err := New(Config{Searcher: s, Library: lib, PageSize: 2, CachedAnswers: -1}).Handle(ctx, req)
			if err != nil {
				t.Fatal(err)
			}
			pc := &passCounter{Searcher: s}
			got, err := New(Config{Searcher: pc, Library: lib, PageSize: 2, CachedAnswers: -1}).Handle(ctx, req)
			if err != nil {
				t.Fatal(err)
			}
			if !reflect.DeepEqual(got, want) {
				t.Errorf("answer differs from one query at a time:\n got %+v\nwant %+v", got, want)
			}
			if pc.searches != tt.searches || pc.passes != tt.passes {
				t.Errorf("%d searches and %d passes, want %d and %d", pc.searches, pc.passes, tt.searches, tt.passes)
			}
			if from := strings.HasPrefix(got.Title, HeadingFromReports); from != tt.fromReports {
				t.Errorf("from the reports %v, want %v: %q", from, tt.fromReports, got.Title)
			}
			if found := len(got.Entries) > 0; found != tt.found {
				t.Errorf("entries %d, want some %v", len(got.Entries), tt.found)
			}
		})
	}
}
