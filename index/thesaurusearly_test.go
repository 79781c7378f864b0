package index

import (
	"bytes"
	"context"
	"fmt"
	"path/filepath"
	"sync"
	"testing"

	zap "github.com/blevesearch/zapx/v17"

	"planbot/corpus"
)

// freshThesaurusProcess makes the process look as if it had encoded no
// thesaurus yet, and puts the copy back after the test.
func freshThesaurusProcess(t *testing.T) {
	t.Helper()
	// Built first, so the analysis is not what the test waits for.
	if _, err := analysedThesaurus(); err != nil {
		t.Fatal(err)
	}
	thesaurusSegMu.Lock()
	saved := thesaurusSeg
	thesaurusSeg = nil
	thesaurusSegMu.Unlock()
	earlyThesaurus = sync.Once{}
	earlyThesaurusEnded.Store(nil)
	t.Cleanup(func() {
		if ch := ThesaurusEncoding(); ch != nil {
			<-ch
		}
		thesaurusSegMu.Lock()
		if thesaurusSeg == nil {
			thesaurusSeg = saved
		}
		thesaurusSegMu.Unlock()
		earlyThesaurusDone = nil
	})
}

// TestEarlyThesaurus: a new index opened for a bulk load has its thesaurus
// segment encoded before its documents are even added (fails when the
// encoding waits for the end of the load), its own thesaurus batch is then
// served from that copy, and the index answers synonym and German queries
// as an index built without a bulk load does. An index that is not a new
// bulk load starts nothing.
func TestEarlyThesaurus(t *testing.T) {
	ctx := context.Background()
	docs := bulkDocs(t, 6)
	plain, err := Open(ctx, Options{}, docs)
	if err != nil {
		t.Fatal(err)
	}
	defer plain.Close()
	qs := []corpus.Query{{Text: "ceasefire"}, {Text: "prisoners"}, {Text: "Feuerpause"}, {Text: "Häftlinge Oslo"}}
	want := searchEach(ctx, t, plain, qs)

	tests := []struct {
		name      string
		bulk      bool
		wantEarly bool
	}{
		{"bulk load of a new index", true, true},
		{"ordinary open of a new index", false, false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			freshThesaurusProcess(t)
			var early error
			ended := false
			earlyThesaurusDone = func(err error) { early, ended = err, true }
			ix, err := Open(ctx, Options{Dir: filepath.Join(t.TempDir(), "index"), Bulk: tt.bulk}, nil)
			if err != nil {
				t.Fatal(err)
			}
			defer ix.Close()
			ch := ThesaurusEncoding()
			if (ch != nil) != tt.wantEarly {
				t.Fatalf("thesaurus encoding started at open: %v, want %v", ch != nil, tt.wantEarly)
			}
			if !tt.wantEarly {
				return
			}
			<-ch
			if !ended || early != nil {
				t.Fatalf("early encoding ended %v, error %v", ended, early)
			}
			thesaurusSegMu.Lock()
			kept := thesaurusSeg != nil
			thesaurusSegMu.Unlock()
			if !kept {
				t.Fatal("no thesaurus segment kept before the documents were added")
			}
			hits := thesaurusSegHits.Load()
			for _, d := range docs {
				if err := ix.Add(ctx, d); err != nil {
					t.Fatal(err)
				}
			}
			if err := ix.Compact(ctx); err != nil {
				t.Fatal(err)
			}
			if thesaurusSegHits.Load() == hits {
				t.Error("the index's thesaurus batch was encoded again")
			}
			if n := segmentCount(scorchOf(t, ix)); n != 2 {
				t.Errorf("%d segments after Compact, want 2 (the records', the thesaurus's)", n)
			}
			got := searchEach(ctx, t, ix, qs)
			for i := range qs {
				if g, w := hitIDs(got[i]), hitIDs(want[i]); fmt.Sprint(g) != fmt.Sprint(w) {
					t.Errorf("%q finds %v, want %v", qs[i].Text, g, w)
				}
			}
		})
	}
}

// TestSameBytes: the streaming comparison readThesaurusSegment checks
// its copy with says equal only for exactly the bytes wanted, however
// they are split into writes.
func TestSameBytes(t *testing.T) {
	want := []byte("zap segment bytes and footer")
	tests := []struct {
		name   string
		writes []string
		same   bool
	}{
		{"all at once", []string{string(want)}, true},
		{"in pieces", []string{"zap seg", "ment bytes", "", " and footer"}, true},
		{"one byte differs", []string{"zap segment bytes and fooTer"}, false},
		{"short", []string{"zap segment bytes"}, false},
		{"long", []string{string(want), "!"}, false},
		{"nothing", nil, false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			s := &sameBytes{want: want}
			for _, w := range tt.writes {
				if n, err := s.Write([]byte(w)); n != len(w) || err != nil {
					t.Fatalf("Write = %d, %v", n, err)
				}
			}
			if got := s.same(); got != tt.same {
				t.Errorf("same = %v, want %v", got, tt.same)
			}
		})
	}
}

// TestThesaurusCopyExactSize: the kept copy of the thesaurus segment is
// allocated at its final size (segmentCopySize), never grown (its
// capacity would then be larger), and holds the bytes zap writes for the
// segment.
func TestThesaurusCopyExactSize(t *testing.T) {
	seg, n, err := (&zap.ZapPlugin{}).NewUsing(thesaurusBatch(t), nil)
	if err != nil {
		t.Fatal(err)
	}
	ts, err := readThesaurusSegment(seg, n)
	if err != nil {
		t.Fatal(err)
	}
	if uint64(len(ts.mem)) != n || cap(ts.mem) != segmentCopySize(n) {
		t.Errorf("kept %d bytes in %d, zap reported %d (+%d of footer)", len(ts.mem), cap(ts.mem), n, zap.FooterSize)
	}
	var all bytes.Buffer
	if _, err := seg.(*zap.SegmentBase).WriteTo(&all); err != nil {
		t.Fatal(err)
	}
	if !bytes.Equal(all.Bytes()[:n], ts.mem) {
		t.Error("the kept bytes are not zap's")
	}
}
