package corpus

import (
	"strings"
	"testing"
)

// TestNestedRelay: a reporter relays what a named person said without a
// that-word after the inner verb (English), in the second of two
// coordinated clauses, behind the reporter's own aside, or in a German
// perfect whose speech participle comes last. The inner speaker gets the
// words said. The cases fail without the stop-57 readers of
// nestedspeech.go but these guards, which other readers read so before
// and the new ones must not change: the two German ones without a first
// predicate, the relayer's own that-clause after a "spoke of", an inner
// that-clause's second that-clause (set Y's y02), and "aveva parlato di".
func TestNestedRelay(t *testing.T) {
	checkStatementsExact(t, []statementCase{
		{"en said in PLACE, no that", xindDoc("en", "Councillor Ruth Calloway noted that Governor Anna Vestry said in Geneva the talks had made good progress."),
			"Anna Vestry", "the talks had made good progress"},
		{"en said on DAY, no that", xindDoc("en", "Councillor Ruth Calloway recalled that Secretary Marco Rubio said on Monday the proposal would be revised."),
			"Marco Rubio", "the proposal would be revised"},
		{"en second clause", xindDoc("en", "Lt Col Aled Prys-Jenkins also notes that Senator Ruth Calloway said in Bishkek the text could become a basis for talks, and that Governor Anna Vestry said in Geneva the delegations had made very good progress."),
			"Anna Vestry", "the delegations had made very good progress"},
		{"en told Russian reporters that", xindDoc("en", "Analyst Gregory Pell said that Yuri Ushakov told Russian reporters that the European plan did not suit Moscow."),
			"Yuri Ushakov", "the European plan did not suit Moscow"},
		{"fr second clause", xindDoc("fr", "Jean-Pierre Roussel a rappelé qu'Emmanuel Macron avait réclamé des garanties à Paris, et que Keir Starmer avait annoncé que des bases seraient installées en Ukraine."),
			"Keir Starmer", "des bases seraient installées en Ukraine"},
		{"it aside ha ricordato", xindDoc("it", "Il consigliere Jurij Ušakov ha parlato con i giornalisti. Ha detto che senza un accordo sul territorio non ci sarà pace. Putin, ha ricordato, aveva detto a dicembre che la Russia raggiungerà i suoi obiettivi."),
			"Putin", "la Russia raggiungerà i suoi obiettivi"},
		{"fr aside a-t-il ajouté", xindDoc("fr", "Le député Paul Garnier a parlé longuement. Il a dit que la paix restait lointaine. Friedrich Merz, a-t-il ajouté, a évoqué des troupes sur le territoire voisin."),
			"Friedrich Merz", "des troupes sur le territoire voisin"},
		{"de perfect, joined predicate", xindDoc("de", "Kremlsprecher Dmitri Peskow habe eingeräumt, Moskau kenne keine offizielle Fassung. Außenminister Johann Wadephul habe Fortschritte in Genf gesehen, aber betont, dass die großen Fragen offen seien."),
			"Johann Wadephul", "Fortschritte in Genf gesehen, aber betont, dass die großen Fragen offen seien"},
		{"de perfect, Konjunktiv after the comma", xindDoc("de", "Kremlsprecher Dmitri Peskow habe eingeräumt, Moskau kenne keine offizielle Fassung. Kanzler Friedrich Merz habe gesagt, über Europas Sicherheit könne nicht ohne Europa entschieden werden."),
			"Friedrich Merz", "über Europas Sicherheit könne nicht ohne Europa entschieden werden"},
		{"de perfect with adverb, dass", xindDoc("de", "Regierungssprecher Stefan Kornelius sprach vor der Presse. Er sagte, die Lage sei ernst. Kanzler Friedrich Merz hat mehrfach betont, dass es keinen Frieden über die Köpfe der Ukrainer hinweg geben wird."),
			"Friedrich Merz", "es keinen Frieden über die Köpfe der Ukrainer hinweg geben wird"},
		{"ru second clause", xindDoc("ru", "Политолог Иван Петров напомнил, что Юрий Ушаков назвал встречу полезной, и что Дмитрий Песков заявил в среду, что Москва изучает документ."),
			"Peskov", "Москва изучает документ"},
		{"es second clause", xindDoc("es", "La diputada Rosa Vidal recordó que Emmanuel Macron había pedido garantías en París, y que Keir Starmer había anunciado que habría bases en Ucrania tras el alto el fuego."),
			"Keir Starmer", "habría bases en Ucrania tras el alto el fuego"},
		{"es spoke of, inner", xindDoc("es", "La politóloga Oksana Melnychuk leyó el punto 21. Luego añadió que Volodímir Zelenski había hablado de una elección entre perder la dignidad o perder a un socio clave, y que esa frase resumía el ánimo en Kiev."),
			"Zelensky", "había hablado de una elección entre perder la dignidad o perder a un socio clave"},
		{"es spoke of, then the relayer's own that-clause", xindDoc("es", "La politóloga Oksana Melnychuk leyó el punto 21. Luego añadió que Volodímir Zelenski había hablado de una elección entre perder la dignidad o perder a un socio clave, y que esa frase resumía el ánimo en Kiev."),
			"Oksana Melnychuk", "esa frase resumía el ánimo en Kiev"},
		{"it inner that-clause, then its second that-clause", xindDoc("it", "Nel suo intervento la capogruppo Maria Luisa Ardito ha ricordato che la presidente del Consiglio Giorgia Meloni aveva detto al G20 che nel piano ci sono elementi condivisibili, e che conviene lavorare a una controproposta."),
			"Giorgia Meloni", "conviene lavorare a una controproposta"},
		{"it parlato di, inner", xindDoc("it", "Il professor Carlo Benvenuti ha ricordato che Giorgia Meloni aveva parlato di una pace giusta e duratura per l'Ucraina."),
			"Giorgia Meloni", "aveva parlato di una pace giusta e duratura per l'Ucraina"},
	})
}

// TestNestedRelayNot: what the readers above must leave to the reporter:
// a named subject without a speech verb ("Y was right"), a name as an
// object ("quoted Y's book", "told Putin"), a country or a body before a
// clause without its that-word, a clause without a finite verb, an aside
// before a verb that is no speech, and a German pronoun subject.
func TestNestedRelayNot(t *testing.T) {
	cases := []struct{ name, doc, outer, inner string }{
		{"en Y was right", xindDoc("en", "Senator Ruth Calloway said that Governor Anna Vestry was right about the bridge and the budget."), "Ruth Calloway", "Vestry"},
		{"en quoted Y's book", xindDoc("en", "Senator Ruth Calloway said she quoted Governor Anna Vestry's book on the war in her speech."), "Ruth Calloway", "Vestry"},
		{"en told Putin", xindDoc("en", "Aide Piotr Lendvai said President Ivan Dorn told Putin the offer would not last beyond the winter."), "Piotr Lendvai", "Dorn"},
		{"en a country, no that", xindDoc("en", "Two sources said Washington had warned it could halt intelligence sharing and arms deliveries."), "", "Washington"},
		{"en no finite verb", xindDoc("en", "Councillor Ruth Calloway recalled that Governor Anna Vestry said nothing about the bridge in her speech on Monday."), "Ruth Calloway", "Vestry"},
		{"it aside before no speech", xindDoc("it", "Il consigliere Jurij Ušakov ha parlato con i giornalisti. Ha detto che senza un accordo sul territorio non ci sarà pace. Putin, ha ricordato, aveva incontrato a dicembre gli inviati americani a Mosca."), "Ushakov", "Putin"},
		{"de pronoun subject", xindDoc("de", "Der Abgeordnete Jens Rademacher sprach lange. Er habe Fortschritte gesehen, aber betont, dass die großen Fragen offen seien."), "", "Er"},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			ss := statementsOf(t, c.doc)
			for _, s := range ss {
				if strings.Contains(s.Speaker, c.inner) {
					t.Errorf("statement %q given to %q; got %+v", s.Text, s.Speaker, ss)
				}
			}
			if c.outer == "" {
				return
			}
			for _, s := range ss {
				if strings.Contains(s.Speaker, c.outer) {
					return
				}
			}
			t.Errorf("no statement of %q; got %+v", c.outer, ss)
		})
	}
}
