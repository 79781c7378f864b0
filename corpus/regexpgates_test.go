package corpus

import (
	"math/rand"
	"regexp"
	"strings"
	"testing"
	"unicode/utf8"
)

// TestRegexpGatesNeverHideAMatch builds random openings from the pieces
// the gated expressions read (capitalised words, commas, digits, brackets,
// dashes, handles, Arabic and Cyrillic words) and checks that whenever an
// expression matches, the byte test in front of it lets the text through:
// a gate may only save a call that would have found nothing.
func TestRegexpGatesNeverHideAMatch(t *testing.T) {
	pieces := []string{"Berlin", "Kiew", "Roma", "Київ", "Москва", " ", ", ", "24", "3", "nov.", "листопада", "2025", "(dpa)", "(Adnkronos)", "(", ")", " - ", " — ", "Укрінформ. ", "Reuters. ", "+++ ", "[", "]", "12:30", "[PASEK]", "Uhr ", "@potus", " · ", " | ", "Nov 24", "موسكو", "القاهرة", "The ", "said ", "é", "\xff", "Anna Nowak @anowak", " · Nov 24 ", "Berlin (dpa) - ", "Kiew, 24. November 2025 — AFP. ", "Point 12 of the plan, ", "POINT ", " of ", "PILNE ", "01.12, ", "14:30 – ", "1/12 "}
	gates := []struct {
		name string
		re   *regexp.Regexp
		gate func(string) bool
	}{
		{"lineStamp", lineStamp, mayOpenStamp},
		{"slotLabel", slotLabel, func(s string) bool { return mayOpenStamp(s) && s[0] == '[' }},
		{"datelineLead", datelineLead, mayHoldPlaceDate},
		{"datelineTitle", datelineTitle, func(s string) bool { return strings.IndexByte(s, '(') >= 0 }},
		{"postHeader", postHeader, func(s string) bool { return strings.IndexByte(s, '@') >= 0 }},
		{"datelineCaseless", datelineCaseless, func(s string) bool { return s != "" && s[0] >= utf8.RuneSelf }},
		{"prosePointOf", prosePointOf, hasASCIIDigit},
		{"flashLead", flashLead(), hasASCIIDigit},
	}
	rng := rand.New(rand.NewSource(49))
	matched := map[string]int{}
	for n := 0; n < 60000; n++ {
		s := randomJoin(rng, pieces, 1+rng.Intn(9)) + "Text goes on here."
		for _, g := range gates {
			if g.re.MatchString(s) {
				matched[g.name]++
				if !g.gate(s) {
					t.Fatalf("%s matches %q, but its gate turns it away", g.name, s)
				}
			}
		}
	}
	for _, g := range gates {
		if matched[g.name] == 0 {
			t.Errorf("%s matched none of the random openings: the test proves nothing for it", g.name)
		}
	}
}
