package corpus

import (
	"strings"
	"testing"
)

// leftProbe is one invented sentence of the xleftA battery and the
// statements it must give, "speaker: text" each.
type leftProbe struct {
	lang, text string
	want       []string
}

// runLeftProbes parses each probe as a one-paragraph document and
// compares its statements, speaker and text, with the expected ones.
func runLeftProbes(t *testing.T, probes []leftProbe) {
	t.Helper()
	for _, tc := range probes {
		d := parseProbe(t, tc.lang, "2025-12-29", tc.text)
		var got []string
		for _, s := range d.Statements {
			got = append(got, s.Speaker+": "+strings.TrimRight(s.Text, "."))
		}
		if strings.Join(got, "|") != strings.Join(tc.want, "|") {
			t.Errorf("%s: %q\n got %q\nwant %q", tc.lang, tc.text, got, tc.want)
		}
	}
}

// TestCoordinatedVerbAfterObject: in "A hosted B at C and told reporters
// that …" the verb of saying after the conjunction is A's, whatever place
// or time follows B; B and the place are the first verb's object, not a
// person and an affiliation. A budget line's slug before the sentence
// ("RUSSIA-UKRAINE _ …") is no speaker either.
func TestCoordinatedVerbAfterObject(t *testing.T) {
	runLeftProbes(t, []leftProbe{
		{"en", "Donald Trump hosted Volodymyr Zelensky at Mar-a-Lago on Sunday and afterwards told reporters that the two sides were closer than ever.",
			[]string{"Donald Trump: the two sides were closer than ever"}},
		{"en", "RUSSIA-UKRAINE-TRUMP _ Donald Trump hosted Volodymyr Zelensky at the White House and told reporters that a deal was near.",
			[]string{"Donald Trump: a deal was near"}},
		{"en", "Keir Starmer met Friedrich Merz at Chequers and said that Europe would do more.",
			[]string{"Keir Starmer: Europe would do more"}},
		{"it", "Giorgia Meloni ha ricevuto Volodymyr Zelensky a Palazzo Chigi e ha detto che l'Italia sostiene Kiev.",
			[]string{"Giorgia Meloni: l'Italia sostiene Kiev"}},
		{"es", "Pedro Sánchez recibió a Volodymyr Zelensky en La Moncloa y dijo que España apoya a Kiev.",
			[]string{"Pedro Sánchez: España apoya a Kiev"}},
		{"fr", "Emmanuel Macron a reçu Volodymyr Zelensky à l'Élysée et a déclaré que la France restait mobilisée.",
			[]string{"Emmanuel Macron: la France restait mobilisée"}},
		{"de", "Friedrich Merz empfing Wolodymyr Selenskyj im Kanzleramt und sagte, Deutschland stehe an der Seite der Ukraine.",
			[]string{"Friedrich Merz: Deutschland stehe an der Seite der Ukraine"}},
		// a name and its affiliation before the verb stay the speaker
		{"en", "Anna Weber at Chatham House said the deal was close.",
			[]string{"Anna Weber: the deal was close"}},
	})
}

// TestOutletRelaysUnnamedSources: a press review's aside naming whose
// report relays the words (", it reports,", ", scrive il giornale,") is
// neither the speaker nor the end of the subject; "Also reports X saying
// …", "quotes a senior diplomat saying …" give the words to the cited
// source, named or not; a body's spokesperson written before the noun
// ("A Ministry of Defence spokesperson") is unnamed in every language.
func TestOutletRelaysUnnamedSources(t *testing.T) {
	runLeftProbes(t, []leftProbe{
		{"en", "Giorgia Meloni, it reports, reaffirmed that no Italian soldiers would be sent to Ukraine.",
			[]string{"Giorgia Meloni: reaffirmed that no Italian soldiers would be sent to Ukraine"}},
		{"en", "Keir Starmer, the paper says, told MPs that British forces would deploy only after a ceasefire.",
			[]string{"Keir Starmer: British forces would deploy only after a ceasefire"}},
		{"it", "Giorgia Meloni, scrive il giornale, ha ribadito che nessun soldato italiano sarà inviato.",
			[]string{"Giorgia Meloni: nessun soldato italiano sarà inviato"}},
		{"en", "Also reports an unnamed Ukrainian negotiator saying territory remained the hardest issue.",
			[]string{unnamedSpeaker + ": territory remained the hardest issue"}},
		{"en", "The paper also quotes a senior diplomat saying the talks had stalled.",
			[]string{unnamedSpeaker + ": the talks had stalled"}},
		{"es", "El diario cita a un negociador ucraniano, para quien el territorio sigue siendo el asunto más difícil.",
			[]string{unnamedSpeaker + ": el territorio sigue siendo el asunto más difícil"}},
		{"en", "A Ministry of Defence spokesperson says no British troops would be sent to the front line.",
			[]string{unnamedSpeaker + ": no British troops would be sent to the front line"}},
		{"de", "Ein Sprecher des Verteidigungsministeriums sagte, es würden keine Soldaten entsandt.",
			[]string{unnamedSpeaker + ": es würden keine Soldaten entsandt"}},
		{"fr", "Un porte-parole du ministère des Armées a déclaré qu'aucun soldat ne serait envoyé.",
			[]string{unnamedSpeaker + ": aucun soldat ne serait envoyé"}},
		// a plain report of numbers cites nobody
		{"en", "The ministry reports 20 drones shot down overnight.", nil},
	})
}

// TestSignatureRelativeCalling: a digest's signature line under a
// quotation may end with a relative clause in which the signed person
// calls something a name ("…, que calificó de útil en todos los
// sentidos", "…, which he called useful", "…, che ha definito utile"):
// that characterisation is the person's statement besides the quotation;
// a relative clause with any other verb ("que exigía …") is none.
func TestSignatureRelativeCalling(t *testing.T) {
	const es = "> **«Sin resolver la cuestión territorial no habrá un arreglo duradero»**\n\nYuri Ushakov, asesor del Kremlin, tras el encuentro con Witkoff en Moscú, que calificó de útil en todos los sentidos."
	runLeftProbes(t, []leftProbe{
		{"es", es, []string{"Yuri Ushakov: Sin resolver la cuestión territorial no habrá un arreglo duradero", "Yuri Ushakov: calificó de útil en todos los sentidos"}},
		{"en", "> **“There will be no lasting settlement without the territory question”**\n\nYuri Ushakov, Kremlin aide, after the meeting with Witkoff in Moscow, which he called useful in every sense.",
			[]string{"Yuri Ushakov: There will be no lasting settlement without the territory question", "Yuri Ushakov: called useful in every sense"}},
		{"it", "> **«Senza la questione territoriale non ci sarà un accordo duraturo»**\n\nJurij Ushakov, consigliere del Cremlino, dopo l'incontro con Witkoff a Mosca, che ha definito utile in ogni senso.",
			[]string{"Yuri Ushakov: Senza la questione territoriale non ci sarà un accordo duraturo", "Yuri Ushakov: definito utile in ogni senso"}},
		{"es", "> **«Moscú reclama todo el Donbás»**\n\nYuri Ushakov, asesor del Kremlin, sobre el primer borrador de Washington, que exigía la retirada ucraniana.",
			[]string{"Yuri Ushakov: Moscú reclama todo el Donbás"}},
	})
}
