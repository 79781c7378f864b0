package corpus

import (
	"strings"
	"testing"
)

// freshCase is a document in a format the extraction was not first tuned
// on: the provisions it must give (plan, number, a fragment of the text)
// and fragments no provision may hold.
type freshCase struct {
	name, doc string
	want      []Provision // Plan, Number, Text: a fragment of the provision's text
	not       []string    // fragments no provision may contain
}

// checkFresh parses each case and compares its provisions.
func checkFresh(t *testing.T, tests []freshCase) {
	t.Helper()
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			d, err := Parse([]byte(tt.doc), ParseOptions{Now: fixedNow})
			if err != nil {
				t.Fatal(err)
			}
			for _, w := range tt.want {
				found := false
				for _, p := range d.Provisions {
					if p.Plan == w.Plan && p.Number == w.Number && strings.Contains(p.Text, w.Text) {
						found = true
						break
					}
				}
				if !found {
					t.Errorf("missing %s #%d %q in %+v", w.Plan, w.Number, w.Text, d.Provisions)
				}
			}
			for _, n := range tt.not {
				for _, p := range d.Provisions {
					if strings.Contains(p.Text, n) {
						t.Errorf("unwanted provision %s #%d %q", p.Plan, p.Number, p.Text)
					}
				}
			}
		})
	}
}

// TestProvisionVersionBySection checks that a point takes the version its
// section or document is about, not one the section before named in
// passing.
func TestProvisionVersionBySection(t *testing.T) {
	checkFresh(t, []freshCase{
		{name: "english explainer", doc: "# What the US draft says\n\nThe European counter-proposal takes a different line on land.\n\n## Army\n\nUnder point 6, Ukraine's armed forces would be capped at 600,000 personnel.\n",
			want: []Provision{{Plan: "US 28-point draft", Number: 6, Text: "capped at 600,000"}}},
		{name: "italian explainer", doc: "# Cosa prevede il piano in 28 punti\n\nLa controproposta europea parte da un'altra linea.\n\n## Esercito\n\nIl punto 6 limita l'esercito ucraino a 600 mila uomini.\n",
			want: []Provision{{Plan: "US 28-point draft", Number: 6, Text: "600 mila"}}},
		{name: "europe's version", doc: "# What the US draft says\n\nUnder point 6, the army would be capped at 600,000.\n\nEurope's version lifts the ceiling to 800,000 in peacetime.\n",
			want: []Provision{{Plan: "European counter-proposal", Text: "lifts the ceiling to 800,000"}}},
		{name: "europe’s draft", doc: "# What the US draft says\n\nUnder point 6, the army would be capped at 600,000.\n\nEurope’s draft limits the army to 800,000 in peacetime.\n",
			want: []Provision{{Plan: "European counter-proposal", Text: "limits the army to 800,000"}}},
	})
}
