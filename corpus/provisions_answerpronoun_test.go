package corpus

import "testing"

// TestPronounAnswers: an explainer's answer that speaks of the point its
// question names with a pronoun ("It says …", "Er sieht vor, …", "Il
// prévoit …", "Предусматривает, …") is that point, in the version the
// question names; an answer that is an opinion ("It would be a mistake")
// or a question about no single point gives none.
func TestPronounAnswers(t *testing.T) {
	tests := []struct {
		name, lang, q, a string
		number           int
	}{
		{"en", "en", "**What does point 7 of the US draft say?**", "It says Ukraine would enshrine in its constitution that it will not join NATO.", 7},
		{"de", "de", "Was steht in Punkt 12 des 20-Punkte-Plans?", "Er sieht vor, dass das Atomkraftwerk gemeinsam mit den USA betrieben wird.", 12},
		{"fr", "fr", "Que dit le point 5 du plan en 20 points ?", "Il prévoit des garanties de sécurité calquées sur l'article 5.", 5},
		{"ru", "ru", "Что говорится в пункте 14 плана из 20 пунктов?", "Предусматривает, что войска остаются на текущей линии.", 14},
		{"opinion", "en", "Is point 7 of the US draft a good idea?", "It would be a mistake to write such a ban into a constitution, many lawyers say.", 0},
		{"two points", "en", "What do points 6 and 7 of the US draft say?", "It says the army is capped and NATO membership is ruled out.", 0},
	}
	for _, tc := range tests {
		doc := "---\ntitle: Explainer\nlang: " + tc.lang + "\npublished: 2025-12-10\n---\n\nThe plan explained.\n\n" + tc.q + "\n\n" + tc.a + "\n"
		d, err := Parse([]byte(doc), ParseOptions{Name: "explainer.md"})
		if err != nil {
			t.Fatal(err)
		}
		got := 0
		for _, p := range d.Provisions {
			if p.Number == tc.number && tc.number > 0 || tc.number == 0 && p.Number == 7 && p.Text[:2] == "It" {
				got = p.Number
			}
		}
		if got != tc.number {
			t.Errorf("%s: provisions %+v, want point %d", tc.name, d.Provisions, tc.number)
		}
	}
}
