package corpus

import (
	"strings"
	"testing"
)

// TestRankLeadBeforeTitle: the lower-case word for "first" before a title
// word is the title's when a name follows ("el primer ministro polaco
// Donald Tusk"), and an adverb or a title alone is left as it was
// (titlequal.go, rankLeadBeforeTitle). want is the role expected; the
// negatives' role must not hold notWant.
func TestRankLeadBeforeTitle(t *testing.T) {
	cases := []struct{ lang, text, speaker, want, notWant string }{
		{"es", "El primer ministro polaco Donald Tusk dijo que Europa debe estar en la mesa.", "Donald Tusk", "primer ministro polaco", ""},
		{"es", "La primera ministra Ana Gil dijo que el plan es débil.", "Ana Gil", "primera ministra", ""},
		{"es", "El primer viceprimer ministro Juan Gil dijo que el plan es débil.", "Juan Gil", "primer viceprimer ministro", ""},
		{"it", "Il primo ministro polacco Donald Tusk ha detto che il piano è debole.", "Donald Tusk", "primo ministro polacco", ""},
		{"it", "«Il piano è debole», ha detto il primo ministro polacco Donald Tusk.", "Donald Tusk", "primo ministro polacco", ""},
		{"it", "Il primo vicepresidente Mario Gil ha detto che il piano è debole.", "Mario Gil", "primo vicepresidente", ""},
		{"pt", "O primeiro-ministro Luís Montenegro disse que o plano era fraco.", "Luís Montenegro", "primeiro-ministro", ""},
		{"pt", "O primeiro vice-presidente João Silva disse que o plano era fraco.", "João Silva", "primeiro vice-presidente", ""},
		{"en", "First Deputy Foreign Minister Serhiy Kyslytsya said the talks were hard.", "Serhiy Kyslytsya", "First Deputy Foreign Minister", ""},
		{"ru", "Первый вице-премьер Денис Мантуров заявил, что план слаб.", "Денис Мантуров", "Первый вице-премьер", ""},
		{"uk", "Перший віцепрем'єр-міністр Юлія Свириденко заявила, що план слабкий.", "Yulia Svyrydenko", "Перший віцепрем'єр-міністр", ""},
		{"pl", "Pierwszy wiceminister Jan Kowalski powiedział, że plan jest słaby.", "Jan Kowalski", "Pierwszy wiceminister", ""},
		{"es", "El presentador mostró las palabras de la primera ministra Anna Rossi, quien había dicho que el plan contiene elementos útiles.", "Anna Rossi", "primera ministra", ""},
		{"es", "El presentador mostró las palabras de la ministra Anna Rossi, quien había dicho que el plan contiene elementos útiles.", "Anna Rossi", "ministra", ""},
		{"en", "The host showed the words of Prime Minister Anna Rossi, who had said that the plan contains useful elements.", "Anna Rossi", "Prime Minister", ""},
		{"es", "«El plan es débil», dijo el primer ministro polaco Donald Tusk.", "Donald Tusk", "primer ministro polaco", ""},
		// negatives: an adverb, a title alone, a lead that is no title's
		{"en", "At first President Donald Trump said the plan was good.", "Donald Trump", "President", "first"},
		{"en", "First, President Donald Trump said the plan was good.", "Donald Trump", "President", "first"},
		{"it", "Per prima la ministra Anna Rossi ha detto che il piano è debole.", "Anna Rossi", "ministra", "prima"},
		{"es", "Donald Tusk escribió que el plan era débil. El primer ministro polaco había recordado antes que cualquier acuerdo debe proteger a Europa.", "Donald Tusk", "ministro polaco", ""},
	}
	for _, tc := range cases {
		d := parseProbe(t, tc.lang, "2025-12-03", tc.text)
		got := speakerRoles(d.Statements)
		ok := false
		for _, s := range d.Statements {
			low := strings.ToLower(s.Role)
			if s.Speaker == tc.speaker && strings.Contains(low, strings.ToLower(tc.want)) && (tc.notWant == "" || !strings.Contains(low, tc.notWant)) {
				ok = true
			}
		}
		if !ok {
			t.Errorf("%s: %q\n got %q\nwant %s (%s), not %q", tc.lang, tc.text, got, tc.speaker, tc.want, tc.notWant)
		}
	}
}
