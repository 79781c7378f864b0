package corpus

import "testing"

// TestPointAfterClause checks that "<terms> - that is point 21." numbers
// the terms before the dash and leaves the next sentence its own
// (provisions_backpointer.go); negatives: a sentence that only introduces
// the point ("The most contested part of the draft is point 21.") still
// gives it the next sentence's terms.
func TestPointAfterClause(t *testing.T) {
	us, fw := "US 28-point draft", "20-point framework"
	checkFresh(t, []freshCase{
		{name: "en digit after a dash", doc: talksHead("en") + "A 28-point US draft reaches the press in November.\n\nCrimea, Luhansk and Donetsk would be recognised as de facto Russian - that is point 21. Ukraine would hold elections within 100 days (point 25).\n",
			want: []Provision{{Plan: us, Number: 21, Text: "de facto Russian"}, {Plan: us, Number: 25, Text: "within 100 days"}},
			not:  []string{"point 21. Ukraine"}},
		{name: "en ordinal after a dash", doc: talksHead("en") + "The 20-point framework was presented on 23 December.\n\nElections should happen as soon as possible after the agreement is signed — that is the eighteenth point. But you cannot vote under missiles.\n",
			want: []Provision{{Plan: fw, Number: 18, Text: "as soon as possible after the agreement is signed"}},
			not:  []string{"cannot vote under missiles"}},
		{name: "uk ordinal after a dash", doc: talksHead("uk") + "Рамковий план із 20 пунктів оприлюднили 23 грудня.\n\nУкраїна стане членом ЄС у визначений термін — це сьомий пункт. Одинадцятий: Україна залишається без'ядерною державою.\n",
			want: []Provision{{Plan: fw, Number: 7, Text: "членом ЄС"}},
			not:  []string{"сьомий пункт. Одинадцятий"}},
		// negative: the point is introduced, its terms follow
		{name: "en introduced point", doc: talksHead("en") + "A 28-point US draft reaches the press in November.\n\nThe most contested part of the draft is point 21. It says Crimea, Luhansk and Donetsk would be recognised as de facto Russian.\n",
			want: []Provision{{Plan: us, Number: 21, Text: "de facto Russian"}}},
	})
}
