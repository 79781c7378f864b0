package corpus

import (
	"path/filepath"
	"strings"
	"testing"
)

// The provision diagnostics (provmiss_terms_test.go, provmiss_gates_test.go)
// walk the same released sets, read a missed provision's sentence out of its
// document and ask which catalogue terms could have given its point; the
// helpers below are those shared steps.

// releasedExtractionDirs is every extraction fixture directory whose gold a
// diagnostic may print: the held-out sets not blind, and the dev set.
func releasedExtractionDirs(t *testing.T) []string {
	t.Helper()
	dirs, err := filepath.Glob("testdata/extraction/heldout-*")
	if err != nil {
		t.Fatal(err)
	}
	var out []string
	for _, dir := range append(dirs, "testdata/extraction") {
		if !isBlind(dir) {
			out = append(out, dir)
		}
	}
	return out
}

// goldPlanVersions maps a gold file's plan name (lower case) to the
// catalogue versions whose terms may give its points: a 28-point point may
// stand in the Geneva and 20-point texts as well.
var goldPlanVersions = map[string][]string{
	"28-point":         {"US 28-point draft", "Geneva framework", "20-point framework"},
	"counter-proposal": {"European counter-proposal"},
	"20-point":         {"20-point framework"},
}

// sentenceAround is the sentence of raw (a lower-cased document) that holds
// frag, from the mark before it to the mark after it, and false when raw does
// not hold frag.
func sentenceAround(raw, frag string) (string, bool) {
	i := strings.Index(raw, frag)
	if i < 0 {
		return "", false
	}
	lo := strings.LastIndexAny(raw[:i], ".!?;") + 1
	hi := i + len(frag)
	if j := strings.IndexAny(raw[hi:], ".!?;"); j >= 0 {
		hi += j
	} else {
		hi = len(raw)
	}
	return raw[lo:hi], true
}

// missedProvision is a released gold provision extraction gave nowhere: no
// provision of its document matches it or holds its fragment.
type missedProvision struct {
	set  string        // the set's directory name ("heldout-zq", "extraction")
	doc  string        // the document's file name
	lang string        // the language extraction read the document in
	g    goldProvision // the gold provision
	frag string        // g's fragment as goldLow reads it
	sent string        // the sentence of the document around frag
}

// eachMissedProvision calls fn for every missed provision of the released
// sets whose sentence can be read out of its document, in set and file
// order: the walk both provision diagnostics make. before, when not nil,
// runs before each document is parsed (the gate diagnostic clears the
// trace it collects while parsing), and trace, when not nil, is the parse's
// plan-term tracer (ParseOptions.termTrace).
func eachMissedProvision(t *testing.T, trace termTracer, before func(), fn func(missedProvision)) {
	t.Helper()
	for _, dir := range releasedExtractionDirs(t) {
		for _, f := range goldFixtures(t, dir) {
			if before != nil {
				before()
			}
			d, err := Parse(f.data, ParseOptions{Name: filepath.Base(f.doc), Now: fixedNow, termTrace: trace})
			if err != nil {
				continue
			}
			raw := goldLow(string(f.data))
			for _, g := range f.gold.Provisions {
				hit, near := false, false
				frag := goldLow(g.Fragment)
				for _, p := range d.Provisions {
					hit = hit || g.matches(p)
					near = near || strings.Contains(goldLow(p.Text), frag)
				}
				if hit || near {
					continue
				}
				if sent, ok := sentenceAround(raw, frag); ok {
					fn(missedProvision{filepath.Base(dir), filepath.Base(f.doc), d.Source.Lang, g, frag, sent})
				}
			}
		}
	}
}

// termGivesGold reports whether tm could give the gold provision g: it
// numbers g's point in one of g's versions, or g has no number and tm
// belongs to or is allowed in one of them.
func termGivesGold(tm *planTerm, g goldProvision) bool {
	for _, v := range goldPlanVersions[goldLow(g.Plan)] {
		n, in := tm.Points[v]
		if in && (g.Number == 0 || n == g.Number) || g.Number == 0 && (tm.Plan == v || tm.allows(v)) {
			return true
		}
	}
	return false
}
