package index

import (
	"testing"
)

// TestRankNamedPlan: a question naming a version of the plan is answered
// first by that version's point, though the other version's point says
// the question's other words more often and in fewer words; in English
// and in German. A lead-in that only names the version ("28 point plan
// elections") is no answer. An off-topic question is answered by nothing
// (the key only orders hits the rule accepts).
func TestRankNamedPlan(t *testing.T) {
	ix := openFixtureIndex(t, "testdata/rankplan/*.md", 3)
	for _, c := range []struct{ query, want string }{
		{"counterproposal army ukraine", "800,000"},
		{"european version army ukraine", "800,000"},
		{"28 point plan army ukraine", "600,000"},
		{"Gegenvorschlag Armee Ukraine", "800.000"},
		{"amerikanische Plan Armee Ukraine", "600.000"},
		{"europäischer Gegenvorschlag Friedenszeiten Reserve", "800.000"},
		{"counterproposal elections", "martial law"},
		{"28 point plan elections", "100 days"},
		{"Gegenvorschlag Wahlen", "Kriegsrecht"},
		{"bitcoin price today", ""},
	} {
		wantFirst(t, ix, c.query, c.want)
	}
}

// TestNamedPlans: the versions a question names, in any language and
// written loosely; none for a question naming none or every one.
func TestNamedPlans(t *testing.T) {
	for _, c := range []struct {
		query string
		want  []string
	}{
		{"20 point plan army", []string{"20-point framework"}},
		{"19 point plan army", []string{"Geneva framework"}},
		{"20-Punkte-Plan Armee", []string{"20-point framework"}},
		{"piano in 20 punti esercito", []string{"20-point framework"}},
		{"план из 20 пунктов армия", []string{"20-point framework"}},
		{"plan en 19 points armée", []string{"Geneva framework"}},
		{"Gegenvorschlag Armee", []string{"European counter-proposal"}},
		{"cosa prevede il piano americano sulla NATO", []string{"US 28-point draft"}},
		{"what does europes plan say about land", []string{"European counter-proposal"}},
		{"bonus plan for troops", nil},
		{"army size", nil},
	} {
		var got map[string]bool
		if n := namedPlans(c.query); n != nil {
			got = n.plans
		}
		if len(got) != len(c.want) {
			t.Errorf("namedPlans(%q) = %v, want %v", c.query, got, c.want)
			continue
		}
		for _, p := range c.want {
			if !got[p] {
				t.Errorf("namedPlans(%q) = %v, want %v", c.query, got, c.want)
			}
		}
	}
}
