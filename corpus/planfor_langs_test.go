package corpus

import "testing"

// TestPlanForMoreLanguages checks that lead-ins and column headers in
// Czech, Slovak, Hungarian, Turkish and Polish name the version they speak
// of, and that an English "rewrite" of Europe names the counter-proposal.
func TestPlanForMoreLanguages(t *testing.T) {
	for _, c := range []struct{ text, want string }{
		{"Český protinávrh k dokumentu", "European counter-proposal"},
		{"Evropská verze (listopad)", "European counter-proposal"},
		{"Az európai ellenjavaslat szerint", "European counter-proposal"},
		{"Avrupa önerisi ordunun sınırını yükseltiyor", "European counter-proposal"},
		{"The European rewrite of the clause reads:", "European counter-proposal"},
		{"Americký návrh (28 bodů)", "US 28-point draft"},
		{"Az amerikai tervezet pontjai", "US 28-point draft"},
		{"ABD planı ordu sınırı getiriyor", "US 28-point draft"},
		{"punkt 9 amerykańskiego dokumentu mówi", "US 28-point draft"},
	} {
		if got, _ := planFor(c.text); got != c.want {
			t.Errorf("planFor(%q) = %q, want %q", c.text, got, c.want)
		}
	}
}
