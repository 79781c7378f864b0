package corpus

import "testing"

// TestFindDateYearFirst checks dates written year first with a full stop
// after the year, as Hungarian writes them, beside the orders read before;
// a year with no stop before a month is no date.
func TestFindDateYearFirst(t *testing.T) {
	for _, c := range []struct{ text, want string }{
		{"Szeged, 2025. december 3., szerda (MTI) – A kormány", "2025-12-03"},
		{"Debrecen, 2024. március 15. Ünnepi beszéd", "2024-03-15"},
		{"Kyiv, 23 November 2025 – The talks", "2025-11-23"},
		{"In 2025 March 3 was cold", ""},
	} {
		if got := findDate(c.text); got != c.want {
			t.Errorf("findDate(%q) = %q, want %q", c.text, got, c.want)
		}
	}
}
