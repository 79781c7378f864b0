package corpus

import (
	"encoding/json"
	"os"
	"slices"
	"strings"
	"testing"
)

// TestProvisionTermGapDiag prints, for each missed provision of the released
// sets that extraction gave nowhere, the catalogue term of the gold's point
// nearest to the sentence: which of its groups the sentence's words fill and
// which none of its words cover. The list is the raw matter of a cause table
// of missing term data (stop 62, zterms): a group missing in three sets or more
// in one language is a gap in the lexicon, not a fixture's wording. Blind sets
// are skipped. Run it with PLANBOT_TERMGAP_DIAG set:
//
//	PLANBOT_TERMGAP_DIAG=1 go test ./corpus -run TestProvisionTermGapDiag -v -count=1
func TestProvisionTermGapDiag(t *testing.T) {
	if os.Getenv("PLANBOT_TERMGAP_DIAG") == "" {
		t.Skip("set PLANBOT_TERMGAP_DIAG to print the terms missed provisions lack")
	}
	c := planTermsData()
	var sc termScan
	eachMissedProvision(t, nil, nil, func(m missedProvision) {
		g, frag, sent := m.g, m.frag, m.sent
		var got []string
		for _, h := range c.matchTerms(&sc, sent) {
			got = append(got, c.terms[h.term].ID)
		}
		best, bestMiss := "", 99
		var bestGroups []string
		for _, tm := range c.terms {
			if !termGivesGold(&tm, g) {
				continue
			}
			var missing []string
			for gi, grp := range tm.All {
				one := catalogueOf(tm.ID, gi, grp)
				if len(c.matchTermsOf(&sc, one, sent)) == 0 {
					missing = append(missing, strings.Join(grp[:min(len(grp), 4)], "|"))
				}
			}
			if len(missing) < bestMiss {
				best, bestMiss, bestGroups = tm.ID, len(missing), missing
			}
		}
		t.Logf("GAP %s %s %s %s#%d term=%s missing=%d %q got=%v frag=%q sent=%q", m.set, m.lang, m.doc, g.Plan, g.Number, best, bestMiss, bestGroups, got, frag, sent)
	})
}

// catalogueOf is a one-term, one-group catalogue of a group of term id, to
// ask whether a sentence fills that group alone.
func catalogueOf(id string, gi int, grp []string) []planTerm {
	return []planTerm{{ID: id + "/" + string(rune('0'+gi)), All: [][]string{slices.Clone(grp)}}}
}

// groupCatalogues caches the one-group catalogues of matchTermsOf.
var groupCatalogues = map[string]*termCatalogue{}

// matchTermsOf matches a small catalogue of terms against low, with the
// number words of the full catalogue.
func (c *termCatalogue) matchTermsOf(_ *termScan, ts []planTerm, low string) []termHit {
	cc := groupCatalogues[ts[0].ID]
	if cc == nil {
		var raw map[string]any
		if err := json.Unmarshal(planTermsJSON, &raw); err != nil {
			return nil
		}
		raw["terms"] = ts
		b, _ := json.Marshal(raw)
		var err error
		if cc, err = loadPlanTerms(b); err != nil {
			return nil
		}
		groupCatalogues[ts[0].ID] = cc
	}
	var sc termScan
	return slices.Clone(cc.matchTerms(&sc, low))
}
