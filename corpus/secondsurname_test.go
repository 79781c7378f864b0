package corpus

import "testing"

// TestSecondSurname: a lone surname the document names in full with a
// second surname is the person under the longest name it writes
// (secondsurname.go), a headline's shorter form notwithstanding; a
// headline in title case adds no word. Each case but the last fails with
// the switch noSecondSurname set.
func TestSecondSurname(t *testing.T) {
	checkSwitchedCases(t, "noSecondSurname", func(off bool) ParseOptions { return ParseOptions{noSecondSurname: off} }, []switchedCase{
		{"es headline first", "es", "# Laura Ibarrola defiende una tesis sobre los altos el fuego\n\nLa investigadora Laura Ibarrola Mensah defendió el miércoles su tesis doctoral.\n\nUn miembro del tribunal preguntó por las fuentes. Ibarrola respondió que había trabajado solo con textos publicados por la prensa.",
			"había trabajado solo con textos", "Laura Ibarrola Mensah", false},
		{"es signature", "es", "El alcalde explicó el acto. Iturbe añadió que lo recogido se enviará en enero a Chernígov.\n\nEL ALCALDE, Ramón Iturbe Salcedo",
			"lo recogido se enviará", "Ramón Iturbe Salcedo", false},
		{"pt", "pt", "A investigadora Ana Sousa Ferreira apresentou o estudo na quinta-feira.\n\nSousa afirmou que o plano de paz deixa de fora as crianças deportadas.",
			"o plano de paz deixa de fora", "Ana Sousa Ferreira", false},
		{"en title case adds nothing", "en", "# Anna Falk Defends Thesis\n\nThe researcher Anna Falk spoke on Monday.\n\nFalk said the ceasefire clauses had mostly failed in their first year.",
			"the ceasefire clauses had mostly failed", "Anna Falk", true},
	})
}
