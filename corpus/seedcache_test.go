package corpus

import (
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
)

// seedEntryOf is the store entry the parsed seed gives, as a comparable
// Entry.
func seedEntriesParsed() []Entry {
	var out []Entry
	for _, d := range Seed() {
		out = append(out, Entry{Source: d.Source, Fingerprint: Fingerprint(d), Points: pointSums(d)})
	}
	return out
}

// TestSeedCache: opening a store writes the seed's entry beside the
// catalogue, and the next open takes the seed's Source, fingerprint and
// point sums from there instead of parsing it (a cache file whose title
// was altered shows in Entries, which it cannot without the cache); a
// cache written for another build or seed, cut short or garbled, is
// ignored and written again. The document itself is still the parsed
// seed.
func TestSeedCache(t *testing.T) {
	want := seedEntriesParsed()
	seedID := want[0].Source.ID
	tests := []struct {
		name string
		// edit changes the cache file the first open wrote.
		edit func(data string) string
		// altered is whether the next open should see the edited title.
		altered bool
	}{
		{"as written", func(d string) string { return d }, false},
		{"altered title, same key", func(d string) string {
			return strings.Replace(d, want[0].Source.Title, "Altered title", 1)
		}, true},
		{"another build", func(d string) string {
			return strings.Replace(d, seedCacheHeader+"\t", seedCacheHeader+"\tx", 1)
		}, false},
		{"another seed", func(d string) string {
			return strings.Replace(d, seedSum(), strings.Repeat("0", len(seedSum())), 1)
		}, false},
		{"cut short", func(d string) string { return d[:len(d)*2/3] }, false},
		{"header only", func(d string) string { h, _, _ := strings.Cut(d, "\n"); return h + "\n" }, false},
		{"a field short", func(d string) string {
			i := strings.LastIndex(d, "\t")
			return d[:i] + d[i+1:]
		}, false},
		{"no fingerprint", func(d string) string {
			return strings.Replace(d, "\t"+want[0].Fingerprint+"\t", "\t\t", 1)
		}, false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			dir := t.TempDir()
			s, err := OpenStore(dir)
			must(t, err)
			if got := s.Entries(); !slices.Equal(got, want) {
				t.Fatalf("first open: entries %+v, want %+v", got, want)
			}
			path := filepath.Join(dir, seedCacheFile)
			data, err := os.ReadFile(path)
			if err != nil {
				t.Fatalf("no seed cache written: %v", err)
			}
			must(t, os.WriteFile(path, []byte(tt.edit(string(data))), 0o644))
			s, err = OpenStore(dir)
			must(t, err)
			got := s.Entries()
			wantNow := slices.Clone(want)
			if tt.altered {
				wantNow[0].Source.Title = "Altered title"
			}
			if !slices.Equal(got, wantNow) {
				t.Errorf("second open: entries %+v, want %+v", got, wantNow)
			}
			if d, ok := s.Get(seedID); !ok || d != Seed()[0] {
				t.Errorf("Get(%s) = %v, %v; want the parsed seed", seedID, d, ok)
			}
			if !tt.altered {
				// an ignored cache is written again as the first open wrote it
				again, err := os.ReadFile(path)
				if err != nil || string(again) != string(data) {
					t.Errorf("seed cache not rewritten (%v):\n%s\nwant\n%s", err, again, data)
				}
			}
		})
	}
}

// TestSeedCacheNoDir: a store over a directory that does not exist opens
// with the seed and writes nothing.
func TestSeedCacheNoDir(t *testing.T) {
	dir := filepath.Join(t.TempDir(), "missing")
	s, err := OpenStore(dir)
	must(t, err)
	if got := s.Entries(); !slices.Equal(got, seedEntriesParsed()) {
		t.Errorf("entries %+v", got)
	}
	if _, err := os.Stat(dir); !os.IsNotExist(err) {
		t.Errorf("%s created: %v", dir, err)
	}
}
