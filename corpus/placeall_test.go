package corpus

import (
	"fmt"
	"math/rand/v2"
	"slices"
	"sort"
	"testing"
)

// TestPlaceAllIsStable: placeAll orders stored entries as a stable sort
// by Added then ID would, ties included (entries with the same Added and
// ID keep the order they were given in), with the seed first and entries
// already placed sorted together with the new ones.
func TestPlaceAllIsStable(t *testing.T) {
	rng := rand.New(rand.NewPCG(1, 2))
	tests := []struct {
		name          string
		placed, added int
		distinct      int // distinct Added values and IDs: few means many ties
	}{
		{"empty store", 0, 300, 50},
		{"many ties", 40, 500, 3},
		{"no ties", 10, 400, 100000},
		{"one added", 200, 1, 5},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			mk := func(i int) *entry {
				return &entry{file: fmt.Sprintf("f%04d.md", i), src: Source{
					Added: fmt.Sprintf("2025-01-%02dT00:00:00Z", 1+rng.IntN(min(tt.distinct, 28))),
					ID:    fmt.Sprintf("id-%d", rng.IntN(tt.distinct)),
				}}
			}
			seed := &entry{src: Source{ID: "seed", Added: "2099-01-01"}, seed: func() *Document { return nil }}
			s := &Store{entries: []*entry{seed}}
			for i := range tt.placed {
				s.entries = append(s.entries, mk(i))
			}
			var added []*entry
			for i := range tt.added {
				added = append(added, mk(tt.placed+i))
			}
			want := slices.Clone(s.entries[1:])
			want = append(want, added...)
			sort.SliceStable(want, func(i, j int) bool { return lessSource(want[i].src, want[j].src) })
			s.placeAll(added)
			if s.entries[0] != seed {
				t.Fatalf("seed not first")
			}
			if got := s.entries[1:]; !slices.Equal(got, want) {
				for i := range got {
					if got[i] != want[i] {
						t.Fatalf("position %d: %s %+v, want %s %+v", i, got[i].file, got[i].src, want[i].file, want[i].src)
					}
				}
				t.Fatalf("%d entries, want %d", len(got), len(want))
			}
		})
	}
}
