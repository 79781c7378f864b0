package corpus

import (
	"strings"
	"testing"
)

// TestLearnedRoles checks the roles docroles.go learns where a person is
// described without being quoted: a title in an oblique case read back to
// its nominative (Russian, Slovak, Ukrainian, Polish), a description set
// off with an indefinite article (English, French) and a relative clause
// (English, Italian); the statement names no title and takes the role
// learnt, before or after it.
func TestLearnedRoles(t *testing.T) {
	for _, c := range []struct{ lang, body, speaker, role string }{
		{"ru", "Вечером глава делегации встретился с заместителем министра обороны Павлом Ершовым.\n\nПавел Ершов сказал, что встреча была деловой.", "Павлом Ершовым", "заместитель министра обороны"},
		{"sk", "Minister hovoril s maďarským veľvyslancom Gáborom Ferencom o doprave.\n\nGábor Ferenc povedal, že rokovania budú pokračovať.", "Gáborom Ferencom", "maďarský veľvyslanec"},
		{"uk", "Делегацію зустрів із радником міністра Остапом Гнатюком у Львові.\n\nОстап Гнатюк заявив, що документ ще доопрацьовують.", "Остапом Гнатюком", "радник міністра"},
		{"pl", "Rozmawiał z niemieckim ambasadorem Klausem Weidnerem po południu.\n\nKlaus Weidner powiedział, że Berlin poprze ten tekst.", "Klausem Weidnerem", "niemiecki ambasador"},
		{"en", "\"The clock is running,\" says Mara Quill, a mediation trainer in Ghent who has watched the talks.", "Mara Quill", "mediation trainer in Ghent"},
		{"fr", "Jeanne Roussel, une historienne de Lyon, a estimé que le texte restait flou.", "Jeanne Roussel", "historienne de Lyon"},
		{"en", "Piet Haverkamp, who runs the harbour food bank, said the winter would be hard.", "Piet Haverkamp", "who runs the harbour food bank"},
		{"it", "Marta Levi, che insegna diritto a Padova, ha detto che la clausola è fragile.", "Marta Levi", "che insegna diritto a Padova"},
	} {
		wantRoleOf(t, c.lang, c.body, c.speaker, c.role)
	}
}

// wantRoleOf parses body in lang and fails t unless a statement whose
// speaker shares the surname stem of speaker has role.
func wantRoleOf(t *testing.T, lang, body, speaker, role string) {
	t.Helper()
	x := &extractor{lx: lexiconData(), src: Source{Lang: lang}}
	stem := x.surnameStem(finalWord(speaker))
	sts := statementsOf(t, "---\ntitle: t\nlang: "+lang+"\n---\n\n"+body)
	for _, s := range sts {
		if x.surnameStem(finalWord(s.Speaker)) == stem && s.Role == role {
			return
		}
	}
	t.Errorf("%s: no statement of %q with role %q; got %+v", lang, speaker, role, sts)
}

// finalWord is the last space-separated word of s.
func finalWord(s string) string {
	f := strings.Fields(s)
	if len(f) == 0 {
		return ""
	}
	return f[len(f)-1]
}
