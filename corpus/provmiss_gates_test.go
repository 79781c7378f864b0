package corpus

import (
	"os"
	"sort"
	"strings"
	"sync"
	"testing"
)

// TestProvisionGateDiag prints, for each missed provision of the released
// sets whose sentence fills every group of a catalogue term of its point,
// the check of termProvisions that stopped the sentence (ParseOptions.termTrace), and a
// cause table by distinct sets: the raw matter of stop 62's zgate (which
// gate's wrong drops recur over three sets or more). "term-window" is a
// sentence whose groups the term's words fill one by one but not as the
// term (order, distance); "later-pass" a provision made and lost after
// termProvisions; "untraced" a sentence no gate saw (a paragraph read by
// another rule). Blind sets are skipped. Run it with PLANBOT_GATE_DIAG set:
//
//	PLANBOT_GATE_DIAG=1 go test ./corpus -run TestProvisionGateDiag -v -count=1
func TestProvisionGateDiag(t *testing.T) {
	if os.Getenv("PLANBOT_GATE_DIAG") == "" {
		t.Skip("set PLANBOT_GATE_DIAG to print the gates that stopped missed provisions")
	}
	c := planTermsData()
	type event struct{ gate, low string }
	var mu sync.Mutex
	var events []event
	trace := func(gate, text string) {
		mu.Lock()
		events = append(events, event{gate, goldLow(text)})
		mu.Unlock()
	}
	bySets := map[string]map[string]bool{}
	count := map[string]int{}
	var sc termScan
	eachMissedProvision(t, trace, func() { events = events[:0] }, func(m missedProvision) {
		g, frag, sent := m.g, m.frag, m.sent
		full, whole := "", false
		for _, tm := range c.terms {
			if !termGivesGold(&tm, g) {
				continue
			}
			filled := true
			for gi, grp := range tm.All {
				if len(c.matchTermsOf(&sc, catalogueOf(tm.ID, gi, grp), sent)) == 0 {
					filled = false
					break
				}
			}
			if !filled {
				continue
			}
			if full == "" {
				full = tm.ID
			}
			for _, h := range c.matchTerms(&sc, sent) {
				if c.terms[h.term].ID == tm.ID {
					full, whole = tm.ID, true
				}
			}
		}
		if full == "" {
			return // a term's group no word fills: TestProvisionTermGapDiag
		}
		key := frag
		if len(key) > 40 {
			key = key[:40]
		}
		var gates []string
		seen := map[string]bool{}
		for _, e := range events {
			if strings.Contains(e.low, key) && !seen[e.gate] {
				seen[e.gate] = true
				gates = append(gates, e.gate)
			}
		}
		cause := "untraced"
		switch {
		case !whole:
			cause = "term-window"
		case len(gates) > 0:
			cause = gates[0]
			for _, gt := range gates {
				if strings.HasPrefix(gt, "made:") {
					cause = "later-pass"
				}
			}
			if k := strings.IndexByte(cause, ':'); k > 0 {
				cause = cause[:k]
			}
		}
		if bySets[cause] == nil {
			bySets[cause] = map[string]bool{}
		}
		bySets[cause][m.set] = true
		count[cause]++
		t.Logf("GATE %s %s %s#%d cause=%s term=%s gates=%v frag=%q sent=%q", m.set, m.doc, g.Plan, g.Number, cause, full, gates, frag, sent)
	})
	causes := make([]string, 0, len(count))
	for k := range count {
		causes = append(causes, k)
	}
	sort.Slice(causes, func(i, j int) bool {
		a, b := len(bySets[causes[i]]), len(bySets[causes[j]])
		return a > b || a == b && causes[i] < causes[j]
	})
	for _, k := range causes {
		sets := make([]string, 0, len(bySets[k]))
		for s := range bySets[k] {
			sets = append(sets, s)
		}
		sort.Strings(sets)
		t.Logf("CAUSE %-24s misses=%d sets=%d %v", k, count[k], len(sets), sets)
	}
}
