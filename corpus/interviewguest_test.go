package corpus

import (
	"strings"
	"testing"
)

// TestWeIntroGuest checks interviews whose answers carry no label and
// whose guest is named only by the outlet's intro in the first person
// plural ("We spoke with …", "sprachen wir mit …", "мы поговорили с …"),
// by a title's "with" in the case it governs, or by a title setting the
// name before "im Gespräch": the answers are the guest's, in the
// nominative, with the title the intro gives; the questions are no one's.
func TestWeIntroGuest(t *testing.T) {
	for _, c := range []struct {
		file     string
		want     []wantStatement
		question string // a fragment of a question, no statement's
	}{
		{"en-we-spoke.md", []wantStatement{
			{"Tom Hale", "former envoy", "the Europeans had their own pages"},
			{"Tom Hale", "", "a signature before the spring"},
		}, "Why did Geneva matter"},
		{"de-wir-sprachen.md", []wantStatement{
			{"Katrin Vogt", "Sicherheitsforscherin", "nicht mehr in Stein gemeißelt"},
			{"Katrin Vogt", "", "nur die Präsidenten entscheiden"},
		}, "Was hat sich in Genf"},
		{"it-abbiamo-parlato.md", []wantStatement{
			{"Piero Lanza", "", "i nodi veri restano"},
			{"Piero Lanza", "", "le distanze sul territorio"},
		}, "cosa è cambiato"},
		{"ru-my-pogovorili.md", []wantStatement{
			{"Глеб Сорокин", "экономист", "убрали самые жёсткие цифры"},
			{"Глеб Сорокин", "", "Не раньше весны"},
		}, "Что главное"},
		{"fr-nous-avons.md", []wantStatement{
			{"Claire Vasseur", "chercheuse", "gravé dans le marbre"},
			{"Claire Vasseur", "", "chaque virgule comptera"},
		}, "Qu'est-ce qui a changé"},
		{"es-hemos-hablado.md", []wantStatement{
			{"Elena Ruiz Caballero", "diplomática", "las cifras más duras"},
			{"Elena Ruiz Caballero", "", "posiciones siguen muy lejos"},
		}, "Qué cambió"},
		{"de-im-gespraech.md", []wantStatement{
			{"Jonas Albrecht", "", "mehr offene Fragen"},
			{"Jonas Albrecht", "", "sitzt jetzt mit am Tisch"},
		}, "was steht im neuen Text"},
		{"ru-title-declined.md", []wantStatement{
			{"Глеб Сорокин", "политолог", "стороны разошлись"},
			{"Глеб Сорокин", "", "Долгий торг"},
		}, "Чем закончилась"},
	} {
		d := parseFixture(t, "interviewguest", c.file)
		for _, w := range c.want {
			if !hasStatement(d.Statements, w) {
				t.Errorf("%s: no statement %+v; got %s", c.file, w, statementsBrief(d.Statements))
			}
		}
		for _, s := range d.Statements {
			if strings.Contains(s.Text, c.question) {
				t.Errorf("%s: the question %q is a statement of %s", c.file, s.Text, s.Speaker)
			}
		}
	}
}

// TestTitleGuestDeclined checks titles that name a person only as their
// subject ("Senator Tom Hale declines interview …", "Who is Tom Hale?")
// over an explainer's questions and answers: the answers are the
// publication's, never the named person's words.
func TestTitleGuestDeclined(t *testing.T) {
	for _, file := range []string{"en-declines-interview.md", "en-who-is.md"} {
		d := parseFixture(t, "interviewguest", file)
		for _, s := range d.Statements {
			if strings.Contains(s.Speaker, "Hale") {
				t.Errorf("%s: %q given to %s, whom the title only names", file, s.Text, s.Speaker)
			}
		}
	}
}
