package perf

import (
	"math/rand/v2"
	"slices"
	"strings"
	"testing"
)

func TestQueries(t *testing.T) {
	qs := queries(1200, 1)
	if len(qs) != 1200 {
		t.Fatalf("%d queries", len(qs))
	}
	if !slices.Equal(qs, queries(1200, 1)) {
		t.Error("queries differ for the same seed")
	}
	if slices.Equal(qs, queries(1200, 2)) {
		t.Error("queries are the same for another seed")
	}
	seen := map[string]bool{}
	known := map[string]bool{}
	for _, list := range [][]string{qTopics, qSynonyms, qNames, qFrames, qOffTopic} {
		for _, p := range list {
			for _, w := range strings.Fields(p) {
				known[w] = true
			}
		}
	}
	typos := 0
	for _, q := range qs {
		if seen[q] {
			t.Errorf("duplicate %q", q)
		}
		seen[q] = true
		words := strings.Fields(q)
		if len(words) < 1 || len(words) > 4 {
			t.Errorf("%q has %d words", q, len(words))
		}
		for _, w := range words {
			if !known[w] {
				typos++
				break
			}
		}
	}
	// About a fifth are misspelt; short words and the odd typo that makes
	// another real word lower the share a little.
	if share := float64(typos) / float64(len(qs)); share < 0.12 || share > 0.25 {
		t.Errorf("%.0f%% of queries misspelt, want about 20%%", 100*share)
	}
}

func TestMisspell(t *testing.T) {
	for _, w := range []string{"sanctions", "kyiv", "zaporizhzhia"} {
		r := newRand(3)
		for range 20 {
			m := misspell(r, w)
			if m == w || m[0] != w[0] {
				t.Errorf("misspell(%q) = %q", w, m)
			}
		}
	}
	if got := misspell(newRand(1), "g8"); got != "g8" {
		t.Errorf("short word changed: %q", got)
	}
}

func newRand(seed uint64) *rand.Rand { return rand.New(rand.NewPCG(seed, 1)) }
