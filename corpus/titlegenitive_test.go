package corpus

import "testing"

// TestTitleGenitive checks Bulgarian titles whose domain follows "на"
// ("of") with the name after it: the person speaks, and the phrase is
// not read as one of place. A Polish phrase of place after a title keeps
// its own reading: the vehicle's capitals are no person.
func TestTitleGenitive(t *testing.T) {
	cases := []struct{ lang, text, speaker, want string }{
		{"bg", "Кметът на града Петър Стоянов заяви, че мостът ще бъде отворен през май.", "Стоянов", "мостът ще бъде отворен"},
		{"bg", "Председателката на комисията Десислава Маринова каза, че докладът е готов.", "Маринова", "докладът е готов"},
		{"bg", "Заместник-министърът на здравеопазването Иван Костов обяви, че болницата ще получи още средства.", "Костов", "болницата ще получи още средства"},
	}
	for _, c := range cases {
		wantStatementOf(t, c.lang, c.text, c.speaker, c.want, false)
	}
	x := &extractor{lx: lexiconData(), src: Source{Lang: "pl"}}
	lows := []string{"prezydent", "na", "pokładzie", "samolotu"}
	if x.titleGenitive(lows, 1) {
		t.Errorf("pl %v: \"na\" read as a title's genitive", lows)
	}
}
