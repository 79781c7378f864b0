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
	tests := []struct {
		text string
		want bool
	}{
		{"the framework's point 14 treats the current positions of the troops in four regions as the de facto line of contact", true},
		{"dort wird die aktuelle Linie der Truppen zur faktischen Kontaktlinie erklärt", true},
		{"нинішня лінія розташування військ у чотирьох областях вважається фактичною лінією зіткнення", true},
		{"al paisprezecelea punct ia linia actuală a trupelor drept linie de contact de facto", true},
		{"w punkcie 14 linia, na której stoją wojska, ma być de facto linią kontaktu", true},
		// negatives
		{"talks on territory would start from the current line of contact", false},
		{"Crimea would be recognised as de facto Russian", false},
	}
	c := planTermsData()
	var sc termScan
	for _, tt := range tests {
		got := false
		for _, h := range c.matchTerms(&sc, lowerString(tt.text)) {
			got = got || c.terms[h.term].ID == "current-line-de-facto"
		}
		if got != tt.want {
			t.Errorf("%q: current-line-de-facto %v, want %v", tt.text, got, tt.want)
		}
	}
}
