package corpus

import "testing"

// TestThatVerbs: a verb of opinion before its that-word reports what the
// subject thinks (ZY zy07 "trouve que", V v09 "acredita que"); the
// languages whose that-word the lexicon holds.
func TestThatVerbs(t *testing.T) {
	checkStatementsExact(t, []statementCase{
		{"fr trouve que", xindDoc("fr", "Les délégations se sont retrouvées mardi à Genève. Notre demi de mêlée Lucas Ferran trouve que « Vasyl plaque mieux qu'il ne négocie »."),
			"Lucas Ferran", "« Vasyl plaque mieux qu'il ne négocie »"},
		{"fr trouve qu'", xindDoc("fr", "Les délégations se sont retrouvées mardi à Genève. La chercheuse Marie Dubois trouve qu'il faut attendre la fin de l'hiver."),
			"Marie Dubois", "il faut attendre la fin de l'hiver"},
		{"pt acredita que", xindDoc("pt", "As delegações reuniram-se na terça-feira em Genebra. A investigadora Marta Valadares acredita que o ponto do território ficará em aberto até ao fim."),
			"Marta Valadares", "o ponto do território ficará em aberto até ao fim"},
		{"pt acha que", xindDoc("pt", "As delegações reuniram-se na terça-feira em Genebra. O agricultor Rui Tavares acha que a colheita vai chegar tarde ao porto."),
			"Rui Tavares", "a colheita vai chegar tarde ao porto"},
		{"pl sądzi, że", xindDoc("pl", "Delegacje spotkały się we wtorek w Genewie. Minister Radosław Sikorski sądzi, że porozumienie jest jeszcze daleko."),
			"Radosław Sikorski", "porozumienie jest jeszcze daleko"},
		{"ru думает, что", xindDoc("ru", "Делегации встретились во вторник в Женеве. Марта Оленич думает, что переговоры продолжатся в пятницу в Берне."),
			"Марта Оленич", "переговоры продолжатся в пятницу в Берне"},
		{"en feels that", xindDoc("en", "The delegations met in Geneva on Tuesday. Senator Jane Roe feels that the guarantees are not yet strong enough."),
			"Jane Roe", "the guarantees are not yet strong enough"},
	})
}

// TestThatVerbsNot: the same verbs with a plain object, a preposition or
// a determiner "that" say nothing.
func TestThatVerbsNot(t *testing.T) {
	cases := []struct{ name, doc string }{
		{"fr trouve un accord", xindDoc("fr", "Les délégations se sont retrouvées mardi à Genève. Julien Morel trouve un accord avec ses voisins sur la clôture.")},
		{"pt acredita na paz", xindDoc("pt", "As delegações reuniram-se na terça-feira em Genebra. Rui Tavares Lopes acredita na paz e no diálogo.")},
		{"pl myśli o", xindDoc("pl", "Delegacje spotkały się we wtorek w Genewie. Ekspert Jan Nowak myśli o wakacjach w Tatrach.")},
		{"ru думает о", xindDoc("ru", "Делегации встретились во вторник в Женеве. Марта Оленич думает о поездке в Берн.")},
		{"en feels tired", xindDoc("en", "The delegations met in Geneva on Tuesday. Senator Jane Roe feels tired after the long flight.")},
		{"en considers that plan", xindDoc("en", "The delegations met in Geneva on Tuesday. Senator Jane Roe considers that plan unacceptable for Ukraine.")},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			if sts := statementsOf(t, c.doc); len(sts) > 0 {
				t.Errorf("got %d statements, first %q by %q", len(sts), sts[0].Text, sts[0].Speaker)
			}
		})
	}
}
