package corpus

import "testing"

func TestQuotationOverParagraphsIsOneStatement(t *testing.T) {
	for _, c := range []struct{ name, text, speaker, want string }{
		{"en opened at the paragraph's second sentence",
			"Mara Lind spoke to us.\n\n\"The line holds,\" Lind went on. \"Everyone here knows what comes after the fields.\n\n\"I am not saying never. Show me what stops them coming back.\"\n",
			"Mara Lind", "Everyone here knows what comes after the fields.\nI am not saying never. Show me what stops them coming back"},
		{"en over three paragraphs",
			"\"We will wait,\" Arvid Lennart said. \"The text is not final.\n\n\"Nobody has signed.\n\n\"Nobody will sign this week.\"\n",
			"Arvid Lennart", "The text is not final.\nNobody has signed.\nNobody will sign this week"},
		{"fr guillemets sur deux paragraphes",
			"---\ntitle: t\nlang: fr\n---\n\n« Nous attendrons », a déclaré Arvid Lennart. « Le texte n'est pas définitif.\n\n« Personne n'a signé. »\n",
			"Arvid Lennart", "Le texte n'est pas définitif.\nPersonne n'a signé"},
	} {
		t.Run(c.name, func(t *testing.T) {
			for _, s := range statementsOf(t, c.text) {
				if s.Speaker == c.speaker && s.Text == c.want {
					return
				}
			}
			for _, s := range statementsOf(t, c.text) {
				t.Logf("%s %q", s.Speaker, s.Text)
			}
			t.Errorf("no statement of %s %q", c.speaker, c.want)
		})
	}
}
