package corpus

import "testing"

// TestPossessiveVersionPoint checks that a point named with its version's
// possessive ("Europe's point 8") is that version's, in a sentence whose
// other half speaks of the US text (plans.json, the rules appended for set
// U), and that the US half keeps its version.
func TestPossessiveVersionPoint(t *testing.T) {
	checkFresh(t, []freshCase{
		{name: "europe's point after the us text", doc: "# Two drafts, side by side\n\n**Troops.** The US plan's seventh point bars Ukraine from NATO. On troops, the US text says only that NATO will keep its forces out of Ukraine; Europe's point 8 limits the ban to permanent bases in peacetime.\n",
			want: []Provision{{Plan: "European counter-proposal", Number: 8, Text: "limits the ban to permanent bases"}}},
		{name: "curly apostrophe", doc: "# Two drafts, side by side\n\n**Army.** The US text caps the army at 600,000 troops. Europe’s point 6 raises the ceiling to 800,000 in peacetime.\n",
			want: []Provision{{Plan: "European counter-proposal", Number: 6, Text: "raises the ceiling to 800,000"}}},
	})
}
