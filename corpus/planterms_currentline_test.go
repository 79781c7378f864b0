package corpus

import "testing"

// TestCurrentLineDeFacto checks the 20-point text's 14 as news words it
// without the signing date (planterms.json current-line-de-facto, stop
// 66): the troops' current line taken as the de facto line of contact, in
// English, German, Ukrainian, Romanian and Polish. Negatives: the current
// line with no "de facto" (the counter-proposal's talks from the line of
// contact), and "de facto" of Crimea with no line. It fails if the term
// leaves the catalogue or matches with a group missing.
func TestCurrentLineDeFacto(t *testing.T) {
	checkTermCases(t, []termCase{
		{"the framework's point 14 treats the current positions of the troops in four regions as the de facto line of contact", "current-line-de-facto", true},
		{"dort wird die aktuelle Linie der Truppen zur faktischen Kontaktlinie erklärt", "current-line-de-facto", true},
		{"нинішня лінія розташування військ у чотирьох областях вважається фактичною лінією зіткнення", "current-line-de-facto", true},
		{"al paisprezecelea punct ia linia actuală a trupelor drept linie de contact de facto", "current-line-de-facto", true},
		{"w punkcie 14 linia, na której stoją wojska, ma być de facto linią kontaktu", "current-line-de-facto", true},
		// negatives
		{"talks on territory would start from the current line of contact", "current-line-de-facto", false},
		{"Crimea would be recognised as de facto Russian", "current-line-de-facto", false},
	})
}
