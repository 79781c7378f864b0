package index

import "testing"

// TestEverydayGloss: an English question on a German, Italian, Spanish,
// Russian or Ukrainian report finds it only when the everyday word it
// turns on is translated (translations-everyday-gloss.txt, stop 69):
// sanctions lifted "поэтапно" (step by step), a school left "fredda" (cold),
// a mayor who "пошутил" (joked), a worker who will come back "als Gast"
// (as a guest), people who "kauften" (bought), bookings for the "свята"
// (holidays), a mayor whom a plan "preoccupa" (worries). Each report is
// named by a town an English text names too, so it ranks first only when
// the word in question matches; everyday questions that share one of the
// words answer nothing. The documents are invented. "step by step" is on
// the line but "samara step by step" stays silent: "by" is a stop word, so
// the phrase has no term sequence to match (as "rule out", stop 68).
func TestEverydayGloss(t *testing.T) {
	ix := openTexts(t,
		"---\nlang: ru\n---\n\nВ Самаре обсуждали поэтапную отмену санкций.\n",
		"---\nlang: it\n---\n\nA Bari la scuola resta fredda al mattino.\n",
		"---\nlang: ru\n---\n\nВ Казани мэр пошутил на совещании.\n",
		"---\nlang: de\n---\n\nIn Rostock will die Erntehelferin als Gast zurückkehren.\n",
		"---\nlang: de\n---\n\nIn Lübeck kauften die Menschen mehr Brot.\n",
		"---\nlang: uk\n---\n\nУ Полтаві готелі заповнені на свята.\n",
		"---\nlang: it\n---\n\nA Lecce il piano preoccupa il sindaco.\n",
		"---\nlang: en\n---\n\nReporters from Samara, Bari, Kazan, Rostock, Lubeck, Poltava and Lecce met at a hotel.\n",
	)
	for _, c := range []struct{ query, want string }{
		{"samara gradual", "поэтапную"},
		{"bari cold", "fredda"},
		{"kazan mayor joke", "пошутил"},
		{"rostock guest", "Gast"},
		{"lubeck bought", "kauften"},
		{"poltava holidays", "свята"},
		{"lecce mayor worried", "preoccupa"},
		{"cold brew coffee recipe", ""},
		{"knock knock joke for kids", ""},
		{"buy cheap flights to london", ""},
		{"guest wifi password", ""},
	} {
		wantFirst(t, ix, c.query, c.want)
	}
}
