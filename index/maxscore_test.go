package index

import (
	"context"
	"fmt"
	"math/rand/v2"
	"slices"
	"strings"
	"testing"

	"planbot/corpus"
)

// TestPeaksOf: a list's peaks are the (frequency, norm) pairs no other
// posting beats on both, highest frequency first.
func TestPeaksOf(t *testing.T) {
	for _, c := range []struct {
		name  string
		freqs []uint32
		norms []float32
		want  []peak
	}{
		{"one posting", []uint32{2}, []float32{0.5}, []peak{{2, 0.5}}},
		{"one pair beats all", []uint32{1, 3, 2}, []float32{0.2, 0.6, 0.4}, []peak{{3, 0.6}}},
		{"a trade-off", []uint32{1, 4, 2, 1}, []float32{0.7, 0.1, 0.3, 0.2}, []peak{{4, 0.1}, {2, 0.3}, {1, 0.7}}},
		{"ties", []uint32{2, 2, 1}, []float32{0.5, 0.5, 0.5}, []peak{{2, 0.5}}},
		{"none", nil, nil, []peak{}},
	} {
		if got := peaksOf(c.freqs, c.norms); !slices.Equal(got, c.want) {
			t.Errorf("%s: peaks %v, want %v", c.name, got, c.want)
		}
	}
}

// germanDocs are n invented German reports' points built from a few
// phrases in random number and order, so that common words match most
// of them, a few times each, in texts of different lengths.
func germanDocs(n int, seed uint64) []*corpus.Document {
	r := rand.New(rand.NewPCG(seed, 7))
	phrases := []string{
		"Die Gespräche über einen Waffenstillstand gehen weiter.",
		"Die Delegationen treffen sich wieder in Genf.",
		"Sicherheitsgarantien bleiben umstritten.",
		"Der Austausch der Gefangenen soll bald beginnen.",
		"Die Regierung prüft den Entwurf genau.",
		"Über die Grenze wird später gesprochen.",
	}
	var docs []*corpus.Document
	for i := 0; i < n; i += 20 {
		src := corpus.Source{ID: fmt.Sprintf("de-%d", i), Title: fmt.Sprintf("Bericht %d", i), Outlet: "Erfundene Zeitung",
			URL: fmt.Sprintf("https://example.org/de/%d", i), Published: "2025-10-01", Lang: "de", Plan: "Entwurf", Hash: fmt.Sprintf("de%d", i)}
		d := &corpus.Document{Source: src}
		for j := 0; j < 20 && i+j < n; j++ {
			var b strings.Builder
			for range 1 + r.IntN(6) {
				b.WriteString(phrases[r.IntN(len(phrases))] + " ")
			}
			d.Provisions = append(d.Provisions, corpus.Provision{ID: fmt.Sprintf("%s-p%d", src.ID, j), SourceID: src.ID,
				Plan: src.Plan, Number: j + 1, Text: strings.TrimSpace(b.String()), Position: j})
		}
		docs = append(docs, d)
	}
	return docs
}

// TestPeakBoundsSkipMore: with each term bounded by its best score over
// its postings (maxscore.go) rather than by BM25's saturation, walks
// score fewer candidates (never more for any query, fewer over all of
// them), and searches and shared searches still return
// the hits, scores and totals of a walk that skips nothing; English and
// German queries, over an index of several segments and compacted.
func TestPeakBoundsSkipMore(t *testing.T) {
	ctx := context.Background()
	docs := append(Synthetic(4000, 13), germanDocs(3000, 13)...)
	texts := []string{
		"talks on a ceasefire",
		"prisoners exchange in geneva",
		"Gespräche über einen Waffenstillstand",
		"Austausch der Gefangenen in Genf",
	}
	defer func() { peakScoring, flatSkipping = true, true }()
	var totalSaturation, totalPeaks int64
	for _, compact := range []bool{false, true} {
		ix := diskIndex(t, docs, compact)
		for _, text := range texts {
			qs := []corpus.Query{
				{Text: text, Limit: 3},
				{Text: text, Kind: corpus.KindProvision, Limit: 5},
				{Text: text, Kind: corpus.KindStatement, Limit: 2, Offset: 1},
			}
			flatSkipping = false
			want := searchEach(ctx, t, ix, qs)
			flatSkipping = true
			scored := func(peaks bool) int64 {
				peakScoring = peaks
				before := flatScored.Load()
				sameAsBefore(ctx, t, ix, qs, want)
				return flatScored.Load() - before
			}
			saturation, peaks := scored(false), scored(true)
			if peaks > saturation {
				t.Errorf("compacted %v, %q: %d candidates scored with the peaks' bounds, %d with saturation's; want no more", compact, text, peaks, saturation)
			}
			totalSaturation += saturation
			totalPeaks += peaks
		}
	}
	// A query whose glossary expansion is wide (a domain term with forms
	// in many languages, each a list of its own) may leave the peaks
	// nothing to skip, so the gain is asked of the queries together.
	if totalPeaks >= totalSaturation {
		t.Errorf("%d candidates scored with the peaks' bounds over all queries, %d with saturation's; want fewer", totalPeaks, totalSaturation)
	}
}
