package corpus

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// TestAuthorText reads documents whose author is the speaker, in eight
// languages: an op-ed under a byline, open letters and a written answer
// signed under a closing formula, posts signed "NAME, ROLE", a message an
// intro line attributes. The author's first-person paragraphs are theirs,
// with the role the byline or signature gives; a reporter's byline gives
// none, and others' words quoted in the text stay theirs.
func TestAuthorText(t *testing.T) {
	cases := []struct {
		file    string
		speaker string   // the author, "" when the text has none
		role    string   // the author's role as the byline or signature gives it
		want    []string // fragments of the author's statements
		not     []string // fragments no statement of the author's may hold
	}{
		{"en-oped.md", "Tomas Wendel", "member of the European Parliament",
			[]string{"Last week I read the American draft twice", "We in Europe cannot accept a ceiling"},
			[]string{"Glory to the brave"}},
		{"en-newsroom.md", "", "", nil, nil},
		// a bare unknown name under a letter, no title anywhere: dropped
		// (dropUntitledAuthors)
		{"en-untitled.md", "Peter Harrow", "", nil, []string{"I have read every word"}},
		{"de-brief.md", "Karl Brenner", "Vorsitzender des Vereins Rheinbrücke",
			[]string{"wir sehen mit Sorge", "Ich bitte die Bundesregierung"},
			[]string{"Sehr geehrte"}},
		{"fr-post.md", "Claire Dumont", "maire de Valmont",
			[]string{"Nous ne pouvons pas accepter une paix"},
			[]string{"Chers habitants", "capitulation"}},
		{"it-lettera.md", "Giulia Ferri", "sindaca di Borgoalto",
			[]string{"io credo che il piano americano", "Noi chiediamo"},
			[]string{"Gentile Ministro"}},
		{"es-mensaje.md", "Marta Ruiz Ortega", "diputada",
			[]string{"Yo no voy a apoyar un acuerdo"},
			[]string{"Gracias a todos"}},
		{"ru-post.md", "Игорь Соколов", "депутат городской думы",
			[]string{"Я прочитал документ"},
			[]string{"Друзья"}},
		{"uk-lyst.md", "Оксана Мельник", "голова громадської організації",
			[]string{"просимо вас не голосувати за амністію"},
			[]string{"Шановні"}},
		{"pl-odpowiedz.md", "Jan Kowalczyk", "wiceminister spraw zagranicznych",
			[]string{"Polska nie była konsultowana"},
			[]string{"Szanowny Panie"}},
	}
	for _, c := range cases {
		t.Run(c.file, func(t *testing.T) {
			data, err := os.ReadFile(filepath.Join("testdata", "authortext", c.file))
			if err != nil {
				t.Fatal(err)
			}
			doc, err := Parse(data, ParseOptions{Name: c.file})
			if err != nil {
				t.Fatal(err)
			}
			var own []Statement
			for _, s := range doc.Statements {
				if c.speaker != "" && s.Speaker == c.speaker {
					own = append(own, s)
				}
			}
			if c.speaker == "" {
				for _, s := range doc.Statements {
					if strings.Contains(s.Text, "We read") || strings.Contains(s.Text, "our guide") {
						t.Errorf("a reporter's own words read as a statement: %s: %q", s.Speaker, s.Text)
					}
				}
				return
			}
			for _, w := range c.want {
				found := false
				for _, s := range own {
					if strings.Contains(s.Text, w) {
						found = true
						if c.role != "" && !strings.EqualFold(s.Role, c.role) {
							t.Errorf("%q: role %q, want %q", w, s.Role, c.role)
						}
					}
				}
				if !found {
					t.Errorf("no statement of %s holds %q; got %+v", c.speaker, w, doc.Statements)
				}
			}
			for _, n := range c.not {
				for _, s := range own {
					if strings.Contains(s.Text, n) {
						t.Errorf("%s's statement holds %q: %q", c.speaker, n, s.Text)
					}
				}
			}
		})
	}
}
