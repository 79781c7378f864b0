package corpus

import "testing"

// TestGreekSource checks that Greek is read as data: a Greek body with no
// lang header is detected, and a Greek month name, in the genitive of a
// date or as an abbreviation, dates a dateline, in two layouts.
func TestGreekSource(t *testing.T) {
	tests := []struct {
		name, doc, date string
	}{
		{"dateline with the month in the genitive",
			"ΘΕΣΣΑΛΟΝΙΚΗ, 3 Δεκεμβρίου 2025 - Ο δήμαρχος Νίκος Παπαδάκης είπε ότι η νέα γέφυρα θα ανοίξει το καλοκαίρι. Πρόσθεσε ότι οι εργασίες προχωρούν πιο γρήγορα από ό,τι είχε προβλεφθεί.\n",
			"12-03"},
		{"dateline with an abbreviated month",
			"ΠΑΤΡΑ, 14 Φεβ 2026 - Η περιφερειάρχης Άννα Κωστοπούλου δήλωσε ότι το λιμάνι θα δεχτεί περισσότερα πλοία. Σύμφωνα με την ίδια, η χρηματοδότηση έχει ήδη εξασφαλιστεί.\n",
			"02-14"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) { wantLangAndDate(t, tt.doc, "el", tt.date) })
	}
}

// wantLangAndDate parses doc (a body with no front matter) and fails t
// unless its language is detected as lang and its date, from the
// dateline, ends with date ("MM-DD").
func wantLangAndDate(t *testing.T, doc, lang, date string) {
	t.Helper()
	d, err := Parse([]byte(doc), ParseOptions{Name: "x.txt", Now: fixedNow})
	if err != nil {
		t.Fatal(err)
	}
	if d.Source.Lang != lang {
		t.Errorf("lang %q, want %s", d.Source.Lang, lang)
	}
	if len(d.Source.Published) < 10 || d.Source.Published[5:] != date {
		t.Errorf("published %q, want a date ending %s", d.Source.Published, date)
	}
}
