package corpus

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// TestQuoteContextDiag measures the context reading of quotations
// (quotecontext.go) on its own over the released extraction sets (never a
// blind one): every statement the documents give with it and not without
// it, and whether a gold statement matches it. It runs only with
// PLANBOT_QUOTECONTEXT_DIAG set:
//
//	PLANBOT_QUOTECONTEXT_DIAG=1 go test ./corpus -run TestQuoteContextDiag -v -count=1
func TestQuoteContextDiag(t *testing.T) {
	if os.Getenv("PLANBOT_QUOTECONTEXT_DIAG") == "" {
		t.Skip("set PLANBOT_QUOTECONTEXT_DIAG to print what the context reading adds")
	}
	dirs, _ := filepath.Glob("testdata/extraction/heldout*")
	right, wrong, lost, rightSp := 0, 0, 0, 0
	for _, d := range append([]string{"testdata/extraction"}, dirs...) {
		if isBlind(d) {
			continue
		}
		for _, f := range goldFixtures(t, d) {
			doc, g, data := f.doc, f.gold, f.data
			parse := func(off bool) *Document {
				dd, err := Parse(data, ParseOptions{Name: filepath.Base(doc), Now: fixedNow, noQuoteContext: off})
				if err != nil {
					return &Document{}
				}
				return dd
			}
			without, with := parse(true), parse(false)
			had := map[string]bool{}
			for _, s := range without.Statements {
				had[s.Speaker+"\x00"+s.Text] = true
			}
			now := map[string]bool{}
			for _, s := range with.Statements {
				now[s.Speaker+"\x00"+s.Text] = true
				if had[s.Speaker+"\x00"+s.Text] {
					continue
				}
				ok, okSp := false, false
				for _, gs := range g.Statements {
					if gs.matches(s) {
						ok = true
					}
					if gs.matchesSpeaker(s) {
						okSp = true
					}
				}
				if okSp {
					rightSp++
				}
				if ok {
					right++
				} else {
					wrong++
				}
				t.Logf("CTX %v %s: %s (%s) / %q", ok, filepath.Base(doc), s.Speaker, s.Role, s.Text)
			}
			for _, s := range without.Statements {
				if !now[s.Speaker+"\x00"+s.Text] {
					lost++
					t.Logf("CTX LOST %s: %s / %q", filepath.Base(doc), s.Speaker, s.Text)
				}
			}
		}
	}
	t.Logf("context reading: %d statements, %d match gold, %d do not (precision %.2f; speaker only %d, %.2f); %d statements changed away", right+wrong, right, wrong, ratio(right, right+wrong), rightSp, ratio(rightSp, right+wrong), lost)
}

// TestQuoteMissDiag tallies, for every missed gold statement of the
// released sets whose fragment is in a quotation, what the
// quotation-first pass made of that quotation. PLANBOT_QUOTECONTEXT_DIAG.
func TestQuoteMissDiag(t *testing.T) {
	if os.Getenv("PLANBOT_QUOTECONTEXT_DIAG") == "" {
		t.Skip("set PLANBOT_QUOTECONTEXT_DIAG")
	}
	type ev struct{ why, inner, s string }
	var evs []ev
	trace := func(why, inner, s string) { evs = append(evs, ev{why, inner, s}) }
	tally := map[string]int{}
	dirs, _ := filepath.Glob("testdata/extraction/heldout*")
	for _, d := range append([]string{"testdata/extraction"}, dirs...) {
		if isBlind(d) {
			continue
		}
		for _, f := range goldFixtures(t, d) {
			doc, g, data := f.doc, f.gold, f.data
			evs = evs[:0]
			dd, err := Parse(data, ParseOptions{Name: filepath.Base(doc), Now: fixedNow, quoteTrace: trace})
			if err != nil {
				continue
			}
			for _, gs := range g.Statements {
				if gs.foundIn(dd.Statements) {
					continue
				}
				frag := goldLow(gs.Fragment)
				frag = strings.Trim(frag, "\"“”„«»‹›‚‘' .,")
				why := "noquote"
				for _, e := range evs {
					in := goldLow(e.inner)
					if len(frag) > 3 && (strings.Contains(in, frag) || strings.Contains(frag, in) && len(in) > 10) {
						why = e.why
						if strings.HasPrefix(why, "EMIT") {
							why = "EMIT"
						}
						break
					}
				}
				if why == "noquote" {
					raw := goldLow(string(data))
					if i := strings.Index(raw, frag); i >= 0 {
						seg := raw[max(0, i-3):min(len(raw), i+len(frag)+3)]
						if strings.ContainsAny(seg, "\"“”„«»") {
							why = "quote-untraced"
						}
					}
				}
				tally[strings.Fields(why)[0]]++
				t.Logf("MISS %s %s: %s / %q", why, filepath.Base(doc), gs.Speaker, gs.Fragment)
			}
		}
	}
	t.Logf("tally %v", tally)
}
