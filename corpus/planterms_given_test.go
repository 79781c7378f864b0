package corpus

import "testing"

// TestGivenAlreadyPointStated checks that a point found before gives a
// term of its version and number only when it states one of the point's
// terms: a label, talk about the point or a point numbered wrongly leaves
// the term to the sentence that states it; words held by another numbered
// point are that point's.
func TestGivenAlreadyPointStated(t *testing.T) {
	const us, fw, geneva = "US 28-point draft", "20-point framework", "Geneva framework"
	c := planTermsData()
	for _, tt := range []struct {
		name   string
		have   Provision
		plan   string
		number int
		words  string
		want   bool
	}{
		{"es label", Provision{Plan: fw, Number: 14, Text: ": 📌 PUNTO 14 (MARCO DE 20 PUNTOS)"}, fw, 14, "las tropas se quedan donde están", false},
		{"it talk about the point", Provision{Plan: us, Number: 25, Text: "Il venticinquesimo punto, aggiunge, andrebbe semplicemente cancellato"}, us, 25, "elezioni entro cento giorni", false},
		{"en view of the point", Provision{Plan: fw, Number: 6, Text: "A Russian law is only as good as the Duma that can repeal it"}, fw, 6, "non-aggression", false},
		{"uk numbered wrongly", Provision{Plan: fw, Number: 7, Text: "Одинадцятий: Україна залишається без'ядерною державою"}, fw, 7, "членом єс", false},
		{"ru words of another point", Provision{Plan: us, Number: 16, Text: "в шестнадцатом пункте Россия закрепляет политику ненападения в законе"}, us, 2, "ненападени", false},
		// negatives: the point states its term, or the words are given
		{"en point stated", Provision{Plan: us, Number: 6, Text: "Point 6 of the U.S. draft caps Ukraine's armed forces at 600,000"}, us, 6, "an army of 600,000", true},
		{"en another version's number", Provision{Plan: geneva, Number: 6, Text: "The sixth point of the American text set a ceiling of 600,000 troops"}, geneva, 6, "800,000", true},
		{"ru unnumbered words", Provision{Plan: us, Number: 16, Text: "в шестнадцатом пункте Россия закрепляет политику ненападения в законе"}, us, 0, "ненападени", true},
		{"de other version", Provision{Plan: us, Number: 6, Text: "Punkt 6 deckelt die Armee auf 600 000 Soldaten"}, fw, 6, "800 000", false},
	} {
		if got := givenAlready(c, []Provision{tt.have}, nil, tt.plan, tt.number, tt.words, false); got != tt.want {
			t.Errorf("%s: givenAlready = %v, want %v", tt.name, got, tt.want)
		}
	}
}

// TestQuoteCut checks that a term's words running into a quotation, or a
// piece of a sentence cut inside one, read as cut, and that a sentence
// whose quotations close, or that has none, does not.
func TestQuoteCut(t *testing.T) {
	for _, tt := range []struct {
		name, span, piece string
		want              bool
	}{
		{"it words into a guillemet", "donbass: «nessun governo ucraino può consegnare", "Secondo la studiosa, il vero nodo resta il Donbass: «Nessun governo ucraino può consegnare città»", true},
		{"en piece cut at a straight quote", "crimea, luhansk and donetsk as de facto russ", "He read out point 21, which treats Crimea, Luhansk and Donetsk as de facto Russian, \"", true},
		{"de words into a low mark", "donbass: „die ukraine wird nicht abtret", "Der Streitpunkt bleibt der Donbass: „Die Ukraine wird nicht abtreten", true},
		{"ru piece cut at a guillemet", "армия в 600 тысяч", "Армия в 600 тысяч, «", true},
		// negatives: quotations closed, or none, or a quotation cut past a colon or dash
		{"it comment past a colon", "russia nel g8", "Un altro punto è quello sul ritorno della Russia nel G8, previsto dal punto 13: per un alto funzionario, la formula «", false},
		{"ro comment past a dash", "avioanelor de luptă europene în polonia", "Punctul 9 prevedea staționarea avioanelor de luptă europene în Polonia – „", false},
		{"en no quotation", "an army of 600,000", "Point 6 caps the army at 600,000", false},
		{"fr closed guillemets", "plafonnée à 800 000", "Le texte européen écrit que l'armée sera « plafonnée à 800 000 en temps de paix »", false},
		{"uk closed quotation", "членом єс", "Україна стане «членом ЄС» у визначений термін", false},
		{"pl closed low mark", "600 tysięcy", "Plan przewiduje „armię 600 tysięcy” żołnierzy", false},
	} {
		if got := quoteCut(tt.span, tt.piece); got != tt.want {
			t.Errorf("%s: quoteCut = %v, want %v", tt.name, got, tt.want)
		}
	}
}

// TestGivenAlreadyCut checks that a point of the term's number found
// before gives a cut term even when it states none of the point's terms,
// and gives an uncut one only when it does.
func TestGivenAlreadyCut(t *testing.T) {
	const us = "US 28-point draft"
	c := planTermsData()
	for _, tt := range []struct {
		name string
		have Provision
		cut  bool
		want bool
	}{
		{"it cut: the point's own sentence", Provision{Plan: us, Number: 21, Text: "Al punto 21, la rinuncia di fatto alla Crimea, a Luhansk e a Donetsk"}, true, true},
		{"en cut: the quotation of the same sentence", Provision{Plan: us, Number: 21, Text: "including by the United States"}, true, true},
		// negatives: not cut, the occupant states none of the point's terms
		{"it not cut", Provision{Plan: us, Number: 21, Text: "Al punto 21, la rinuncia di fatto alla Crimea, a Luhansk e a Donetsk"}, false, false},
		{"en not cut", Provision{Plan: us, Number: 21, Text: "including by the United States"}, false, false},
	} {
		if got := givenAlready(c, []Provision{tt.have}, nil, us, 21, "donbass", tt.cut); got != tt.want {
			t.Errorf("%s: givenAlready = %v, want %v", tt.name, got, tt.want)
		}
	}
}
