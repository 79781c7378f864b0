package corpus

import "testing"

// TestCardPosts: a social post copied as a card (display name, handle,
// text, a line of time and date or views) is the author's statement when
// the author is a public figure, in X's and Telegram's layouts; a
// commenter's card, and a public figure's name over a news paragraph with
// no card line, give the paragraph to no one.
func TestCardPosts(t *testing.T) {
	tests := []struct {
		name, doc string
		want      map[string]string // speaker -> start of the statement
	}{
		{"x cards", "---\ntitle: Posts\nlang: en\npublished: 2025-11-23\n---\n\n" +
			"Volodymyr Zelenskyy / Володимир Зеленський\n@ZelenskyyUa\n\nUkraine will never be an obstacle to peace.\n\n9:14 PM · Nov 23, 2025\n\n" +
			"Donald J. Trump\n@realDonaldTrump\n\nUkraine leadership has expressed zero gratitude for our efforts.\n\nNov 23, 2025, 1:02 PM\n",
			map[string]string{"Volodymyr Zelensky": "Ukraine will never be an obstacle", "Donald Trump": "Ukraine leadership has expressed"}},
		{"telegram card", "---\ntitle: Telegram\nlang: uk\npublished: 2025-11-23\n---\n\nВолодимир Зеленський\n\nСьогодні провели важливі переговори в Женеві.\n\n👁 1.2M · 21:14\n",
			map[string]string{"Volodymyr Zelensky": "Сьогодні провели важливі переговори"}},
		{"commenter card", "---\ntitle: Replies\nlang: en\npublished: 2025-11-23\n---\n\nThe thread below.\n\nNell Ashdown\n@nellash\n\nUkraine will never accept this.\n\n9:20 PM · Nov 23, 2025\n",
			map[string]string{}},
		{"name over news", "---\ntitle: Who said what\nlang: en\npublished: 2025-11-23\n---\n\nThe day in Geneva.\n\nVolodymyr Zelensky\n\nThe Ukrainian delegation arrived in the morning and met the Americans.\n\nMore talks followed.\n",
			map[string]string{}},
	}
	for _, tc := range tests {
		d, err := Parse([]byte(tc.doc), ParseOptions{Name: "card.md"})
		if err != nil {
			t.Fatal(err)
		}
		got := map[string]string{}
		for _, s := range d.Statements {
			got[s.Speaker] = s.Text
		}
		for sp, start := range tc.want {
			if len(got[sp]) < len(start) || got[sp][:len(start)] != start {
				t.Errorf("%s: %s said %q, want it to start %q (all %v)", tc.name, sp, got[sp], start, got)
			}
		}
		if len(got) != len(tc.want) {
			t.Errorf("%s: statements %v, want %d speakers", tc.name, got, len(tc.want))
		}
	}
}
