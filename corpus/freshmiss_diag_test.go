package corpus

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// TestFreshMissDiag prints every missed gold statement of the released sets
// named in PLANBOT_FRESH_DIAG (comma-separated set names, "heldout-zzg,…";
// "all" for every released set), with the kind of miss (never, speaker,
// bounds, role), the extracted statement nearest to it and the document's
// line that holds its first words: the list the stop-67 zfreshs cause
// table was read from. Blind sets are never walked (eachReleasedParse).
//
//	PLANBOT_FRESH_DIAG=heldout-zzi go test ./corpus -run TestFreshMissDiag -v -count=1
func TestFreshMissDiag(t *testing.T) {
	want := os.Getenv("PLANBOT_FRESH_DIAG")
	if want == "" {
		t.Skip("set PLANBOT_FRESH_DIAG to the sets whose statement misses to print")
	}
	sets := map[string]bool{}
	for _, s := range strings.Split(want, ",") {
		sets[strings.TrimSpace(s)] = true
	}
	total := 0
	eachReleasedParse(t, ParseOptions{}, func(set string, f goldFixture, d *Document) {
		if !sets["all"] && !sets[set] {
			return
		}
		for _, gs := range f.gold.Statements {
			if gs.foundIn(d.Statements) {
				continue
			}
			total++
			kind := gs.nearIn(d.Statements)
			if kind == "" {
				kind = "never"
			}
			words := strings.Fields(fragmentWords(gs.Fragment))
			best, bestN := Statement{}, 0
			for _, s := range d.Statements {
				have := goldLow(s.Text)
				n := 0
				for _, w := range words {
					if strings.Contains(have, strings.Trim(w, "\"'“”„«»‹›‚‘,.;:!?()")) {
						n++
					}
				}
				if n > bestN {
					best, bestN = s, n
				}
			}
			if len(words) > 3 {
				words = words[:3]
			}
			probe := strings.Join(words, " ")
			line := ""
			for _, l := range strings.Split(string(f.data), "\n") {
				low := goldLow(l)
				if i := strings.Index(low, probe); i >= 0 {
					line = low[max(0, i-250):min(len(low), i+len(probe)+120)]
					break
				}
			}
			bt := best.Text
			if len(bt) > 140 {
				bt = bt[:140]
			}
			t.Logf("MISS %s %s %s | gold %q role %q alt %q | %q\n\tnear %d/%d sp=%q role=%q %q\n\tline %q",
				kind, set, filepath.Base(f.doc), gs.Speaker, gs.Role, gs.AltSpeaker, gs.Fragment,
				bestN, len(strings.Fields(fragmentWords(gs.Fragment))), best.Speaker, best.Role, bt, line)
		}
	})
	t.Logf("MISS total %d", total)
}
