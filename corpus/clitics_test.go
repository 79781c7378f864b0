package corpus

import (
	"strings"
	"testing"
)

// TestPostVerbClitics checks the Croatian past tense, whose clitic "je"
// or "su" follows the participle: in an inverted attribution with a time
// phrase after it, after a quotation with an outlet after it, and before
// "da", the speaker and the clause are read as in the Russian and
// Bulgarian sentences of the same shape, which have no clitic.
func TestPostVerbClitics(t *testing.T) {
	head := func(lang string) string { return "---\ntitle: t\nlang: " + lang + "\n---\n\n" }
	tests := []struct {
		name, doc, speaker, said string
	}{
		{"hr inverted, time phrase", head("hr") + "Sporazum je još daleko, izjavio je u petak savjetnik Goran Lukić.", "Goran Lukić", "Sporazum je još daleko"},
		{"hr quotation, outlet, unnamed", head("hr") + "\"Sporazum je još daleko\", rekao je za Jadranski servis jedan diplomat EU-a.", "unnamed source", "Sporazum je još daleko"},
		{"hr clause after da", head("hr") + "Savjetnik Goran Lukić rekao je u petak da je sporazum još daleko.", "Goran Lukić", "je sporazum još daleko"},
		{"ru the same inverted shape", head("ru") + "Соглашение ещё далеко, заявил в пятницу советник Глеб Лукин.", "Глеб Лукин", "Соглашение ещё далеко"},
		{"bg the same inverted shape", head("bg") + "Споразумението е още далеч, заяви в петък съветникът Борис Лазов.", "Борис Лазов", "Споразумението е още далеч"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var got []string
			for _, s := range statementsOf(t, tt.doc) {
				if strings.Contains(s.Speaker+" "+s.Role, tt.speaker) && strings.HasPrefix(s.Text, tt.said) {
					return
				}
				got = append(got, s.Speaker+" ("+s.Role+"): "+s.Text)
			}
			t.Errorf("want %s saying %q…; got %q", tt.speaker, tt.said, got)
		})
	}
}

// TestCliticsStayInTheirLanguage checks that the Croatian clitic "je" is
// no auxiliary elsewhere: a French sentence opening with the pronoun "Je"
// and a speech verb is nobody's reported statement, while the Croatian
// as-attribution with the clitic before the verb is read.
func TestCliticsStayInTheirLanguage(t *testing.T) {
	fr := "---\ntitle: t\nlang: fr\n---\n\nClaire Morel a parlé mardi. Je répète que nous sommes prêts à discuter.\n"
	for _, s := range statementsOf(t, fr) {
		if strings.Contains(s.Text, "nous sommes prêts") {
			t.Errorf("fr: a first-person sentence read as %s's statement: %q", s.Speaker, s.Text)
		}
	}
	hr := "---\ntitle: t\nlang: hr\n---\n\nKako je rekao Goran Lukić, sporazum je još daleko.\n"
	for _, s := range statementsOf(t, hr) {
		if s.Speaker == "Goran Lukić" && strings.HasPrefix(s.Text, "sporazum je još daleko") {
			return
		}
	}
	t.Errorf("hr: no statement of Goran Lukić after \"Kako je rekao\"")
}
