package corpus

import "testing"

// TestFormerNotParticiple: Russian "бывший"/"бывшая" ("former") end as
// active participles do, and an apposition they open was read as a
// participle clause about the speaker ("Путин, выступавший в Москве,
// заявил"), losing the title. A title word is no participle clause
// (speakers.go); true participle clauses still give no role.
func TestFormerNotParticiple(t *testing.T) {
	cases := []struct{ lang, text, speaker, role string }{
		{"ru", "Виктор Тихомиров, бывший дипломат, заявил, что план слаб.", "Виктор Тихомиров", "бывший дипломат"},
		{"ru", "Виктор Тихомиров, бывший посол России, заявил, что план слаб.", "Виктор Тихомиров", "бывший посол России"},
		{"ru", "Анна Тихомирова, бывшая посол, считает, что план слаб.", "Анна Тихомирова", "бывшая посол"},
		{"uk", "Віктор Тихоненко, колишній дипломат, заявив, що план слабкий.", "Віктор Тихоненко", "колишній дипломат"},
		{"pl", "Jan Kowalski, były ambasador, powiedział, że plan jest słaby.", "Jan Kowalski", "były ambasador"},
		{"de", "Viktor Tich, ein ehemaliger Diplomat, sagte, der Plan sei schwach.", "Viktor Tich", "ehemaliger Diplomat"},
		{"it", "Vittorio Sanna, ex diplomatico, ha detto che il piano è debole.", "Vittorio Sanna", "ex diplomatico"},
		{"en", "Victor Tikh, a former diplomat, said the plan was weak.", "Victor Tikh", "former diplomat"},
		// negatives: participle clauses are no title
		{"ru", "Виктор Тихомиров, выступавший в Москве, заявил, что план слаб.", "Виктор Тихомиров", ""},
		{"ru", "Виктор Тихомиров, участвовавший во встрече, заявил, что план слаб.", "Виктор Тихомиров", ""},
		{"pl", "Jan Kowalski, uczestniczący w rozmowach, powiedział, że plan jest słaby.", "Jan Kowalski", ""},
		{"en", "John Doe, speaking in Kyiv, said the plan was weak.", "John Doe", ""},
	}
	for _, tc := range cases {
		d := parseProbe(t, tc.lang, "2025-12-03", tc.text)
		got := speakerRoles(d.Statements)
		ok := false
		for _, s := range d.Statements {
			ok = ok || s.Speaker == tc.speaker && s.Role == tc.role
		}
		if !ok {
			t.Errorf("%s: %q\n got %q\nwant %s (%s)", tc.lang, tc.text, got, tc.speaker, tc.role)
		}
	}
}
