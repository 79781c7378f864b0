package corpus

import "testing"

// TestThematicBreak checks which paragraphs are break lines.
func TestThematicBreak(t *testing.T) {
	tests := []struct {
		p    paragraph
		want bool
	}{
		{paragraph{text: "---"}, true},
		{paragraph{text: "* * *"}, true},
		{paragraph{text: "———"}, true},
		{paragraph{text: "* *", kind: paraItem}, true},
		{paragraph{text: "-"}, false},
		{paragraph{text: "--- Ende ---"}, false},
		{paragraph{text: "Point 6 — army"}, false},
	}
	for _, tt := range tests {
		if got := thematicBreak(tt.p); got != tt.want {
			t.Errorf("thematicBreak(%q) = %v, want %v", tt.p.text, got, tt.want)
		}
	}
}

// TestBreakEndsPassingVersion checks that a version named in passing
// before a break line does not carry over to a bare point after it, in an
// exchange of letters in Romanian and English: the point after the break
// is the version the document is about (its title's).
func TestBreakEndsPassingVersion(t *testing.T) {
	checkFresh(t, []freshCase{
		{name: "romanian letters", doc: "# Scrisori despre planul american\n\nDragă Ana,\n\nAm citit planul american de 28 de puncte aseară.\n\nMaria\n\n---\n\nDragă Maria,\n\nAi citit contrapropunerea europeană? Mi s-a părut mai prudentă.\n\nAna\n\n---\n\nDragă Ana,\n\nNu pot să uit punctul 3, potrivit căruia Rusia promite că nu își va ataca vecinii.\n\nMaria\n",
			want: []Provision{{Plan: "US 28-point draft", Number: 3, Text: "nu își va ataca vecinii"}}},
		{name: "english letters", doc: "# Letters on the US plan\n\nDear Tom,\n\nI finally read the US 28-point plan on the train.\n\nAnn\n\n* * *\n\nDear Ann,\n\nHave you looked at the European counter-proposal? It reads more cautiously.\n\nTom\n\n* * *\n\nDear Tom,\n\nI keep coming back to point 3, under which Russia promises not to attack its neighbours.\n\nAnn\n",
			want: []Provision{{Plan: "US 28-point draft", Number: 3, Text: "not to attack its neighbours"}}},
	})
}
