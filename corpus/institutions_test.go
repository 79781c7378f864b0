package corpus

import (
	"strings"
	"testing"
)

// TestInstitutionSpeakers checks that a body or a group speaking as one is
// the speaker in the languages data/institutions.json covers: a body by
// its head noun first ("МИД России", "il ministero degli Esteri") or alone
// ("Кремль"), a Slavic body speaking from where it sits ("В Кремле
// заявили"), a group by a plural noun and its qualifier; and that a title
// after the body still makes a person, and a city after a preposition no
// speaker.
func TestInstitutionSpeakers(t *testing.T) {
	for _, c := range []struct{ lang, body, speaker, text string }{
		{"ru", "Кремль заявил, что пока не видел нового текста соглашения.", "Кремль", "пока не видел нового текста"},
		{"ru", "МИД России сообщил, что консультации продолжатся в пятницу.", "МИД России", "консультации продолжатся"},
		{"ru", "В Кремле заявили, что ответ будет дан после изучения документа.", "Кремль", "ответ будет дан"},
		{"uk", "У МЗС повідомили, що делегація повернеться до Києва в неділю.", "МЗС", "делегація повернеться"},
		{"uk", "У Кремлі тим часом повідомили, що відповідь надішлють пізніше.", "Кремль", "відповідь надішлють"},
		{"pl", "W Kremlu poinformowali, że odpowiedź będzie gotowa w piątek.", "Kremlin", "odpowiedź będzie gotowa"},
		{"it", "Il ministero degli Esteri ha dichiarato che la riunione si terrà a Roma.", "Ministero degli Esteri", "la riunione si terrà"},
		{"it", "Il Cremlino ha detto che la proposta va ancora studiata.", "Kremlin", "la proposta va ancora studiata"},
		{"pl", "Europejscy przywódcy oświadczyli, że granice nie mogą być zmieniane siłą.", "Europejscy przywódcy", "granice nie mogą być zmieniane"},
		{"fr", "Le Kremlin a déclaré que la réponse viendrait plus tard.", "Kremlin", "la réponse viendrait plus tard"},
		{"en", "The synod said that forgiveness cannot be ordered by a treaty.", "Synod", "forgiveness cannot be ordered"},
		{"it", "Il governo ha detto che la delegazione partirà domani.", "Governo", "la delegazione partirà domani"},
		{"de", "Das Auswärtige Amt teilte mit, dass die Gespräche am Montag fortgesetzt werden.", "Auswärtige Amt", "die Gespräche am Montag fortgesetzt"},
	} {
		wantSpeakerText(t, c.lang, c.body, c.speaker, c.text)
	}
	// a titled person after the body is the person, not the body
	wantSpeakerRole(t, "en", "Kremlin spokesman Dmitry Peskov said the text had not arrived.", "Dmitry Peskov", "Kremlin spokesman")
	// a city is where it was said, not who said it
	for _, s := range statementsOf(t, "---\ntitle: t\nlang: uk\n---\n\nУ Києві повідомили, що зустріч відбудеться в середу.") {
		if s.Speaker == "Київ" || s.Speaker == "Києві" {
			t.Errorf("a city as speaker: %+v", s)
		}
	}
}

// wantSpeakerText parses body as a document in lang and fails t unless a
// statement holding text is given to speaker.
func wantSpeakerText(t *testing.T, lang, body, speaker, text string) {
	t.Helper()
	sts := statementsOf(t, "---\ntitle: t\nlang: "+lang+"\n---\n\n"+body)
	for _, s := range sts {
		if s.Speaker == speaker && strings.Contains(goldLow(s.Text), goldLow(text)) {
			return
		}
	}
	t.Errorf("%s: no statement of %q holding %q; got %+v", lang, speaker, text, sts)
}
