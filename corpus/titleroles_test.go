package corpus

import "testing"

// TestHeadlineTitles checks that a guest whose title only the headline
// gives ("Morning call: former envoy Tom Hale on …", "Im Gespräch:
// Ex-Botschafter …", "Gość Poranka: generał …") carries that title on the
// turns below, which name them alone; and that a headline naming nobody
// the document quotes gives no one a title.
func TestHeadlineTitles(t *testing.T) {
	doc := func(lang, title, body string) string {
		return "---\ntitle: \"" + title + "\"\nlang: " + lang + "\n---\n\n" + body
	}
	for _, c := range []struct{ name, body, speaker, role string }{
		{"en", doc("en", "Morning call: former envoy Tom Hale on the peace plan", "**TOM HALE:** The cap is too low for a country with this front line.\n\n**HOST:** And the guarantees?\n\n**TOM HALE:** They are only as good as the will to apply them."), "Tom Hale", "former envoy"},
		{"de", doc("de", "Im Gespräch: Ex-Botschafter Tom Hale über den Friedensplan", "**TOM HALE:** Die Obergrenze ist zu niedrig für dieses Land.\n\n**MODERATORIN:** Und die Garantien?\n\n**TOM HALE:** Sie sind nur so gut wie der Wille, sie durchzusetzen."), "Tom Hale", "Ex-Botschafter"},
		{"pl", doc("pl", "Gość Poranka: generał Wiesław Koniarek o planie pokojowym", "**WIESŁAW KONIAREK:** Ten punkt niczego nowego nie daje.\n\n**PROWADZĄCY:** A armia?\n\n**WIESŁAW KONIAREK:** To wciąż więcej niż jakakolwiek armia w Unii."), "Wiesław Koniarek", "generał"},
		{"en other person", doc("en", "Morning call: former envoy Tom Hale on the peace plan", "**ANNA REID:** The cap is too low for a country with this front line.\n\n**HOST:** And the guarantees?\n\n**ANNA REID:** They are only as good as the will to apply them."), "Anna Reid", ""},
	} {
		sts := statementsOf(t, c.body)
		if len(sts) == 0 {
			t.Errorf("%s: no statement", c.name)
		}
		for _, s := range sts {
			if s.Speaker != c.speaker || s.Role != c.role {
				t.Errorf("%s: %q (%q) for %q, want %q (%q)", c.name, s.Speaker, s.Role, s.Text, c.speaker, c.role)
			}
		}
	}
}
