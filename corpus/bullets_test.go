package corpus

import (
	"strings"
	"testing"
)

// TestSummaryBullets checks that a summary printed as dash bullets, each
// bullet a sentence of reported speech rather than a line of dialogue, is
// read as prose: the speaker is named inside the bullet, or is the one
// the bullets before named.
func TestSummaryBullets(t *testing.T) {
	checkStatements(t, []statementCase{
		{"ru said that", "Премьер-министр Олег Дробышев выступил перед депутатами.\n\n— Дробышев сказал, что бюджет на следующий год будет пересмотрен весной.\n\n— Он также заявил, что переговоры с кредиторами идут по плану.", "Дробышев", "бюджет на следующий год будет пересмотрен"},
		{"ru pronoun in second bullet", "Премьер-министр Олег Дробышев выступил перед депутатами.\n\n— Дробышев сказал, что бюджет на следующий год будет пересмотрен весной.\n\n— Он также заявил, что переговоры с кредиторами идут по плану.", "Дробышев", "переговоры с кредиторами идут по плану"},
		{"uk according to", "Міністерка Ганна Литвинчук відповіла на запитання.\n\n— За словами Литвинчук, нові правила набудуть чинності з квітня.", "Литвинчук", "нові правила набудуть чинності"},
		{"en hyphen bullets", "Key points from the briefing:\n\n- Minister Alan Brightwater said that the border crossings would reopen next week.\n- He added that customs checks would be shortened.", "Brightwater", "customs checks would be shortened"},
	})
}

// TestPronounTakesNoApposition checks that the words after "he," in an
// inverted attribution inside a sentence are more of what was said, not
// the pronoun's title, and do not overwrite the title of the person the
// pronoun stands for.
func TestPronounTakesNoApposition(t *testing.T) {
	for _, c := range []struct{ name, text, speaker, role, fragment string }{
		{"ru", "Министр финансов Олег Дробышев выступил в парламенте. В следующем году, уточнил он, в работе комиссии будут участвовать помощник министра Иван Сорокин и глава казначейства.", "Дробышев", "Министр", "в работе комиссии будут участвовать"},
		{"en", "Finance minister Alan Brightwater spoke in parliament. Next year, he said, the commission would include the deputy minister Jane Colby and the head of the treasury.", "Brightwater", "minister", "the commission would include"},
	} {
		t.Run(c.name, func(t *testing.T) {
			for _, s := range statementsOf(t, c.text) {
				if strings.Contains(s.Speaker, c.speaker) && strings.Contains(s.Text, c.fragment) {
					if !strings.Contains(strings.ToLower(s.Role), strings.ToLower(c.role)) {
						t.Errorf("role %q, want one holding %q", s.Role, c.role)
					}
					return
				}
			}
			t.Errorf("no statement of %q with %q; got %+v", c.speaker, c.fragment, statementsOf(t, c.text))
		})
	}
}
