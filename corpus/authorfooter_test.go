package corpus

import (
	"strings"
	"testing"
)

// TestAuthorFooter reads op-eds in English, German and French whose byline
// gives the name alone and whose footer gives the title: the author's own
// first-person paragraphs are theirs, with the footer's title. A footer
// that makes the writer a journalist makes no author.
func TestAuthorFooter(t *testing.T) {
	cases := []struct {
		lang, doc, speaker, role, frag string
	}{
		{"en", "---\ntitle: Opinion\nlang: en\npublished: 2025-11-29\n---\n\n# The harbour deal needs a second look\n\n*By Ailsa Drummond*\n\n" +
			"I have read the harbour agreement twice, and I still cannot find who pays for the dredging.\n\n" +
			"We were promised a plan for the fishermen, and I see none in the text.\n\n---\n\n" +
			"*Ailsa Drummond is a member of the Scottish Parliament for the Northern Isles.*\n",
			"Ailsa Drummond", "member of the Scottish Parliament for the Northern Isles", "who pays for the dredging"},
		{"de", "---\ntitle: Gastbeitrag\nlang: de\npublished: 2025-11-29\n---\n\n# Der Hafen braucht einen Plan\n\n*Von Henrike Salbach*\n\n" +
			"Ich habe den Vertrag zum Hafenausbau gelesen, und ich finde darin keinen Satz über die Fischer.\n\n" +
			"Wir dürfen die Küstenorte nicht allein lassen, wenn die Fähren teurer werden.\n\n---\n\n" +
			"*Die Autorin ist Abgeordnete des Landtags für die Westküste.*\n",
			"Henrike Salbach", "Abgeordnete des Landtags für die Westküste", "keinen Satz über die Fischer"},
		{"fr", "---\ntitle: Tribune\nlang: fr\npublished: 2025-11-29\n---\n\n# Le port mérite mieux\n\n*Par Solène Kerbrat*\n\n" +
			"J'ai lu l'accord sur le port deux fois, et je n'y trouve aucune ligne sur les pêcheurs.\n\n" +
			"Nous devons défendre les îles, où le prix du ferry a déjà doublé.\n\n---\n\n" +
			"*L'autrice est députée du Finistère.*\n",
			"Solène Kerbrat", "députée du Finistère", "aucune ligne sur les pêcheurs"},
	}
	for _, c := range cases {
		d, err := Parse([]byte(c.doc), ParseOptions{})
		if err != nil {
			t.Fatal(err)
		}
		found := false
		for _, s := range d.Statements {
			found = found || s.Speaker == c.speaker && s.Role == c.role && strings.Contains(s.Text, c.frag)
		}
		if !found {
			t.Errorf("%s: no statement of %s (%s) with %q; got %s", c.lang, c.speaker, c.role, c.frag, statementsBrief(d.Statements))
		}
		// the same op-ed signed off by a reporter's footer has no author's voice
		body := c.doc[:strings.LastIndex(c.doc, "---\n\n")]
		reporter := body + "---\n\n*" + c.speaker + " is a correspondent for the Coast Courier.*\n"
		d, err = Parse([]byte(reporter), ParseOptions{})
		if err != nil {
			t.Fatal(err)
		}
		for _, s := range d.Statements {
			if s.Speaker == c.speaker {
				t.Errorf("%s: a reporter's footer made an author: %s (%s) %q", c.lang, s.Speaker, s.Role, s.Text)
			}
		}
	}
}
