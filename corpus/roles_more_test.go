package corpus

import "testing"

// TestMoreTitles checks titles added as data in several languages (a
// volunteer, a lawyer, a chancellor in Portuguese, Portuguese and Greek
// articles before a title): the statement keeps its speaker's title,
// without the article.
func TestMoreTitles(t *testing.T) {
	for _, c := range []struct{ name, doc, speaker, role string }{
		{"it volontaria inverted", "---\ntitle: t\nlang: it\n---\n\n«Ogni giorno conta», ci ha detto la volontaria Chiara Bellini.", "Chiara Bellini", "volontaria"},
		{"pt o chanceler", "---\ntitle: t\nlang: pt\n---\n\nO chanceler austríaco Lukas Brandner afirmou que a Europa tem de estar à mesa.", "Lukas Brandner", "chanceler austríaco"},
		{"es abogada", "---\ntitle: t\nlang: es\n---\n\nLa abogada Lucía Ferrán dijo que la amnistía sería inaceptable.", "Lucía Ferrán", "abogada"},
		{"ru apposition доцент", "---\ntitle: t\nlang: ru\n---\n\nВступление.\n\nПолитолог Павел Горин, доцент Тверского университета, считает, что переговоры затянутся.", "Павел Горин", "Политолог, доцент Тверского университета"},
		{"pl apposition adiunkt", "---\ntitle: t\nlang: pl\n---\n\nWstęp.\n\nEkspert Jan Wrzos, adiunkt z Gdańska, uważa, że rozmowy potrwają.", "Jan Wrzos", "Ekspert, adiunkt z Gdańska"},
		{"el ο καθηγητής", "---\ntitle: t\nlang: el\n---\n\nΟ καθηγητής Νίκος Λάμπρου είπε ότι το σχέδιο δεν θα διαρκέσει.", "Νίκος Λάμπρου", "καθηγητής"},
	} {
		got := false
		for _, s := range statementsOf(t, c.doc) {
			if s.Speaker == c.speaker {
				got = true
				if s.Role != c.role {
					t.Errorf("%s: role %q, want %q", c.name, s.Role, c.role)
				}
			}
		}
		if !got {
			t.Errorf("%s: no statement by %s", c.name, c.speaker)
		}
	}
}
