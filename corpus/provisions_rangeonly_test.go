package corpus

import "testing"

// TestPointsOnlyLabel checks that a title or label whose text only says
// which points follow gives no provision, in English and Polish, while a
// label over a real term still does.
func TestPointsOnlyLabel(t *testing.T) {
	checkFresh(t, []freshCase{
		{name: "english title line", doc: "---\ntitle: \"The US peace plan, annotated: points 15 to 28\"\nlang: en\n---\n\nThe US peace plan, annotated: points 15 to 28\n\nThe second half of our annotated reading.\n",
			not: []string{"points 15 to 28"}},
		{name: "polish title line", doc: "---\ntitle: \"Amerykański plan pokojowy z komentarzem: punkty od 1 do 14\"\nlang: pl\n---\n\nAmerykański plan pokojowy z komentarzem: punkty od 1 do 14\n\nPierwsza część naszego omówienia.\n",
			not: []string{"punkty od 1 do 14"}},
		{name: "a label over a term stays", doc: "# Two versions\n\nThe US peace plan: Ukraine's army is capped at 600,000.\n",
			want: []Provision{{Plan: "US 28-point draft", Number: 6, Text: "capped at 600,000"}}},
	})
}

// TestPointsOnly checks the reading of a bare reference to points.
func TestPointsOnly(t *testing.T) {
	for s, want := range map[string]bool{
		"points 15 to 28":            true,
		"punkty od 1 do 14":          true,
		"Punkte 3 und 4.":            true,
		"point 6":                    true,
		"points of contention":       false,
		"point 6 caps the army":      false,
		"punkty sporne w dokumencie": false,
	} {
		if got := pointsOnly(s); got != want {
			t.Errorf("pointsOnly(%q) = %v, want %v", s, got, want)
		}
	}
}
