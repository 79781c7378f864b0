package corpus

import "testing"

// TestSummaryLeads: a numbered list under "Key points:" and its kin in
// other languages sums the story up and gives no provisions; a list under
// "The key points of the 20-point plan:" and a summary that names points
// still do.
func TestSummaryLeads(t *testing.T) {
	tests := []struct {
		name, lang, lead string
		items            []string
		points           int
	}{
		{"en key points", "en", "Key points:", []string{"Talks resume in Miami next week.", "Europe wants a seat at the table.", "Moscow has not seen the text."}, 0},
		{"de das Wichtigste", "de", "**Das Wichtigste in Kürze:**", []string{"Die Gespräche gehen in Miami weiter.", "Europa will mit am Tisch sitzen.", "Moskau kennt den Text noch nicht."}, 0},
		{"ru главное", "ru", "Главное:", []string{"Переговоры продолжатся в Майами.", "Европа хочет участвовать.", "Москва текст ещё не видела."}, 0},
		{"plan's key points", "en", "The key points of the 20-point plan:", []string{"Ukraine's sovereignty is confirmed.", "Ukraine receives strong security guarantees.", "The army keeps 800,000 troops in peacetime."}, 3},
	}
	for _, tc := range tests {
		if got := listPointCount(t, tc.lang, "The story is about the 20-point plan.\n\n"+tc.lead, tc.items); got != tc.points {
			t.Errorf("%s: %d numbered provisions, want %d", tc.name, got, tc.points)
		}
	}
}
