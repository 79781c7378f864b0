package corpus

import "testing"

// TestIndentedListEndsAtMargin: in plain text an indented list is over
// when a line goes back to the left margin, even with no blank line
// between ("  - Point 20: …" then "Oleh said …"); the line was glued to the
// last item, which is never read for speech, and a newsletter's statements
// after its list were lost (set ZV). A line indented like the item still
// continues it, and a list item at the margin keeps Markdown's lazy
// continuation.
func TestIndentedListEndsAtMargin(t *testing.T) {
	for _, c := range []struct {
		name, body string
		want       []string // paragraph texts, in order
	}{
		{"indented list, then margin text",
			"Club news:\n\n  - Point 20: elections after the deal.\n  - Point 14: the plant.\nOleh said the net would meet on Friday.\n",
			[]string{"Club news:", "Point 20: elections after the deal.", "Point 14: the plant.", "Oleh said the net would meet on Friday."}},
		{"indented continuation stays",
			"Club news:\n\n  - Point 20: elections after\n    the deal is signed.\n",
			[]string{"Club news:", "Point 20: elections after the deal is signed."}},
		{"margin list keeps lazy continuation",
			"Club news:\n\n- Point 20: elections after\nthe deal is signed.\n",
			[]string{"Club news:", "Point 20: elections after the deal is signed."}},
	} {
		t.Run(c.name, func(t *testing.T) {
			ps := splitParagraphs(c.body)
			var got []string
			for _, p := range ps {
				got = append(got, p.text)
			}
			if len(got) != len(c.want) {
				t.Fatalf("paragraphs %q, want %q", got, c.want)
			}
			for i := range got {
				if got[i] != c.want[i] {
					t.Errorf("paragraph %d %q, want %q", i, got[i], c.want[i])
				}
			}
		})
	}
}
