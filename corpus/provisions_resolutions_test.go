package corpus

import "testing"

// TestBodyResolutions: a body's numbered conclusions beside a lead that
// names the plan are not the plan's points, in English, German and
// French; a reprint of points that mostly open with the same party ("Ukraine
// will …") still is.
func TestBodyResolutions(t *testing.T) {
	tests := []struct {
		name, lang, lead string
		items            []string
		points           int
	}{
		{"en conclusions", "en", "The European Council discussed the peace efforts and the 20-point framework.", []string{
			"The European Council reiterates its unwavering support for Ukraine's independence and sovereignty.",
			"The European Council welcomes the efforts towards a just and lasting peace.",
			"The European Council agrees to provide a loan of EUR 90 billion for 2026 and 2027.",
			"The European Council will revert to the issue at its next meeting.",
		}, 0},
		{"de conclusions", "de", "Der Europäische Rat erörterte die Friedensbemühungen und den 20-Punkte-Plan.", []string{
			"Der Europäische Rat bekräftigt seine unerschütterliche Unterstützung für die Ukraine.",
			"Der Europäische Rat begrüßt die Bemühungen um einen gerechten und dauerhaften Frieden.",
			"Der Europäische Rat betont, dass nichts über die Ukraine ohne die Ukraine entschieden werden kann.",
		}, 0},
		{"fr declaration", "fr", "Les dirigeants réunis à Paris ont évoqué le plan en 20 points.", []string{
			"Nous réaffirmons notre soutien indéfectible à l'Ukraine.",
			"Nous soulignons que les garanties de sécurité doivent être solides.",
			"Nous saluons les efforts des États-Unis en faveur de la paix.",
		}, 0},
		{"plan points opening alike", "en", "The 28-point plan sets out the following terms.", []string{
			"Ukraine will receive reliable security guarantees.",
			"Ukraine will hold elections within 100 days.",
			"Ukraine will remain a non-nuclear state.",
			"Russia will not invade neighbouring countries.",
		}, 4},
	}
	for _, tc := range tests {
		if got := listPointCount(t, tc.lang, tc.lead, tc.items); got != tc.points {
			t.Errorf("%s: %d numbered provisions, want %d", tc.name, got, tc.points)
		}
	}
}

// listPointCount parses a document of a lead-in and a numbered list of
// items in lang and counts the numbered provisions it gives.
func listPointCount(t *testing.T, lang, lead string, items []string) int {
	t.Helper()
	doc := "---\ntitle: T\nlang: " + lang + "\npublished: 2025-12-18\n---\n\n" + lead + "\n\n"
	for i, it := range items {
		doc += string(rune('1'+i)) + ". " + it + "\n"
	}
	d, err := Parse([]byte(doc), ParseOptions{Name: "list.md"})
	if err != nil {
		t.Fatal(err)
	}
	n := 0
	for _, p := range d.Provisions {
		if p.Number > 0 {
			n++
		}
	}
	return n
}
