package index

import (
	"bytes"
	"testing"

	zap "github.com/blevesearch/zapx/v17"
)

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
