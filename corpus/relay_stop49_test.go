package corpus

import (
	"strings"
	"testing"
)

// relayProbe is one invented text of the stop-49 relay battery: the
// statement it must give (speaker and a fragment of its text), or none
// of the speaker when want is "".
type relayProbe struct {
	name, lang, body, want, fragment string
}

// checkRelayProbes parses each probe's body as a document of its language
// and checks that a statement of want holds fragment, or, for want "",
// that no statement holds fragment.
func checkRelayProbes(t *testing.T, probes []relayProbe) {
	t.Helper()
	for _, tc := range probes {
		d := parseProbe(t, tc.lang, "2026-01-25", tc.body)
		found := false
		for _, s := range d.Statements {
			if strings.Contains(s.Text, tc.fragment) {
				if tc.want == "" {
					t.Errorf("%s: %q given to %s, want nobody's", tc.name, s.Text, s.Speaker)
				}
				if s.Speaker == tc.want {
					found = true
				}
			}
		}
		if tc.want != "" && !found {
			t.Errorf("%s: no statement of %s holding %q; got %+v", tc.name, tc.want, tc.fragment, d.Statements)
		}
	}
}

// TestQuoteFirstSignature: a digest of the week's quotations prints the
// quotation alone, then a paragraph opening with the speaker's name, title
// and occasion and no verb of saying; the quotation is theirs, and what
// the paragraph goes on to report is read as usual. A paragraph under a
// quotation that is a sentence of its own gives the quotation to nobody.
func TestQuoteFirstSignature(t *testing.T) {
	checkRelayProbes(t, []relayProbe{
		{"es signature", "es", "> **«Europa parece un caleidoscopio fragmentado»**\n\nVolodímir Zelenski, presidente de Ucrania, en su discurso del jueves en Davos. El mandatario añadió que Europa evita actuar.", "Volodymyr Zelensky", "caleidoscopio fragmentado"},
		{"es continuation", "es", "> **«Europa parece un caleidoscopio fragmentado»**\n\nVolodímir Zelenski, presidente de Ucrania, en su discurso del jueves en Davos. El mandatario añadió que Europa evita actuar.", "Volodymyr Zelensky", "Europa evita actuar"},
		{"es unnamed", "es", "> **«Las garantías tienen que estar listas antes de cualquier firma»**\n\nUn miembro de la delegación ucraniana, a este periódico, en Abu Dabi.", unnamedSpeaker, "listas antes de cualquier firma"},
		{"es topic", "es", "> «No hay que esperar resultados rápidos»\n\nDmitri Peskov, portavoz del Kremlin, sobre la misma cita.", "Dmitry Peskov", "resultados rápidos"},
		{"en card", "en", "“We are ready to go further than anyone thought.”\n\nEmmanuel Macron, French president, on Tuesday in Paris.", "Emmanuel Macron", "go further than anyone"},
		{"de signature", "de", "„Europa muss mit am Tisch sitzen, wenn über seine Sicherheit entschieden wird.“\n\nFriedrich Merz, Bundeskanzler, am Montag in Berlin.", "Friedrich Merz", "mit am Tisch sitzen"},
		{"ru signature", "ru", "«Мы не будем торопиться с выводами».\n\nДмитрий Песков, пресс-секретарь Кремля, в понедельник.", "Dmitry Peskov", "торопиться с выводами"},
		{"it signature", "it", "«L'Italia non manderà soldati in Ucraina»\n\nGiorgia Meloni, presidente del Consiglio, dopo il vertice di Parigi.", "Giorgia Meloni", "non manderà soldati"},
		{"it clause under two quotations", "it", "«Mosca ha guadagnato tempo», ha commentato un docente. «Ma il fatto che si parli ancora di punti è un passo avanti»\n\nSecondo Ferrante, la parte economica del piano interessa al Cremlino più di quanto ammetta.", unnamedSpeaker, "passo avanti"}, // the lecturer's, as the sentence before says; not Ferrante's
		{"en sentence under a quotation", "en", "“The talks were useful.”\n\nJohn Smith, a retired teacher, thinks the war will last another year.", "", "talks were useful"},
	})
}

// TestRelayedTwoSteps: a media-monitoring summary or a foreign-press digest
// cites a person through the outlet that printed them ("Quotes X as
// saying", "приводит слова X: …", "X quoted: …"): the person speaks, in
// whatever case the digest puts the name, and the outlet never does. An
// agency budget's "Eds:" note opens a sentence that is read as any other.
func TestRelayedTwoSteps(t *testing.T) {
	checkRelayProbes(t, []relayProbe{
		{"ru genitive colon", "ru", "Американская газета приводит слова Дональда Трампа: это не окончательное предложение.", "Donald Trump", "не окончательное предложение"},
		{"ru cite colon", "ru", "Французская газета цитирует Владимира Зеленского: «Это один из самых трудных моментов в нашей истории».", "Volodymyr Zelensky", "самых трудных моментов"},
		{"en quotes colon", "en", "Quotes Volodymyr Zelensky: the declaration was an important step, but the guarantees must work in practice.", "Volodymyr Zelensky", "guarantees must work in practice"},
		{"en quotes as saying, and saying", "en", "Leads on the Paris declaration. Quotes Emmanuel Macron as saying a multinational force would be deployed once a ceasefire holds, and Keir Starmer saying Britain and France would set up military hubs across Ukraine.", "Keir Starmer", "military hubs across Ukraine"},
		{"en participle colon", "en", "Package on British role. Opposition MP Daniel Marsh quoted: Parliament must vote before any deployment.", "Daniel Marsh", "Parliament must vote"},
		{"en participle with source", "en", "Item 3 of 9. US envoy Steve Witkoff quoted from Tuesday's press conference: the security protocols were largely finished.", "Steve Witkoff", "security protocols were largely finished"},
		{"de zitiert colon", "de", "Die Zeitung zitiert Kanzler Friedrich Merz: Europa werde seine Interessen selbst verteidigen.", "Friedrich Merz", "Interessen selbst verteidigen"},
		{"es cita colon", "es", "El diario cita a Donald Tusk: sería bueno saber primero quién es el autor del plan.", "Donald Tusk", "autor del plan"},
		{"ru title in lower case", "ru", "По данным газеты, госсекретарь США Марко Рубио заявил, что стороны добились огромного прогресса.", "Marco Rubio", "огромного прогресса"},
		{"en eds note", "en", "RUSSIA-UKRAINE-EUROPE REAX _ European leaders on a call after the meeting. Eds: A European official told Northline that the call went well but nobody is celebrating yet.", unnamedSpeaker, "the call went well"},
		{"es nota de la redacción", "es", "Reacciones en Europa. Nota de la redacción: Un diplomático europeo dijo a este diario que la llamada fue bien.", unnamedSpeaker, "la llamada fue bien"},
		{"fr label is no citer", "fr", "Cite Emmanuel Macron : « Nous sommes prêts ».", "", "Cite"},
	})
}

// TestTickerHeadlineAndDates: a ticker's entry prints a headline between
// its stamp and its text ("+++ 21.12., 19:40 Uhr +++ Uschakow: Änderungen
// helfen nicht +++ …"): the headline sums up the text's words, so only
// the text's statements count; a topic label ("Zur Einordnung: …") names
// nobody. A bare date between a name and its verb ("Путин 21 ноября
// заявил") is when, not who; after a meeting's partners it stays theirs.
func TestTickerHeadlineAndDates(t *testing.T) {
	checkRelayProbes(t, []relayProbe{
		{"de ticker body", "de", "+++ 21.12., 19:40 Uhr +++ Uschakow: Änderungen helfen nicht +++ Kremlberater Juri Uschakow hat die Änderungen zurückgewiesen. Sie verbesserten die Aussichten auf Frieden nicht, sagte er im Staatsfernsehen.", "Yuri Ushakov", "verbesserten die Aussichten"},
		{"de ticker headline", "de", "+++ 19.12., 13:55 Uhr +++ Putin: „Der Ball liegt bei euch“ +++ Kremlchef Wladimir Putin hat erklärt, der Ball liege nun im Feld des Westens.", "", "Der Ball liegt bei euch"},
		{"de topic label", "de", "+++ 20.12., 14:48 Uhr +++ Was im Entwurf steht +++ Zur Einordnung: Der Rahmen sieht in Punkt 5 Garantien der USA vor.", "", "Der Rahmen sieht"},
		{"ru date gap", "ru", "Президент России Владимир Путин 21 ноября заявил, что американский план может лечь в основу урегулирования.", "Vladimir Putin", "лечь в основу"},
		{"it date gap", "it", "Volodymyr Zelensky 23 novembre ha detto che il piano è una base di partenza.", "Volodymyr Zelensky", "base di partenza"},
		{"ru date after a partner", "ru", "Юрий Ушаков после встречи с Уиткоффом и Кушнером 2 декабря заявил, что компромисса по территориям пока нет.", "", "компромисса по территориям"},
		{"es according to which", "es", "Se refería al punto 5, según el cual EE UU, la OTAN y los firmantes europeos darían garantías.", "", "darían garantías"},
		{"es according to a person", "es", "La tregua empezará el lunes, según el portavoz Dmitri Peskov.", "Dmitry Peskov", "La tregua empezará"},
	})
}
