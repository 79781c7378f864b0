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
		// a title set off with its definite article (German, Italian)
		{"de", "Jan Kowalke, der Sprecher der Landesregierung, sagte, die Gespräche gingen weiter.", "Jan Kowalke", "Sprecher der Landesregierung"},
		{"it", "Carla Neri, la portavoce della Regione, ha detto che il vertice è rinviato.", "Carla Neri", "portavoce della Regione"},
		// an institution after the name, as written (German, Czech, Russian)
		{"de", "„Der Text ist ein Anfang“, sagt Lena Vogt vom Kieler Institut für Ostseestudien.", "Lena Vogt", "Kieler Institut für Ostseestudien"},
		{"cs", "„Text je slabý,“ míní Pavel Brož z olomouckého Institutu pro mírová studia.", "Pavel Brož", "olomouckého Institutu pro mírová studia"},
		{"ru", "«Это только начало», — сказал Антон Белов из Центра северных исследований.", "Антон Белов", "Центра северных исследований"},
		// but a town is no institution
		{"pl", "Anna Maj z Gdańska powiedziała, że plan jest zły.", "Anna Maj", ""},
		// an abbreviated title in the headline, spelled out (Polish, English)
		{"pl", "# Gość dnia: gen. Marek Wolny o planie\n\n**MAREK WOLNY:** Ten plan niczego nie zmienia.", "Marek Wolny", "generał"},
		{"en", "# Guest: Col. Ruth Anders on the draft\n\n**RUTH ANDERS:** The draft changes nothing.", "Ruth Anders", "Colonel"},
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
	title := "t"
	if strings.HasPrefix(body, "# ") {
		title = strings.SplitN(body[2:], "\n", 2)[0] // the headline is the title
	}
	sts := statementsOf(t, "---\ntitle: \""+title+"\"\nlang: "+lang+"\n---\n\n"+body)
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

// TestLearnedRolesAcronym checks an oblique title whose complement is the
// acronym of a body, between the title and the name ("секретарем РНБО
// Рустемом Умєровим", sets J, L and S): the acronym belongs to the role.
// An acronym with no name after it teaches nothing, and an acronym that
// is the name's own word is not a complement.
func TestLearnedRolesAcronym(t *testing.T) {
	for _, c := range []struct{ lang, body, speaker, role string }{
		{"uk", "Делегація на чолі з секретарем РНБО Остапом Гнатюком прибула до Маямі.\n\nОстап Гнатюк заявив, що зустріч була продуктивною.", "Остапом Гнатюком", "секретар РНБО"},
		{"ru", "Лавров встретился с главой МИД Турции Хаканом Фиданом в Анкаре.\n\nХакан Фидан заявил, что переговоры были полезными.", "Хаканом Фиданом", "глава МИД Турции"},
		{"ru", "Вечером он говорил с директором ФСБ Павлом Ершовым.\n\nПавел Ершов сказал, что встреча была деловой.", "Павлом Ершовым", "директор ФСБ"},
		{"pl", "Rozmawiał z ambasadorem USA Klausem Weidnerem po południu.\n\nKlaus Weidner powiedział, że Waszyngton poprze ten tekst.", "Klausem Weidnerem", "ambasador USA"},
		// no name after the acronym: nothing learnt
		{"ru", "Встреча с директором ФСБ прошла в пятницу.\n\nПавел Ершов сказал, что встреча была деловой.", "Павел Ершов", ""},
		// a name in capitals is no acronym complement
		{"uk", "Делегацію зустрів із радником ГНАТЮКОМ у Львові.\n\nОстап Гнатюк заявив, що документ ще доопрацьовують.", "Остап Гнатюк", ""},
	} {
		wantRoleOf(t, c.lang, c.body, c.speaker, c.role)
	}
}
