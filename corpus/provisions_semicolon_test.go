package corpus

import "testing"

// TestSemicolonItems checks that items run on with semicolons are read one
// by one, in French and English: a point named in one item keeps only its
// own words, and takes no version the next item names.
func TestSemicolonItems(t *testing.T) {
	checkFresh(t, []freshCase{
		{name: "french recitals", doc: "# Un vœu sur l'Ukraine\n\nLes élus ont adopté un vœu dont voici les considérants.\n\n> Considérant que le projet américain en vingt-huit points prévoit, en son point 21, que la Crimée serait reconnue de facto comme russe ;\n> Considérant que le même texte limite, en son point 6, les forces armées ukrainiennes à 600 000 hommes ;\n> Considérant que la contre-proposition européenne prévoit au contraire que les négociations territoriales partent de la ligne de contact ;\n> Le conseil demande qu'aucun accord ne soit conclu sans l'Ukraine.\n",
			want: []Provision{{Plan: "US 28-point draft", Number: 6, Text: "600 000 hommes"}},
			not:  []string{"600 000 hommes ; Considérant"}},
		{name: "english run-on list", doc: "# The council motion\n\nThe motion recalls the drafts in one line.\n\nNoting that the US draft, in its point 6, caps Ukraine's armed forces at 600,000; Noting that the European counter-proposal says talks on territory begin from the line of contact; Calling on the government to act.\n",
			want: []Provision{{Plan: "US 28-point draft", Number: 6, Text: "600,000"}},
			not:  []string{"600,000; Noting"}},
	})
}

// TestCutSemicolons checks where an item ends.
func TestCutSemicolons(t *testing.T) {
	for in, want := range map[string]int{
		"Ukraine keeps its army at 600 000 hommes ; Considérant que le texte":    2,
		"the army is capped; the line is frozen":                                 1,
		"Ukraine gets firm guarantees; Russia rejoins the G8; Kyiv holds a vote": 3,
		"a; B": 1,
	} {
		if got := len(cutSemicolons(in)); got != want {
			t.Errorf("cutSemicolons(%q) gives %d items, want %d", in, got, want)
		}
	}
}
