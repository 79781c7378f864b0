package corpus

import (
	"strings"
	"testing"
)

// TestOfficeHolder checks that a title used alone as a subject, which
// names one office unambiguously (data/offices.json), is the person who
// holds it when the document names them, even paragraphs later and after
// other people spoke, in several languages.
func TestOfficeHolder(t *testing.T) {
	fr := "---\ntitle: t\nlang: fr\n---\n\n"
	pl := "---\ntitle: t\nlang: pl\n---\n\n"
	checkStatements(t, []statementCase{
		{"fr président de la République", fr + "Emmanuel Macron a reçu lundi les dirigeants européens à Paris.\n\nLa ministre Claire Vautrin a déclaré que les discussions seraient longues.\n\nLe président de la République a affirmé que l'Europe devait rester unie.", "Emmanuel Macron", "l'Europe devait rester unie"},
		{"en Kremlin spokesman", "Dmitry Peskov spoke to reporters in the morning.\n\nThe analyst Tom Whitcombe said that the talks would drag on.\n\nThe Kremlin spokesman said that Moscow had received no text.", "Dmitry Peskov", "Moscow had received no text"},
		{"pl szef rosyjskiej dyplomacji", pl + "W Moskwie przebywa Siergiej Ławrow.\n\nEkspert Jan Wiśniak powiedział, że rozmowy potrwają.\n\nSzef rosyjskiej dyplomacji oświadczył, że Moskwa czeka na tekst.", "Sergei Lavrov", "Moskwa czeka na tekst"},
		{"fr envoyé spécial américain", fr + "Steve Witkoff, présent à l'Elysée avec Jared Kushner, a déclaré que les protocoles étaient presque prêts. L'envoyé spécial américain a ajouté que Washington soutiendrait une mission de surveillance.", "Steve Witkoff", "Washington soutiendrait une mission de surveillance"},
		{"fr envoyé spécial américain, whole title", fr + "Steve Witkoff est arrivé à Paris.\n\nL'envoyé spécial américain a affirmé que le texte avançait.", "Steve Witkoff", "le texte avançait"},
		{"en US special envoy", "Steve Witkoff and Jared Kushner met Vladimir Putin for five hours.\n\nThe US special envoy said afterwards that the meeting had been productive.", "Steve Witkoff", "the meeting had been productive"},
		{"de EU-Außenbeauftragte", "---\ntitle: t\nlang: de\n---\n\nKaja Kallas traf die Außenminister in Brüssel.\n\nDie EU-Außenbeauftragte sagte, Russland meine es nicht ernst.", "Kaja Kallas", "Russland meine es nicht ernst"},
		{"pl szefowa komisji europejskiej", pl + "Ursula von der Leyen przyleciała do Luandy.\n\nSzefowa Komisji Europejskiej powiedziała, że granic nie wolno zmieniać siłą.", "Ursula von der Leyen", "granic nie wolno zmieniać siłą"},
		{"it presidente russo", "---\ntitle: t\nlang: it\n---\n\nVladimir Putin era a Mosca.\n\nL'analista Paolo Verri ha detto che servirà tempo.\n\nIl presidente russo ha detto che la bozza è una base.", "Vladimir Putin", "la bozza è una base"},
	})
}

// TestOfficeHolderNotNamed checks the guard: a title whose holder the
// document never names is not guessed to be them.
func TestOfficeHolderNotNamed(t *testing.T) {
	for _, doc := range []string{
		"The analyst Tom Whitcombe spoke first.\n\nThe Kremlin spokesman said that Moscow had received no text.",
		"---\ntitle: t\nlang: fr\n---\n\nLe ministre Paul Arnaud est arrivé.\n\nLe président de la République a affirmé que l'Europe devait rester unie.",
	} {
		for _, s := range statementsOf(t, doc) {
			if strings.Contains(s.Speaker, "Peskov") || strings.Contains(s.Speaker, "Macron") {
				t.Errorf("statement %q given to %q, whom the document never names", s.Text, s.Speaker)
			}
		}
	}
}

// TestOfficeTitleRole checks that a whole title of offices.json read as
// the subject gives its holder the title as written, without its elided
// article, not the title's last word alone.
func TestOfficeTitleRole(t *testing.T) {
	doc := "---\ntitle: t\nlang: fr\n---\n\nSteve Witkoff est arrivé à Paris.\n\nL'envoyé spécial américain a affirmé que le texte avançait."
	ss := statementsOf(t, doc)
	if len(ss) != 1 || ss[0].Speaker != "Steve Witkoff" || ss[0].Role != "envoyé spécial américain" {
		t.Errorf("got %+v, want Steve Witkoff (envoyé spécial américain)", ss)
	}
}
