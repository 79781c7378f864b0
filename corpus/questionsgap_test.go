package corpus

import (
	"strings"
	"testing"
)

// TestRepliedToQuestionsAfterGap: "ont répondu pendant une heure aux
// questions de la presse" says how long people answered, not what; the
// words reported are no statement (French, Italian, English).
func TestRepliedToQuestionsAfterGap(t *testing.T) {
	for _, c := range []struct{ name, lang, text string }{
		{"fr", "fr", "Mardi soir, le ministre Paul Garnier a répondu pendant près d'une heure aux questions de la presse."},
		{"it", "it", "Il ministro Carlo Benvenuti ha risposto per quasi un'ora alle domande dei giornalisti."},
		{"en", "en", "Minister Paul Garner replied for almost an hour to questions from reporters."},
	} {
		t.Run(c.name, func(t *testing.T) {
			d, err := Parse([]byte("---\ntitle: t\nlang: "+c.lang+"\n---\n\n"+c.text+"\n"), ParseOptions{})
			if err != nil {
				t.Fatal(err)
			}
			for _, s := range d.Statements {
				if !s.Direct && strings.Contains(s.Text, "questions") || strings.Contains(s.Text, "domande") {
					t.Errorf("answering questions is no statement: %+v", s)
				}
			}
		})
	}
}
