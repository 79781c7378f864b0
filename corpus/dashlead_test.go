package corpus

import "testing"

// TestGuestBeforeDash checks that a dashed interview whose standfirst
// names the guest with a title before a dash ("Колишня посолка України
// Оксана Левадна — про …", "Former ambassador Tom Hale – on …") gives
// the answers to that guest, with the title, in Ukrainian and English.
func TestGuestBeforeDash(t *testing.T) {
	for _, c := range []struct{ name, body, speaker, role string }{
		{"uk", "---\ntitle: \"«Заморозка без гарантій — це пауза»: розмова про мирний план\"\nlang: uk\n---\n\n*Колишня посолка України Оксана Левадна — про американський план і європейські правки.*\n\n— Що в плані було найнебезпечнішим?\n\n— Територіальна частина, бо вона закріплює окупацію.\n\n— А армія?\n\n— Обмеження у шістсот тисяч занадто суворе для такої довгої лінії фронту.\n",
			"Оксана Левадна", "Колишня посолка України"},
		{"en", "---\ntitle: \"'A freeze without guarantees is a pause': a conversation on the peace plan\"\nlang: en\n---\n\n*Former ambassador Tom Hale – on the US plan and the European changes.*\n\n— What was the most dangerous part of the plan?\n\n— The territorial part, because it fixes the occupation in place.\n\n— And the army?\n\n— A cap of six hundred thousand is too tight for such a long front line.\n",
			"Tom Hale", "Former ambassador"},
	} {
		sts := statementsOf(t, c.body)
		if len(sts) != 2 {
			t.Errorf("%s: %d statements, want the 2 answers: %+v", c.name, len(sts), sts)
		}
		for _, s := range sts {
			if s.Speaker != c.speaker || s.Role != c.role {
				t.Errorf("%s: %q (%q) for %q, want %q (%q)", c.name, s.Speaker, s.Role, s.Text, c.speaker, c.role)
			}
		}
	}
}
