package corpus

import (
	"strings"
	"testing"
)

// reportDoc wraps a body in front matter naming its language.
func reportDoc(lang, body string) string {
	return "---\ntitle: t\nlang: " + lang + "\n---\n\n" + body + "\n"
}

// TestReportClauseReadsIndirectSpeech: the fallback reader finds reported
// speech without quotation marks in the shapes no phrase rule reads, in
// several languages.
func TestReportClauseReadsIndirectSpeech(t *testing.T) {
	checkStatements(t, []statementCase{
		// an attribution between commas, the subject dropped
		{"it aside, dropped subject",
			reportDoc("it", "Il ministro Carlo Benvenuti ha parlato a Bari. Alcune richieste, ha aggiunto, per Roma sono ragionevoli."),
			"Carlo Benvenuti", "per Roma sono ragionevoli"},
		{"es aside, dropped subject",
			reportDoc("es", "El ministro Tomás Arregui habló en Bilbao. Con esa cifra, explicó, el ejército no podría cubrir el frente."),
			"Tomás Arregui", "el ejército no podría cubrir el frente"},
		// an attribution between commas with its own subject
		{"de aside, name after separable verb",
			reportDoc("de", "Landrat Uwe Pfeiffer sprach in Kassel. Er teile diese Sorge, fügte Pfeiffer hinzu, auch wenn er kein Diplomat sei."),
			"Uwe Pfeiffer", "auch wenn er kein Diplomat sei"},
		{"hr aside, clitic",
			reportDoc("hr", "Glasnogovornik Ivo Barić govorio je u Zagrebu. Tiha diplomacija, poručio je, daje bolje rezultate od prijetnji."),
			"Ivo Barić", "daje bolje rezultate"},
		// "as" closing the sentence, then Konjunktiv going on
		{"de wie er betont, then Konjunktiv",
			reportDoc("de", "Die Ministerin Katrin Ahlers will sich nicht einmischen, wie sie betont. Aber die Gemeinde brauche Klarheit."),
			"Katrin Ahlers", "die Gemeinde brauche Klarheit"},
		// the verb before its speaker, then "that"
		{"it ha detto X che",
			reportDoc("it", "Ha detto il sindaco Piero Gallani che la città non firmerà nulla."),
			"Piero Gallani", "la città non firmerà nulla"},
		// a characterisation through an auxiliary
		{"en had named … as",
			reportDoc("en", "Governor Teo Mallard had named Friday as the day Kyiv should reply."),
			"Teo Mallard", "named Friday as the day Kyiv should reply"},
		{"en was calling it",
			reportDoc("en", "Senator Brill Hatcher was in Rome. By the evening he was calling it the best day of the talks."),
			"Brill Hatcher", "calling it the best day"},
		{"en dubbed",
			reportDoc("en", "Senator Brill Hatcher dubbed the draft a wish list written in Moscow."),
			"Brill Hatcher", "dubbed the draft a wish list"},
		{"de wertete … als",
			reportDoc("de", "Landrat Uwe Pfeiffer wertete den Entwurf als einen Rückschritt für die Region."),
			"Uwe Pfeiffer", "wertete den Entwurf als einen Rückschritt"},
		// a second verb after "then"
		{"en then said",
			reportDoc("en", "Governor Teo Mallard met the envoy in Geneva, then said the plan was not final."),
			"Teo Mallard", "the plan was not final"},
		{"pl potem stwierdził",
			reportDoc("pl", "Senator Adam Kolasa najpierw pojechał do Genewy, potem stwierdził, że plan nie jest ostateczny."),
			"Adam Kolasa", "plan nie jest ostateczny"},
	})
}

// TestReportClauseLeavesNarrative: sentences that only look like reports
// give no statement from the reader.
func TestReportClauseLeavesNarrative(t *testing.T) {
	for _, c := range []struct{ name, text, not string }{
		{"en passive named", reportDoc("en", "Governor Teo Mallard was named envoy to the talks in Geneva last spring."), "envoy to the talks"},
		{"en question", reportDoc("en", "Would the envoy, she asked, really sign the plan without Kyiv?"), "sign the plan"},
		{"en apposition between commas", reportDoc("en", "Teo Mallard, speaking in Geneva, arrived late for the talks."), "arrived late"},
		{"de question", reportDoc("de", "Wer zahlt, fragte sie, für den Wiederaufbau der Städte?"), "Wiederaufbau"},
		{"it outlet aside", reportDoc("it", "Il vertice, riporta Reuters, è stato rinviato a lunedì."), "rinviato"},
		{"en said nothing more", reportDoc("en", "Teo Mallard arrived in Geneva on Monday. He said nothing."), "nothing"},
	} {
		t.Run(c.name, func(t *testing.T) {
			d, err := Parse([]byte(c.text), ParseOptions{})
			if err != nil {
				t.Fatal(err)
			}
			for _, s := range d.Statements {
				if strings.Contains(s.Text, c.not) {
					t.Errorf("narrative read as speech: %+v", s)
				}
			}
		})
	}
}

// TestReportClauseAddresseeNotSaid: "told reporters" without "that" gives
// the clause after the addressee, not the addressee with it.
func TestReportClauseAddresseeNotSaid(t *testing.T) {
	for _, c := range []struct{ name, text, speaker, prefix string }{
		{"en told reporters, clause", reportDoc("en", "Senator Brill Hatcher told reporters Europe would not accept a frozen line."), "Brill Hatcher", "Europe would not accept"},
		{"en told journalists, place, that", reportDoc("en", "Senator Brill Hatcher told journalists at the American mission in Geneva on Sunday that the gaps were small."), "Brill Hatcher", "the gaps were small"},
	} {
		t.Run(c.name, func(t *testing.T) {
			d, err := Parse([]byte(c.text), ParseOptions{})
			if err != nil {
				t.Fatal(err)
			}
			for _, s := range d.Statements {
				if strings.Contains(s.Speaker, c.speaker) && strings.HasPrefix(s.Text, c.prefix) {
					return
				}
			}
			t.Errorf("no statement of %q opening %q; got %+v", c.speaker, c.prefix, d.Statements)
		})
	}
}

// TestEmphaticPronounIsNoName: "Сам X" ("X himself") is X.
func TestEmphaticPronounIsNoName(t *testing.T) {
	checkStatements(t, []statementCase{
		{"ru сам", reportDoc("ru", "Министр Олег Лаптев выступил в Казани. Сам Лаптев назвал утечку попыткой сорвать переговоры."), "Олег Лаптев", "назвал утечку"},
		{"uk сама", reportDoc("uk", "Міністерка Олена Гринько виступила у Львові. Сама Гринько назвала план капітуляцією без гарантій."), "Олена Гринько", "назвала план"},
	})
}

// TestReportClauseCoordinatedAndDropped: a speech verb after "and" whose
// subject is a title and name in apposition; "was telling … that"; a
// characterisation whose subject the language drops.
func TestReportClauseCoordinatedAndDropped(t *testing.T) {
	checkStatements(t, []statementCase{
		{"en appositive subject, and said",
			reportDoc("en", "Poland's foreign minister, Adam Kolasa, thanked the hosts for the talks and said Warsaw would keep working with all partners."),
			"Adam Kolasa", "Warsaw would keep working"},
		{"es appositive subject, y dijo",
			reportDoc("es", "La ministra de Defensa, Irene Solís, visitó la base y dijo que el ejército necesita más fondos."),
			"Irene Solís", "el ejército necesita más fondos"},
		{"en was telling … that",
			reportDoc("en", "Senator Brill Hatcher left the mission late. By evening Hatcher was telling reporters outside that the meeting had been useful."),
			"Brill Hatcher", "the meeting had been useful"},
		{"hr dropped subject, opisao",
			reportDoc("hr", "Ministar Ivo Barić rekao je novinarima da pregovori nisu gotovi. Razgovor je opisao kao koristan i konstruktivan."),
			"Ivo Barić", "opisao kao koristan"},
		{"it dropped subject, definito",
			reportDoc("it", "Il ministro Carlo Benvenuti ha detto che il piano va rivisto. Il colloquio lo ha definito utile e costruttivo."),
			"Carlo Benvenuti", "definito utile"},
	})
}

// TestReportClauseDroppedNeedsEvidence: without a subject, a verb is
// given to no one the paragraph does not name, nor in a language that
// does not drop subjects.
func TestReportClauseDroppedNeedsEvidence(t *testing.T) {
	for _, c := range []struct{ name, text, not string }{
		{"hr speaker of an earlier paragraph",
			reportDoc("hr", "Ministar Ivo Barić rekao je da pregovori nisu gotovi.\n\nSastanak u Ženevi trajao je pet sati. Razgovor je opisao kao koristan i konstruktivan."),
			"Razgovor"},
		{"de no dropped subject",
			reportDoc("de", "Landrat Uwe Pfeiffer sagte, der Plan sei ein Anfang. Im Kreistag wertete man den Entwurf als Rückschritt."),
			"Rückschritt"},
	} {
		t.Run(c.name, func(t *testing.T) {
			d, err := Parse([]byte(c.text), ParseOptions{})
			if err != nil {
				t.Fatal(err)
			}
			for _, s := range d.Statements {
				if strings.Contains(s.Text, c.not) && s.Speaker != unnamedSpeaker {
					t.Errorf("given to someone without evidence: %+v", s)
				}
			}
		})
	}
}

// TestReportedMoodAfterAnnouncement: a sentence naming one person beside
// a noun of speech announces them, and the reported mood of the next
// sentence is theirs; Estonian's oblique mood goes on as German's
// Konjunktiv does.
func TestReportedMoodAfterAnnouncement(t *testing.T) {
	checkStatements(t, []statementCase{
		{"de Widerspruch kam von",
			reportDoc("de", "Widerspruch kam von dem Abgeordneten Timo Brandl. Ihm gehe der Entwurf nicht weit genug."),
			"Timo Brandl", "Ihm gehe der Entwurf nicht weit genug"},
		{"de Kritik übte",
			reportDoc("de", "Kritik übte auch die Ministerin Katrin Ahlers. Der Plan sei ein Diktat aus Washington."),
			"Katrin Ahlers", "Der Plan sei ein Diktat"},
		{"et oblique mood goes on",
			reportDoc("et", "Minister Kalle Tamm ütles, et plaan on hea. Moskva olevat nõus läbirääkimisi jätkama."),
			"Kalle Tamm", "Moskva olevat nõus"},
		{"et Kriitikat esitas",
			reportDoc("et", "Kriitikat esitas ka minister Kalle Tamm. Plaan olevat liiga ebamäärane."),
			"Kalle Tamm", "Plaan olevat liiga ebamäärane"},
	})
}

// TestReportClauseAsideForms: an aside with the pronoun joined to the
// verb, one closing the sentence with whom the words were given to, and
// a speech verb after "but".
func TestReportClauseAsideForms(t *testing.T) {
	checkStatements(t, []statementCase{
		{"fr analyse-t-elle",
			reportDoc("fr", "L'ancienne ambassadrice Hélène Dufay était l'invitée de la matinale. Le Kremlin, analyse-t-elle, prend tout ce qui lui est favorable."),
			"Hélène Dufay", "prend tout ce qui lui est favorable"},
		{"de closing aside with addressee",
			reportDoc("de", "Der Forscher Jannik Oltmanns war skeptisch. Besonders Punkt 6 sei kaum annehmbar, sagte er unserer Zeitung."),
			"Jannik Oltmanns", "Besonders Punkt 6 sei kaum annehmbar"},
		{"nl maar benadrukte dat",
			reportDoc("nl", "Minister Thijs Brouwer sprak in Den Haag. Hij prees de Amerikaanse inzet, maar benadrukte dat elke afspraak afdwingbaar moet zijn."),
			"Thijs Brouwer", "elke afspraak afdwingbaar moet zijn"},
		{"en but insisted",
			reportDoc("en", "Senator Brill Hatcher praised the American effort but insisted the deal must be enforceable."),
			"Brill Hatcher", "the deal must be enforceable"},
	})
}
