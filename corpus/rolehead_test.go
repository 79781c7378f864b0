package corpus

import "testing"

// TestRoleHeadline checks a headline that gives its quotation to a title
// ("Retired admiral: ‘…’"): the quotation is the first person's the story
// quotes, in English, Italian and Russian; a headline naming no title
// gives it to no one.
func TestRoleHeadline(t *testing.T) {
	en := "# Retired admiral: ‘The sea lanes decide this war’\n\n" +
		"Admiral (ret.) Petra Lindqvist spent forty years at sea. \"Nobody in Geneva has looked at a naval chart,\" Lindqvist said.\n"
	it := "# Economista: «Le sanzioni non cadranno in un giorno»\n\n" +
		"«Ci vorranno anni», ha detto Carla Benedetti, docente a Pavia, parlando del piano.\n"
	ru := "# Бывший дипломат: «Текст писали в спешке»\n\n" +
		"«Никто не читал его целиком», — сказал Игорь Саблин, бывший посол.\n"
	checkStatements(t, []statementCase{
		{"en", en, "Petra Lindqvist", "The sea lanes decide this war"},
		{"it", it, "Carla Benedetti", "Le sanzioni non cadranno in un giorno"},
		{"ru", ru, "Игорь Саблин", "Текст писали в спешке"},
	})
	for _, s := range statementsOf(t, "# Kyiv: ‘The lights are back on’\n\nThe city council met on Monday, said Olena Hrytsak, its chair.\n") {
		if s.Text == "The lights are back on" {
			t.Errorf("a place's headline given to %s", s.Speaker)
		}
	}
}
