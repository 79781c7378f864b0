package corpus

import "testing"

// TestRomanianAttribution checks that Romanian is read as data: the
// compound past "a declarat" (the auxiliary "a" as French has it, "au"
// read as it), verbs generated from stems, "că", "potrivit", the view
// phrase "în opinia sa", titles with the enclitic article and the
// pronouns "el" and "acesta".
func TestRomanianAttribution(t *testing.T) {
	ro := "---\ntitle: t\nlang: ro\n---\n\n"
	checkStatements(t, []statementCase{
		{"ro a declarat că", ro + "Ministrul Mihai Cernat a declarat că Bucureștiul va trimite ajutor suplimentar.", "Cernat", "Bucureștiul va trimite ajutor suplimentar"},
		{"ro a subliniat, generated", ro + "Premierul Andrei Lupescu a subliniat marți că granița rămâne deschisă.", "Lupescu", "granița rămâne deschisă"},
		{"ro a spus, irregular", ro + "Senatoarea Irina Bălan a spus că bugetul apărării va crește.", "Bălan", "bugetul apărării va crește"},
		{"ro el a anunțat", ro + "Ministrul Mihai Cernat a vizitat Odesa. El a anunțat că podul va fi reparat.", "Cernat", "podul va fi reparat"},
		{"ro potrivit", ro + "Potrivit analistului Dan Vornicu, acordul nu va fi semnat anul acesta.", "Vornicu", "acordul nu va fi semnat"},
		{"ro în opinia sa", ro + "„Nimeni nu vrea un armistițiu fragil”, a explicat cercetătorul Dan Vornicu. În opinia sa, Europa trebuie să ceară garanții ferme.", "Vornicu", "Europa trebuie să ceară garanții"},
		{"ro inverted quote", ro + "„Suntem pregătiți pentru orice scenariu”, a afirmat ministrul Mihai Cernat.", "Cernat", "Suntem pregătiți pentru orice scenariu"},
	})
}

// TestPronounAfterMention checks that a pronoun opening a sentence stands
// for the one person the sentence before named with a title without
// quoting them, as a report introduces a spokesperson in the passive or
// as an object ("confirmed by spokesman X. He said …").
func TestPronounAfterMention(t *testing.T) {
	checkStatements(t, []statementCase{
		{"en passive agent", "The visit was confirmed by spokesman Owen Garrick. He said that the delegation would stay two days.", "Garrick", "the delegation would stay two days"},
		{"en object of from", "The news came from the deputy minister Clara Voss. She said that the convoy had crossed the border.", "Voss", "the convoy had crossed the border"},
		{"ro acesta", "---\ntitle: t\nlang: ro\n---\n\nVestea a fost confirmată de purtătorul de cuvânt Ion Vasilache. Acesta a declarat că delegația rămâne două zile.", "Vasilache", "delegația rămâne două zile"},
	})
}

// TestPronounAfterTwoMentions checks that two people named in the
// sentence before leave a pronoun unresolved rather than guessed.
func TestPronounAfterTwoMentions(t *testing.T) {
	for _, s := range statementsOf(t, "The news came from spokesman Owen Garrick and minister Peter Holm. He said that the delegation would stay two days.") {
		t.Errorf("statement %q by %q: a pronoun after two people is nobody's", s.Text, s.Speaker)
	}
}
