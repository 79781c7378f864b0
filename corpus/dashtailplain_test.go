package corpus

import "testing"

// TestUnquotedDashTail: words closed by a dash and a verb-first
// attribution, with no quotation marks, are the speaker's in the Slavic
// languages that print speech so; an English aside between dashes is not.
func TestUnquotedDashTail(t *testing.T) {
	for _, tc := range []struct{ lang, sentence, speaker, text string }{
		{"pl", "Plan wymaga poprawek – powiedział Zełenski.", "Volodymyr Zelensky", "Plan wymaga poprawek"},
		{"pl", "Rozmowy były konstruktywne – stwierdził Donald Tusk po spotkaniu.", "Donald Tusk", "Rozmowy były konstruktywne"},
		{"ru", "Переговоры были конструктивными, — заявил Ушаков журналистам.", "Yuri Ushakov", "Переговоры были конструктивными"},
		{"uk", "План потребує доопрацювання, — сказав Зеленський.", "Volodymyr Zelensky", "План потребує доопрацювання"},
		{"cs", "Jednání byla konstruktivní – uvedl Peskov.", "Dmitry Peskov", "Jednání byla konstruktivní"},
	} {
		checkOneStatement(t, tc.lang, tc.sentence, tc.speaker, tc.text)
	}
	d, err := Parse([]byte("---\ntitle: T\nlang: en\npublished: 2025-12-03\n---\n\nThe plan – said to run to 28 points – was shown to Kyiv on Thursday.\n"), ParseOptions{Name: "aside.md"})
	if err != nil {
		t.Fatal(err)
	}
	if len(d.Statements) != 0 {
		t.Errorf("an English aside between dashes gave %+v", d.Statements)
	}
}
