package index

import (
	"os"
	"path/filepath"
	"slices"
	"sync"
	"testing"

	zap "github.com/blevesearch/zapx/v17"

	"planbot/corpus"
)

// TestRankCache follows a segment's ranks file through what a data dir
// meets, for a synthetic corpus and the multilingual fixtures: missing
// (walked and written), present (read: a file holding other ranks for the
// same segment is believed), written for another segment or another
// version of it, corrupt or cut short (walked and rewritten), several
// processes writing it at once, and files of segments merged away
// (removed).
func TestRankCache(t *testing.T) {
	for _, tc := range []struct {
		name string
		docs func(t *testing.T) []*corpus.Document
	}{
		{"synthetic", func(*testing.T) []*corpus.Document { return Synthetic(300, 11) }},
		{"fixtures", func(t *testing.T) []*corpus.Document { return testDocs(t) }},
	} {
		t.Run(tc.name, func(t *testing.T) {
			ix := compactedIndex(t, tc.docs(t))
			segs := snapshot(t, ix).Segments()
			if len(segs) != 1 {
				t.Fatalf("%d segments after compaction, want 1", len(segs))
			}
			seg := segs[0].Segment()
			zs, ok := seg.(*zap.Segment)
			if !ok {
				t.Fatalf("segment is %T, want a zap file", seg)
			}
			id, ok := identityOf(zs)
			if !ok {
				t.Fatal("segment has no file")
			}
			want := idRanks(seg)
			if want == nil {
				t.Fatal("segment has no ranks")
			}
			dir := rankCacheDir(ix.dir)
			path := filepath.Join(dir, id.name+".ranks")
			check := func(name string) {
				t.Helper()
				if got := cachedIDRanks(dir, seg); !slices.Equal(got, want) {
					t.Errorf("%s: ranks differ from the walk's", name)
				}
				data, err := os.ReadFile(path)
				if err != nil {
					t.Fatalf("%s: %v", name, err)
				}
				if got, err := decodeRanks(data, id); err != nil || !slices.Equal(got, want) {
					t.Errorf("%s: file left holds other ranks (%v)", name, err)
				}
			}
			check("missing")
			check("present")

			// The file is what is read: other ranks recorded for this very
			// segment come back.
			other := slices.Clone(want)
			slices.Reverse(other)
			if err := os.WriteFile(path, encodeRanks(other, id), 0o644); err != nil {
				t.Fatal(err)
			}
			if got := cachedIDRanks(dir, seg); !slices.Equal(got, other) {
				t.Fatal("the ranks file was not read")
			}

			// Ranks recorded for another segment under this file name (an
			// index rebuilt since, say) are not used.
			for name, stale := range map[string]segmentIdentity{
				"other crc":     {name: id.name, size: id.size, docs: id.docs, crc: id.crc + 1, version: id.version},
				"other size":    {name: id.name, size: id.size + 1, docs: id.docs, crc: id.crc, version: id.version},
				"other version": {name: id.name, size: id.size, docs: id.docs, crc: id.crc, version: id.version + 1},
			} {
				if err := os.WriteFile(path, encodeRanks(other, stale), 0o644); err != nil {
					t.Fatal(err)
				}
				check(name)
			}

			data, err := os.ReadFile(path)
			if err != nil {
				t.Fatal(err)
			}
			flipped := slices.Clone(data)
			flipped[len(flipped)-20] ^= 0x11
			for name, bad := range map[string][]byte{
				"corrupt":    flipped,
				"cut short":  data[:len(data)-9],
				"empty":      nil,
				"other file": []byte("planbot-expansion\n"),
			} {
				if err := os.WriteFile(path, bad, 0o644); err != nil {
					t.Fatal(err)
				}
				check(name)
			}

			// A merged-away segment's file goes when a new file is written.
			gone := filepath.Join(dir, "00000000ffff.zap.ranks")
			if err := os.WriteFile(gone, data, 0o644); err != nil {
				t.Fatal(err)
			}
			if err := os.Remove(path); err != nil {
				t.Fatal(err)
			}
			// Concurrent writers each get the ranks; one whole file stays.
			var wg sync.WaitGroup
			for range 4 {
				wg.Go(func() {
					if got := cachedIDRanks(dir, seg); !slices.Equal(got, want) {
						t.Error("concurrent: ranks differ from the walk's")
					}
				})
			}
			wg.Wait()
			check("after concurrent writers")
			des, err := os.ReadDir(dir)
			if err != nil {
				t.Fatal(err)
			}
			var names []string
			for _, de := range des {
				names = append(names, de.Name())
			}
			if !slices.Equal(names, []string{id.name + ".ranks"}) {
				t.Errorf("ranks dir holds %v, want only %s.ranks", names, id.name)
			}
		})
	}
}
