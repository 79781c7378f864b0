package corpus

import (
	"strings"
	"testing"
)

// TestRelayedAccording: an "according to" aside inside a that-clause a
// participant relays names whose words the clause holds ("M. Vasseur
// ajoute que …, d'après Zelensky", "додав, що, за словами Умєрова, …",
// "recordó que, según Zelenski, …"): the clause goes to the aside's
// person, without the aside or the relayer's frame. Each case fails
// without relayaccording.go and accordingTrailing's frame cut (zrelay,
// stop 64).
func TestRelayedAccording(t *testing.T) {
	checkStatementsExact(t, []statementCase{
		{"fr trailing d'après", xindDoc("fr", "M. Gérard Vasseur (lot 12) intervient longuement. M. Vasseur ajoute que la déclaration de Paris était un pas concret, d'après Zelensky, et que les garanties de sécurité étaient largement finalisées."),
			"Volodymyr Zelensky", "la déclaration de Paris était un pas concret"},
		{"fr second clause selon, after a quotation mark", xindDoc("fr", "M. Gérard Vasseur (lot 12) intervient longuement. M. Vasseur ajoute que la déclaration de Paris était un pas concret, d'après Zelensky, et que les garanties de sécurité étaient « largement finalisées » selon l'envoyé américain Steve Witkoff."),
			"Steve Witkoff", "les garanties de sécurité étaient « largement finalisées »"},
		{"uk fronted за словами", xindDoc("uk", "Батько Андрій Ткачук розповів про зустріч. Андрій Ткачук додав, що, за словами Умєрова, переговори в Маямі були продуктивними."),
			"Rustem Umerov", "переговори в Маямі були продуктивними"},
		{"es fronted según, relayer named", xindDoc("es", "La socia Ana Ruiz tomó la palabra. Ana Ruiz recordó que, según Zelenski, Estados Unidos propuso gestionar la central a tres bandas."),
			"Volodymyr Zelensky", "Estados Unidos propuso gestionar la central a tres bandas"},
	})
}

// TestRelayedAccordingNot: an aside that names no person keeps the
// relayed clause the relayer's, or gives it to no one: reports, the
// press, a document, a formula, a capitalised German noun, the relayer's
// own pronoun.
func TestRelayedAccordingNot(t *testing.T) {
	cases := []struct{ name, lang, body, not string }{
		{"en according to reports", "en", "Councillor Mary Hale spoke at length. She said that the monitoring mission would be led by Washington, according to reports.", "report"},
		{"de laut Presseberichten", "de", "Der Vorsitzende Jens Albrecht sprach lange. Er sagte, dass laut Presseberichten der Plan eine entmilitarisierte Zone vorsehe.", "Presse"},
		{"it secondo quanto riferito dalla stampa", "it", "Il socio Marco Bellini ha preso la parola. Marco Bellini ha ricordato che, secondo quanto riferito dalla stampa, il piano prevede una zona smilitarizzata.", "stampa"},
		{"es según el documento", "es", "La socia Ana Ruiz tomó la palabra. Ana Ruiz recordó que, según el documento, Ucrania renunciaría a la OTAN.", "documento"},
		{"es según la fórmula de Anchorage", "es", "Su asesor Yuri Ushakov advirtió después que no habrá acuerdo duradero sin resolver la cuestión territorial según la «fórmula de Anchorage».", "Anchorage"},
		{"fr selon lui", "fr", "M. Gérard Vasseur (lot 12) intervient longuement. M. Vasseur ajoute que la déclaration de Paris était un pas concret, selon lui, et que les garanties étaient finalisées.", "lui"},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			for _, s := range statementsOf(t, xindDoc(c.lang, c.body)) {
				if strings.Contains(strings.ToLower(s.Speaker), strings.ToLower(c.not)) {
					t.Errorf("statement given to %q: %+v", s.Speaker, s)
				}
			}
		})
	}
}
