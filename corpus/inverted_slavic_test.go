package corpus

import (
	"strings"
	"testing"
)

// TestVerbThenSubject checks a sentence of a free-order language whose
// speech verb is followed by its subject and nothing more: it says who
// speaks next, gives no statement of its own, and the pronoun of the next
// sentence is that person, not the one whose words were the object.
func TestVerbThenSubject(t *testing.T) {
	for _, c := range []struct{ name, text, speaker, fragment, notSpeaker string }{
		{"ru", "---\ntitle: t\nlang: ru\n---\n\nПремьер-министр Олег Дробышев выступил в парламенте.\n\nВ Минске слова Дробышева прокомментировал министр иностранных дел Павел Гайдученко. Он написал в Telegram, что правительство ошибается.", "Гайдученко", "правительство ошибается", "Дробышев"},
		{"uk", "---\ntitle: t\nlang: uk\n---\n\nПрем'єр-міністр Олег Дробишев виступив у парламенті.\n\nУ Львові слова Дробишева прокоментував міністр закордонних справ Павло Гайдученко. Він написав у Telegram, що уряд помиляється.", "Гайдученко", "уряд помиляється", "Дробишев"},
	} {
		t.Run(c.name, func(t *testing.T) {
			found := false
			for _, s := range statementsOf(t, c.text) {
				if strings.Contains(s.Speaker, c.notSpeaker) {
					t.Errorf("statement %q given to %q, whose words were only the object", s.Text, s.Speaker)
				}
				found = found || strings.Contains(s.Speaker, c.speaker) && strings.Contains(s.Text, c.fragment)
			}
			if !found {
				t.Errorf("no statement of %q with %q", c.speaker, c.fragment)
			}
		})
	}
}

// TestSlavicTitleAdjectives checks that an adjective of a title stays in
// the role ("державний секретар", "государственный секретарь", "народна
// депутатка").
func TestSlavicTitleAdjectives(t *testing.T) {
	for _, c := range []struct{ name, text, role string }{
		{"uk", "---\ntitle: t\nlang: uk\n---\n\nУ зустрічі бере участь державний секретар Павло Гайдученко. Гайдученко сказав, що сторони зблизилися.", "державний секретар"},
		{"ru", "---\ntitle: t\nlang: ru\n---\n\nВ встрече участвует государственный секретарь Павел Гайдученко. Гайдученко сказал, что стороны сблизились.", "государственный секретарь"},
	} {
		t.Run(c.name, func(t *testing.T) {
			st := statementsOf(t, c.text)
			if len(st) != 1 || st[0].Role != c.role {
				t.Errorf("got %+v, want one statement with the role %q", st, c.role)
			}
		})
	}
}

// TestSpeakerThenAffiliation checks a dashed quotation whose inverted
// attribution holds a channel before the speaker and the institution
// after the name ("– … – ocenił w rozmowie z TVW24 dr X z Ośrodka …").
func TestSpeakerThenAffiliation(t *testing.T) {
	checkStatements(t, []statementCase{
		{"pl", "---\ntitle: t\nlang: pl\n---\n\n– Plan pisano w pośpiechu – ocenił w rozmowie z Radiem Północ dr Adam Wierzbicki z Instytutu Studiów Wschodnich w Lublinie.", "Adam Wierzbicki", "Plan pisano w pośpiechu"},
		{"ru", "---\ntitle: t\nlang: ru\n---\n\n— План писали в спешке, — заявил в интервью радио Север профессор Олег Дробышев из Института востоковедения.", "Дробышев", "План писали в спешке"},
	})
}

// TestIronicVerbs checks the verbs of saying something ironically as
// speech verbs in several languages ("ironizował", "a ironisé").
func TestIronicVerbs(t *testing.T) {
	checkStatements(t, []statementCase{
		{"pl", "---\ntitle: t\nlang: pl\n---\n\nPremier Adam Wierzbicki przemawiał w Sejmie.\n\n– Cieszy nas, że ktoś o nas pamięta – ironizował premier.", "Wierzbicki", "Cieszy nas, że ktoś o nas pamięta"},
		{"fr", "---\ntitle: t\nlang: fr\n---\n\n« Nous sommes ravis qu'on se souvienne de nous », a ironisé le ministre Paul Ferrand.", "Paul Ferrand", "Nous sommes ravis"},
	})
}
