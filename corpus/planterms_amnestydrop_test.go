package corpus

import (
	"strings"
	"testing"
)

// TestAmnestyDroppedProvisions checks the counter-proposal's drop of the
// amnesty (planterms.json amnesty-dropped, a Drop term): the sentence that
// says the European text struck it out is that text's provision, in
// several languages; with no version named in the sentence (a pronoun
// for the text above), in a wire headline, or with the drop word in
// another clause, it is none.
func TestAmnestyDroppedProvisions(t *testing.T) {
	const head = "---\npublished: 2025-11-25\n---\n# Europe answers the US plan\n\nBritain, France and Germany sent back their own version of the plan.\n\n"
	for _, tt := range []struct {
		body, want string // want: the counter-proposal provision's words, "" for none
	}{
		{"The European counter-proposal drops the amnesty and insists on bringing back the deported children.\n", "drops the amnesty"},
		{"Außerdem heißt es, dass der europäische Gegenvorschlag die vollständige Amnestie streicht.\n", "die vollständige amnestie streicht"},
		{"В европейском контрпредложении пункт об амнистии был вычеркнут.\n", "пункт об амнистии был вычеркнут"},
		{"Le contre-projet européen supprime l'amnistie.\n", "supprime l'amnistie"},
		{"La controproposta europea cancella l'amnistia.\n", "cancella l'amnistia"},
		{"Europejska kontrpropozycja skreśla amnestię.\n", "skreśla amnestię"},
		// negatives
		{"(Corrects paragraph 7 to show the amnesty clause is point 26; adds dropped word \"not\" in paragraph 9)\n", ""},
		{"The European counter-proposal keeps the frozen assets for Kyiv.\n", ""},
		{"The counter-proposal drafted by London, Paris and Berlin starts talks from the line of contact. It also drops the blanket amnesty.\n", ""},
		{"Le contre-projet européen commence par la ligne de front. Il supprime aussi l'amnistie.\n", ""},
	} {
		d, err := Parse([]byte(head+tt.body), ParseOptions{Name: "x.md", Now: fixedNow})
		if err != nil {
			t.Fatal(err)
		}
		found := false
		var got []string
		for _, p := range d.Provisions {
			got = append(got, p.Plan+" "+p.Text)
			if p.Plan == counterProposal && tt.want != "" && strings.Contains(lowerString(p.Text), tt.want) {
				found = true
			}
			if tt.want == "" && p.Plan == counterProposal && strings.Contains(lowerString(p.Text), "amnest") {
				t.Errorf("%q: a counter-proposal provision %q", tt.body, p.Text)
			}
		}
		if tt.want != "" && !found {
			t.Errorf("%q: provisions %q, want the counter-proposal's %q", tt.body, got, tt.want)
		}
	}
	// a wire headline announces the drop; the story under it states it
	d, err := Parse([]byte("Europe's rewrite of U.S. Ukraine plan drops amnesty, keeps frozen assets\n\nBy A Reporter\n\nBRUSSELS, Nov 23 (Reuters) - European governments have sent Washington their own version of the plan.\n"), ParseOptions{Name: "w.txt", Now: fixedNow})
	if err != nil {
		t.Fatal(err)
	}
	for _, p := range d.Provisions {
		if strings.Contains(lowerString(p.Text), "amnesty") {
			t.Errorf("headline: provision %s %q", p.Plan, p.Text)
		}
	}
	// with no version named anywhere, the drop is no one's point
	d, err = Parse([]byte("---\npublished: 2025-11-25\n---\n# Talks go on\n\nThe talks went on all night.\n\nThe amnesty was dropped.\n"), ParseOptions{Name: "y.md", Now: fixedNow})
	if err != nil {
		t.Fatal(err)
	}
	for _, p := range d.Provisions {
		if strings.Contains(lowerString(p.Text), "amnesty") {
			t.Errorf("no version named: provision %s %q", p.Plan, p.Text)
		}
	}
}
