package corpus

import (
	"strings"
	"testing"
)

// TestScriptLabelProbes is the battery of script labels (scriptlabels.go):
// a sound bite's or a balloon's label names its speaker in brackets, a
// narrator's label opens prose that is no one's statement, in several
// languages, with negatives.
func TestScriptLabelProbes(t *testing.T) {
	for _, c := range []struct {
		name, doc string
		want      []string // "speaker | words" each statement must contain
		not       []string // "speaker | words" no statement may contain (either part may be empty)
	}{
		{"de radio feature bite", "---\nlang: de\n---\n# Feature\n\nSPRECHERIN:\nGenf, im November. Zwei Delegationen, ein Papier.\n\nO-TON 1 (Marco Rubio, Overvoice):\nWir haben enorme Fortschritte gemacht. Einiges bleibt offen.\n\nATMO 2: Kantine, Geschirrklappern.\n\nO-TON 2 (Dr. Anna Berg, Institut für Friedensforschung Trier):\nDas war kein Gegenplan.\n",
			[]string{"Marco Rubio | Wir haben enorme Fortschritte gemacht. Einiges bleibt offen", "Anna Berg | Das war kein Gegenplan"},
			[]string{"Sprecherin | ", " | Zwei Delegationen", " | Kantine", "O-Ton | "}},
		{"de narrator reports", "---\nlang: de\n---\n# Feature\n\nSPRECHERIN:\nIn Moskau sagte Dmitri Peskow, der Kreml habe nichts erhalten.\n\nABSAGE (SPRECHERIN):\nEin Feature von Lena Brandt. Regie: Jörg Amsel.\n",
			[]string{"Dmitry Peskov | der Kreml habe nichts erhalten"},
			[]string{"Sprecherin | ", "Absage | ", " | Ein Feature von"}},
		{"fr comic balloons", "---\nlang: fr\n---\n# BD\n\n**Case 3** — Salle de réunion. Marco Rubio face aux journalistes.\nBULLE (Rubio) : Nous avons fait énormément de progrès.\nBULLE (Rubio, plus petite) : Il reste des choses à régler.\n\nRÉCITATIF : Les Européens réécrivent le texte. Le point 6 limite l'armée.\n\n**Case 5** — Moscou.\nBULLE (Peskov) : On ne nous a rien communiqué.\n",
			[]string{"Marco Rubio | Nous avons fait énormément de progrès", "Marco Rubio | Il reste des choses à régler", "Dmitry Peskov | On ne nous a rien communiqué"},
			[]string{"Bulle | ", "Récitatif | ", " | Les Européens réécrivent"}},
		{"fr running order voice-over", "---\nlang: fr\n---\n# Conducteur\n\nVOIX OFF : Le texte américain prévoyait un plafond de 600 000 hommes.\nSON (0'12) : Marco Rubio estime que beaucoup de progrès ont été faits.\n",
			[]string{"Marco Rubio | beaucoup de progrès ont été faits"},
			[]string{"Voix Off | ", "Son | ", " | Le texte américain prévoyait"}},
		{"en TV script bite and narrator", "---\nlang: en\n---\n# Script\n\nNARRATOR: Talks resumed in Geneva on Sunday.\n\nSOT (Kaja Kallas, EU foreign policy chief): Any plan needs Ukrainians and Europeans on board.\n",
			[]string{"Kaja Kallas | Any plan needs Ukrainians and Europeans on board"},
			[]string{"Narrator | ", " | Talks resumed in Geneva"}},
		{"it balloon", "---\nlang: it\n---\n# Fumetto\n\nFUMETTO (Giorgia Meloni): Serve un piano che tuteli l'Ucraina.\n\nDIDASCALIA: Roma, dicembre. Il governo discute il testo.\n",
			[]string{"Giorgia Meloni | Serve un piano che tuteli l'Ucraina"},
			[]string{"Fumetto | ", "Didascalia | ", " | Il governo discute"}},
		{"ru narrator", "---\nlang: ru\n---\n# Сценарий\n\nДИКТОР: Переговоры в Женеве продолжились в воскресенье.\n\nСИНХРОН (Дмитрий Песков): Мы пока не получали никакого текста.\n",
			[]string{"Peskov | Мы пока не получали никакого текста"},
			[]string{"Диктор | ", " | Переговоры в Женеве"}},
		{"en role label is no bite", "---\nlang: en\n---\n# Transcript\n\nPRESENTER (Anna Berg): Good evening. Talks resumed in Geneva.\n",
			nil,
			[]string{"Presenter | ", "Anna Berg | Good evening"}},
	} {
		ss, got := probeStatements(t, c.name, c.doc)
		for _, w := range c.want {
			if !saysWords(ss, w) {
				t.Errorf("%s: want %q, got %q", c.name, w, got)
			}
		}
		for _, n := range c.not {
			sp, words, _ := strings.Cut(n, " | ")
			for _, s := range ss {
				if (sp == "" || strings.Contains(s.Speaker, sp)) && (words == "" || strings.Contains(s.Text, words)) {
					t.Errorf("%s: unwanted %q in %q", c.name, n, got)
				}
			}
		}
	}
}
