package corpus

import "testing"

// TestMoreTitles checks titles added as data in several languages (a
// volunteer, a lawyer, a chancellor in Portuguese, Portuguese and Greek
// articles before a title): the statement keeps its speaker's title,
// without the article.
func TestMoreTitles(t *testing.T) {
	checkExactRoles(t, []exactRole{
		{"it volontaria inverted", "---\ntitle: t\nlang: it\n---\n\n«Ogni giorno conta», ci ha detto la volontaria Chiara Bellini.", "Chiara Bellini", "volontaria"},
		{"pt o chanceler", "---\ntitle: t\nlang: pt\n---\n\nO chanceler austríaco Lukas Brandner afirmou que a Europa tem de estar à mesa.", "Lukas Brandner", "chanceler austríaco"},
		{"es abogada", "---\ntitle: t\nlang: es\n---\n\nLa abogada Lucía Ferrán dijo que la amnistía sería inaceptable.", "Lucía Ferrán", "abogada"},
		{"ru apposition доцент", "---\ntitle: t\nlang: ru\n---\n\nВступление.\n\nПолитолог Павел Горин, доцент Тверского университета, считает, что переговоры затянутся.", "Павел Горин", "Политолог, доцент Тверского университета"},
		{"pl apposition adiunkt", "---\ntitle: t\nlang: pl\n---\n\nWstęp.\n\nEkspert Jan Wrzos, adiunkt z Gdańska, uważa, że rozmowy potrwają.", "Jan Wrzos", "Ekspert, adiunkt z Gdańska"},
		{"el ο καθηγητής", "---\ntitle: t\nlang: el\n---\n\nΟ καθηγητής Νίκος Λάμπρου είπε ότι το σχέδιο δεν θα διαρκέσει.", "Νίκος Λάμπρου", "καθηγητής"},
	})
}

// exactRole is a document and the speaker one of its statements must have,
// with exactly this role ("" for none).
type exactRole struct{ name, doc, speaker, role string }

// checkExactRoles parses each case's document and checks that the
// speaker has a statement and that every statement of theirs has the
// role: an exact test, so that a role that swallowed more words, or one
// given where none is due, fails.
func checkExactRoles(t *testing.T, cases []exactRole) {
	t.Helper()
	for _, c := range cases {
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
