package corpus

import "testing"

// TestTrailingCircumstance checks that a time or place phrase on either
// side of an inverted speaker neither hides the speaker nor ends up in
// what was said.
func TestTrailingCircumstance(t *testing.T) {
	for _, tc := range []struct {
		name, lang, sentence, speaker, text string
	}{
		{"en tail after the speaker", "en",
			"The exchange will take place next week, said special envoy Steve Witkoff, after two days of talks in Abu Dhabi.",
			"Steve Witkoff", "The exchange will take place next week"},
		{"ru time before the speaker, tail after", "ru",
			"Стороны договорились обменяться пленными, сказал в четверг спецпосланник США Стив Уиткофф, после двух дней переговоров.",
			"Steve Witkoff", "Стороны договорились обменяться пленными"},
		{"uk time before the speaker", "uk",
			"Делегації погодилися обмінятися полоненими, сказав у четвер спеціальний посланник США Стів Віткофф.",
			"Steve Witkoff", "Делегації погодилися обмінятися полоненими"},
		{"uk time before the speaker, tail after", "uk",
			"Делегації погодилися обмінятися полоненими, сказав у четвер спеціальний посланник США Стів Віткофф, після двох днів розмов.",
			"Steve Witkoff", "Делегації погодилися обмінятися полоненими"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			got := statementsOf(t, "---\nlang: "+tc.lang+"\n---\n\n"+tc.sentence+"\n")
			if len(got) != 1 || got[0].Speaker != tc.speaker || got[0].Text != tc.text {
				t.Fatalf("want one statement %s / %q, got %+v", tc.speaker, tc.text, got)
			}
		})
	}
}
