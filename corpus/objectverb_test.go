package corpus

import (
	"strings"
	"testing"
)

// objectVerbCases hold a sentence whose subject phrase, read back from the
// speech verb, runs over a verb and the name it takes as object: no
// statement may go to a speaker named by that object.
var objectVerbCases = []struct{ name, text, fragment, object string }{
	{"uk похвалив", "---\ntitle: Мирний план: онлайн\nlang: uk\n---\n\nМирний план із 28 пунктів обговорюють у Женеві.\n\nДержсекретар США Марко Рубіо заявив, що прогрес є.\n\nВолодимир Зеленський звернувся до партнерів у Telegram: «Є сигнали, що нас чують». Президент похвалив Рубіо за роботу і водночас наголосив, що Україна не буде ворогом миру.", "ворогом миру", "Rubio"},
	{"ru похвалил", "---\ntitle: Мирный план: онлайн\nlang: ru\n---\n\nМирный план из 28 пунктов обсуждают в Женеве.\n\nГоссекретарь США Марко Рубио заявил, что прогресс есть.\n\nВладимир Зеленский обратился к партнерам в Telegram: «Есть сигналы, что нас слышат». Президент похвалил Рубио за работу и при этом подчеркнул, что Украина не будет врагом мира.", "врагом мира", "Rubio"},
}

// TestObjectVerb checks in Ukrainian and Russian that the object of a verb
// inside the subject phrase is never the speaker, and that with the check
// disabled it is (the cases test the check).
func TestObjectVerb(t *testing.T) {
	wrong := func(c int) bool {
		for _, s := range statementsOf(t, objectVerbCases[c].text) {
			if strings.Contains(s.Text, objectVerbCases[c].fragment) && (strings.Contains(s.Speaker, objectVerbCases[c].object) || strings.Contains(s.Role, objectVerbCases[c].object)) {
				return true
			}
		}
		return false
	}
	for i, c := range objectVerbCases {
		if wrong(i) {
			t.Errorf("%s: statement given to the verb's object %q", c.name, c.object)
		}
	}
	objectVerbOff = true
	defer func() { objectVerbOff = false }()
	for i, c := range objectVerbCases {
		if !wrong(i) {
			t.Errorf("%s: right without the check; the case tests nothing", c.name)
		}
	}
}
