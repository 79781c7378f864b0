package corpus

import (
	"strings"
	"testing"
)

// TestVerbSecondFrontedPhrase: a phrase of time or place before the verb
// of a verb-second language, with or without commas; the speaker is the
// subject after the verb, never the phrase (verbsecondfront.go). Romance
// inversion after a fronted phrase is checked as already read.
func TestVerbSecondFrontedPhrase(t *testing.T) {
	doc := func(lang, body string) string {
		return "---\ntitle: t\nlang: " + lang + "\n---\n\n" + body
	}
	cases := []statementCase{
		{"de Tage später sagt", doc("de", "Fünf Tage später sagt sein Berater Juri Uschakow, man habe noch keinen Kompromiss gefunden.\n"), "Yuri Ushakov", "man habe noch keinen Kompromiss gefunden"},
		{"de Tage später, nach …, sagt", doc("de", "Fünf Tage später, nach dem Treffen im Kreml mit Witkoff und Kushner, sagt sein Berater Juri Uschakow, man habe noch keinen Kompromiss gefunden.\n"), "Yuri Ushakov", "man habe noch keinen Kompromiss gefunden"},
		{"de Am Montag erklärte", doc("de", "Am Montag erklärte Kremlsprecher Dmitri Peskow, die Gespräche seien nützlich gewesen.\n"), "Peskov", "die Gespräche seien nützlich gewesen"},
		{"nl Twee dagen later, na …, zei", doc("nl", "Twee dagen later, na het overleg in Genève, zei minister Pieter Dekkers dat Nederland wil bijdragen.\n"), "Pieter Dekkers", "Nederland wil bijdragen"},
		{"nl Drie weken later zei", doc("nl", "Drie weken later zei minister Pieter Dekkers dat de steun doorgaat.\n"), "Pieter Dekkers", "de steun doorgaat"},
		{"it Due giorni dopo, al termine", doc("it", "Due giorni dopo, al termine dell'incontro, il portavoce Dmitri Peskov ha detto che i colloqui sono stati utili.\n"), "Peskov", "i colloqui sono stati utili"},
		{"de Auch X sagte: the subject before the verb", doc("de", "Auch Kanzler Friedrich Merz sagte, die Lage sei ernst und bleibe es.\n"), "Friedrich Merz", "die Lage sei ernst"},
		{"nl Ook X zei dat: the subject before the verb", doc("nl", "Ook minister Pieter Dekkers zei dat de steun doorgaat.\n"), "Pieter Dekkers", "de steun doorgaat"},
		{"fr Lundi soir, à Moscou", doc("fr", "Lundi soir, à Moscou, le porte-parole Dmitri Peskov a déclaré que les discussions ont été utiles.\n"), "Peskov", "les discussions ont été utiles"},
	}
	checkStatements(t, cases)
	for _, c := range cases {
		for _, s := range statementsOf(t, c.text) {
			for _, bad := range []string{"Tage", "dagen", "weken", "giorni", "Lundi"} {
				if strings.Contains(s.Speaker, bad) {
					t.Errorf("%s: the fronted phrase read as the speaker: %+v", c.name, s)
				}
			}
		}
	}
	// Negatives: the phrase must be one of time or place, the verb must
	// follow it, and a subject before the verb keeps its place.
	for _, n := range []struct{ name, text, notSpeaker string }{
		{"de subject with relative clause", doc("de", "Der Kanzler, der gestern in Genf war, sagte Journalisten, die Lage sei ernst.\n"), "Journalisten"},
		{"de phrase holds a quotation", doc("de", "Fünf Tage später, „nach dem Treffen“, sagt das Blatt nichts.\n"), "Blatt"},
		{"nl no speech verb after the phrase", doc("nl", "Twee dagen later, na het overleg in Genève, vertrok minister Pieter Dekkers naar huis.\n"), "Dekkers"},
		{"en not a verb-second language", doc("en", "Five days later, after the meeting in Moscow, says the adviser Yuri Ushakov, nothing was agreed.\n"), "Five days"},
	} {
		for _, s := range statementsOf(t, n.text) {
			if strings.Contains(s.Speaker, n.notSpeaker) {
				t.Errorf("%s: %q must not be the speaker: %+v", n.name, n.notSpeaker, s)
			}
		}
	}
}

// TestVerbSecondFrontLimits: verbSecondFront itself gives no verb for a
// phrase that opens and closes on no word of time or place, for a colon,
// and outside German and Dutch.
func TestVerbSecondFrontLimits(t *testing.T) {
	for _, c := range []struct {
		lang, text string
		want       bool
	}{
		{"de", "Fünf Tage später, nach dem Treffen im Kreml, sagt sein Berater Juri Uschakow, man habe nichts gefunden.", true},
		{"nl", "Na Genève en Abu Dhabi zeggen onderhandelaars dat het plan is ingekort.", true},
		{"de", "Der Kanzler, der gestern kam, sagte Journalisten, die Lage sei ernst.", false},
		{"de", "Die Lage: sagt Merz, sie sei ernst und bleibe es.", false},
		{"it", "Due giorni dopo, al termine, ha detto Dmitri Peskov che i colloqui sono utili.", false},
		{"fr", "Deux jours plus tard, à Moscou, a déclaré Dmitri Peskov que les discussions sont utiles.", false},
	} {
		x := &extractor{lx: lexiconData(), src: Source{Lang: c.lang}}
		got := x.verbSecondFront(x.tokensOf(c.text)) > 0
		if got != c.want {
			t.Errorf("%s %q: verb found %v, want %v", c.lang, c.text, got, c.want)
		}
	}
}
