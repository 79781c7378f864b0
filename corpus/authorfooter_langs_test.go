package corpus

import (
	"strings"
	"testing"
)

// TestAuthorFooterRole checks an op-ed whose byline gives the author's name
// alone and whose footer says who the author is: the footer's description
// is the author's role and the first-person paragraphs are theirs, in
// Hungarian ("Írta:", "A szerző …") and English ("By", "The author is …").
// Without the footer the byline stays a reporter's, whose text is nobody's
// statement.
func TestAuthorFooterRole(t *testing.T) {
	hu := "---\ntitle: t\noutlet: Tiszaparti Napló\nlang: hu\n---\n\n# A béke ára\n\n*Írta: Szabó Réka*\n\nAmikor a terv megjelent, sokan ünnepeltek. Én nem tartoztam közéjük, mert elolvastam a szöveget.\n\nSzerintem ez a terv nem hozhat tartós békét, mert Ukrajna feje fölött született.\n\n---\n\n"
	en := "---\ntitle: t\noutlet: The Harbour Times\nlang: en\n---\n\n# The price of peace\n\n*By Jane Doe*\n\nWhen the plan appeared, many celebrated. I did not, because I had read the text.\n\n---\n\n"
	for _, c := range []struct {
		name, doc, speaker, role, fragment string
	}{
		{"hu", hu + "*A szerző országgyűlési képviselő, a külügyi bizottság tagja.*\n", "Szabó Réka", "országgyűlési képviselő", "nem hozhat tartós békét"},
		{"en", en + "*The author is a member of parliament, where she sits on the defence committee.*\n", "Jane Doe", "member of parliament", "I had read the text"},
	} {
		t.Run(c.name, func(t *testing.T) {
			for _, s := range statementsOf(t, c.doc) {
				if s.Speaker == c.speaker && s.Role == c.role && strings.Contains(s.Text, c.fragment) {
					return
				}
			}
			t.Errorf("no statement of %s (%s) with %q", c.speaker, c.role, c.fragment)
		})
	}
	for _, doc := range []string{hu, en} {
		for _, s := range statementsOf(t, doc) {
			t.Errorf("byline without a footer: statement %q by %q, want none", s.Text, s.Speaker)
		}
	}
}

// TestHungarianMonthGap checks that a date phrase opened by a month name
// between a Hungarian speaker and the verb is skipped ("Zelenszkij
// november 21-i beszédében úgy fogalmazott, hogy …").
func TestHungarianMonthGap(t *testing.T) {
	hu := "---\ntitle: t\nlang: hu\n---\n\n"
	checkStatements(t, []statementCase{
		{"month phrase", hu + "Nagy Gábor külügyminiszter december 3-i beszédében úgy fogalmazott, hogy a tárgyalások folytatódnak.", "Nagy Gábor", "a tárgyalások folytatódnak"},
	})
}

// TestBylineOpensOutsideASCII checks bylines whose first word is capitalised
// outside ASCII ("Автор:", "Írta:"): the quick test that passes over
// paragraphs opening on no byline word must lower-case that word fully, or
// the author of an op-ed in Russian or Hungarian is lost.
func TestBylineOpensOutsideASCII(t *testing.T) {
	checkStatements(t, []statementCase{
		{"ru", "---\ntitle: t\nlang: ru\n---\n\n# Цена мира\n\nАвтор: Иван Петров, депутат Государственной думы\n\nЯ прочитал этот план дважды. По-моему, он не принесёт прочного мира.\n", "Иван Петров", "не принесёт прочного мира"},
		{"hu", "---\ntitle: t\nlang: hu\n---\n\n# A béke ára\n\nÍrta: Szabó Réka, országgyűlési képviselő\n\nÉn elolvastam a tervet. Szerintem ez a terv nem hozhat tartós békét.\n", "Szabó Réka", "nem hozhat tartós békét"},
	})
}
