package corpus

import (
	"strings"
	"testing"
)

// TestAccordingTitleAndName: an according-to phrase that gives the title
// and then the holder's name, with the name set off by commas (German
// writes the title with a capital: "Laut dem Sprecher des Kremls, Dmitri
// Peskow, hat …") or with no comma at all before a clause that opens on a
// capital too (Polish "Według rzecznika Kremla Dmitrija Pieskowa Moskwa
// …"), is the named person's; in the languages that put the phrase first,
// and in English, where the title's article comes first ("According to
// the spokesman for the Kremlin, Dmitry Peskov, …").
func TestAccordingTitleAndName(t *testing.T) {
	tests := []struct{ lang, sentence, speaker, said string }{
		{"de", "Laut dem Sprecher des Kremls, Dmitri Peskow, hat Moskau den Text noch nicht erhalten.", "Dmitry Peskov", "Moskau den Text noch nicht erhalten"},
		{"de", "Laut der Sprecherin des Außenministeriums, Maria Sacharowa, sei der Plan tot.", "Maria Zakharova", "der Plan tot"},
		{"de", "Laut Kremlsprecher Dmitri Peskow hat Moskau den Text noch nicht erhalten.", "Dmitry Peskov", "Moskau den Text noch nicht erhalten"},
		{"de", "Dem Kremlsprecher Dmitri Peskow zufolge hat Moskau den Text noch nicht erhalten.", "Dmitry Peskov", "Moskau den Text noch nicht erhalten"},
		{"pl", "Zdaniem szefa MSZ Radosława Sikorskiego Europa musi być przy stole.", "Radosław Sikorski", "Europa musi być przy stole"},
		{"pl", "Zdaniem szefa MSZ Radosława Sikorskiego rozmowy potrwają.", "Radosław Sikorski", "rozmowy potrwają"},
		{"pl", "Według rzecznika Kremla Dmitrija Pieskowa Moskwa nie otrzymała tekstu.", "Dmitry Peskov", "Moskwa nie otrzymała tekstu"},
		{"pl", "Według rzecznika Kremla Dmitrija Pieskowa, Moskwa nie otrzymała tekstu.", "Dmitry Peskov", "Moskwa nie otrzymała tekstu"},
		{"pl", "Według Dmitrija Pieskowa Moskwa nie otrzymała tekstu.", "Dmitry Peskov", "Moskwa nie otrzymała tekstu"},
		{"ru", "По мнению главы МИД Сергея Лаврова, Европа мешает переговорам.", "Sergei Lavrov", "Европа мешает переговорам"},
		{"uk", "На думку міністра закордонних справ Андрія Сибіги, Росія затягує переговори.", "Andrii Sybiha", "Росія затягує переговори"},
		{"it", "Secondo il portavoce del Cremlino, Dmitri Peskov, Mosca non ha ricevuto il testo.", "Dmitry Peskov", "Mosca non ha ricevuto il testo"},
		{"es", "Según el portavoz del Kremlin, Dmitri Peskov, Moscú no ha recibido el texto.", "Dmitry Peskov", "Moscú no ha recibido el texto"},
		{"fr", "Selon le porte-parole du Kremlin, Dmitri Peskov, Moscou n'a pas reçu le texte.", "Dmitry Peskov", "Moscou n'a pas reçu le texte"},
		{"nl", "Volgens de woordvoerder van het Kremlin, Dmitri Peskov, heeft Moskou de tekst nog niet ontvangen.", "Dmitry Peskov", "Moskou de tekst nog niet ontvangen"},
		{"en", "According to Kremlin spokesman Dmitry Peskov, Moscow has not received the text.", "Dmitry Peskov", "Moscow has not received the text"},
		{"en", "According to the spokesman for the Kremlin, Dmitry Peskov, Moscow has not received the text.", "Dmitry Peskov", "Moscow has not received the text"},
		{"en", "According to the Kremlin's spokesman, Dmitry Peskov, Moscow has not received the text.", "Dmitry Peskov", "Moscow has not received the text"},
		{"en", "According to a spokesman for the ministry, Jan Hollis, the text has not arrived.", "Jan Hollis", "the text has not arrived"},
	}
	for _, tc := range tests {
		checkStatementContains(t, tc.lang, tc.sentence, tc.speaker, tc.said)
	}
}

// checkStatementContains parses sentence as a one-paragraph document in
// lang and reports an error unless one of its statements is speaker's
// and holds said: the batteries that check who speaks and what, not where
// the statement's text is cut.
func checkStatementContains(t *testing.T, lang, sentence, speaker, said string) {
	t.Helper()
	d := parseProbe(t, lang, "2025-12-03", sentence)
	var got []string
	for _, s := range d.Statements {
		if s.Speaker == speaker && strings.Contains(s.Text, said) {
			return
		}
		got = append(got, s.Speaker+": "+s.Text)
	}
	t.Errorf("%s: %q\n got %q\nwant %s: %s", lang, sentence, got, speaker, said)
}

// TestInTheWordsOf: "In the words of X, …" and its forms in other
// languages ("En palabras de X", "Con le parole di X", "Mit den Worten von
// X: …") give X's statement, as "according to X" does; the words of a
// document are no one's statement.
func TestInTheWordsOf(t *testing.T) {
	tests := []struct{ lang, sentence, speaker, said string }{
		{"en", "In the words of Kaja Kallas, Russia is not serious about peace.", "Kaja Kallas", "Russia is not serious about peace"},
		{"es", "En palabras de Kaja Kallas, Rusia no se toma en serio la paz.", "Kaja Kallas", "Rusia no se toma en serio la paz"},
		{"it", "Con le parole di Kaja Kallas, la Russia non è seria sulla pace.", "Kaja Kallas", "la Russia non è seria sulla pace"},
		{"pt", "Nas palavras de Kaja Kallas, a Rússia não leva a paz a sério.", "Kaja Kallas", "a Rússia não leva a paz a sério"},
		{"de", "Mit den Worten von Kaja Kallas: Russland meint es nicht ernst.", "Kaja Kallas", "Russland meint es nicht ernst"},
		{"fr", "Pour reprendre les mots de Kaja Kallas, la Russie n'est pas sérieuse.", "Kaja Kallas", "la Russie n'est pas sérieuse"},
	}
	for _, tc := range tests {
		checkStatementContains(t, tc.lang, tc.sentence, tc.speaker, tc.said)
	}
	if ss := statementsOf(t, "In the words of the draft, Ukraine would hold elections within 100 days."); len(ss) != 0 {
		t.Errorf("the draft's words gave statements: %+v", ss)
	}
}
