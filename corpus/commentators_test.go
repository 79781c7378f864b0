package corpus

import (
	"strings"
	"testing"
)

// TestCommentatorTitles checks that a writer's title opening a sentence
// ("Komentatorka Ewa Lis pisze …", "Kolumnist Jörg Haller schreibt …") is
// read as the role, not as the first word of the name: a speaker
// "Komentatorka Ewa Lis" with no role is a role miss for every reader of
// a press review. The cases fail without the commentator nouns appended
// to roles.json's roleWords.
func TestCommentatorTitles(t *testing.T) {
	for _, c := range []struct{ name, text, speaker, role, fragment string }{
		{"pl komentatorka", "---\ntitle: t\nlang: pl\n---\n\nKomentatorka Ewa Lis pisze, że plan „nie ma żadnych szans na przyjęcie”.", "Ewa Lis", "komentatorka", "nie ma żadnych szans"},
		{"pl publicysta", "---\ntitle: t\nlang: pl\n---\n\nPublicysta Marek Wrona ocenia, że dokument „pisano w wielkim pośpiechu”.", "Marek Wrona", "publicysta", "pisano w wielkim pośpiechu"},
		{"de kolumnist", "---\ntitle: t\nlang: de\n---\n\nKolumnist Jörg Haller schreibt, der Plan sei „ein Wunschzettel ohne Preisschild“.", "Jörg Haller", "kolumnist", "ein Wunschzettel ohne Preisschild"},
		{"uk оглядач", "---\ntitle: t\nlang: uk\n---\n\nОглядач Петро Гнатюк пише, що план «не має жодних шансів без гарантій».", "Петро Гнатюк", "оглядач", "не має жодних шансів"},
		{"en columnist", "---\ntitle: t\nlang: en\n---\n\nColumnist Rhona Baird writes that the draft \"reads like a shopping list with no prices\".", "Rhona Baird", "columnist", "reads like a shopping list"},
	} {
		t.Run(c.name, func(t *testing.T) {
			var got []string
			for _, s := range statementsOf(t, c.text) {
				if strings.Contains(s.Text, c.fragment) && s.Speaker == c.speaker && strings.EqualFold(s.Role, c.role) {
					return
				}
				got = append(got, s.Speaker+" ("+s.Role+")")
			}
			t.Errorf("no statement of %q (%q) with %q; got %v", c.speaker, c.role, c.fragment, got)
		})
	}
}
