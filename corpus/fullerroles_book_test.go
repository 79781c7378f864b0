package corpus

import "testing"

// TestTitleBookKeepsEachTitleOnce checks that a title given many times is
// compared once, and that the book answers as fullerTitle over the full
// list with its repetitions, in two languages.
func TestTitleBookKeepsEachTitleOnce(t *testing.T) {
	given := []struct{ person, title string }{
		{"Olena Kovalenko", "депутатка"},
		{"Olena Kovalenko", "народна депутатка"},
		{"Olena Kovalenko", "депутатка"},
		{"Olena Kovalenko", "депутатка"},
		{"Mark Ellis", "minister"},
		{"Mark Ellis", "deputy foreign minister"},
		{"Mark Ellis", "minister"},
		{"Mark Ellis", "deputy foreign minister"},
	}
	b := newTitleBook()
	all := map[string][]string{}
	for _, g := range given {
		b.add(g.person, g.title)
		all[g.person] = append(all[g.person], g.title)
	}
	if n := len(b.byPerson["Olena Kovalenko"]); n != 2 {
		t.Errorf("Kovalenko: %d titles kept, want 2", n)
	}
	if n := len(b.byPerson["Mark Ellis"]); n != 2 {
		t.Errorf("Ellis: %d titles kept, want 2", n)
	}
	for _, q := range []struct{ person, short string }{
		{"Olena Kovalenko", "Депутатка"},
		{"Mark Ellis", "minister"},
		{"Mark Ellis", "minister"}, // asked again: the remembered answer
		{"Mark Ellis", "ambassador"},
		{"Nobody", "minister"},
	} {
		if got, want := b.fuller(q.person, q.short), fullerTitle(q.short, all[q.person]); got != want {
			t.Errorf("%s %q: got %q, want %q", q.person, q.short, got, want)
		}
	}
}
