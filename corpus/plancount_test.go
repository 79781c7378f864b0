package corpus

import "testing"

// TestVersionByCount checks that a version named by its count in a form
// the plan rules do not list, or set with a typographic dash or a no-break
// space, is still read as that version, and that counts which are not a
// version's, or which are part of another number, are not.
func TestVersionByCount(t *testing.T) {
	for _, tc := range []struct {
		text, want string
	}{
		{"The 28\u2011point plan says Ukraine stays out of NATO.", "US 28-point draft"},
		{"Under the 20\u2013point framework the army keeps 800,000.", "20-point framework"},
		{"20-пунктова рамка, яку представив Київ, передбачає обмін", "20-point framework"},
		{"28-punktowa wersja planu przewiduje amnestię", "US 28-point draft"},
		{"o plano 20-pontos prevê eleições", "20-point framework"},
		{"Rapporten om 20\u2011punktsplanen", "20-point framework"},
	} {
		if got := versionIn(tc.text); got != tc.want {
			t.Errorf("versionIn(%q) = %q, want %q", tc.text, got, tc.want)
		}
	}
	// the count reading alone: not a version's count, part of another
	// number, or not a count of points
	for _, low := range []string{
		"a 12-point memo from the ministry",
		"the index fell 1.20 points on monday",
		"a 120-point checklist",
		"28 bodies were recovered",
		"talks lasted 20 hours",
		"room 20-b, point of order",
		"pagal 28 punktą ukraina surengs rinkimus", // Lithuanian: point 28
	} {
		if got := planByCount(low); got != "" {
			t.Errorf("planByCount(%q) = %q, want none", low, got)
		}
	}
}

// TestNamedVersionsWithCounts checks that namedVersions lists a count name
// the rules miss at its place among the rules' names, and does not list it
// twice where a rule phrase already names the version.
func TestNamedVersionsWithCounts(t *testing.T) {
	low := "the european counter-proposal rewrites the 28\u2011point draft; the 28-point plan itself"
	vs := namedVersions(low)
	var plans []string
	for _, v := range vs {
		plans = append(plans, v.plan)
	}
	want := []string{"European counter-proposal", "US 28-point draft", "US 28-point draft"}
	if len(plans) != len(want) {
		t.Fatalf("namedVersions = %q, want %q", plans, want)
	}
	for i := range want {
		if plans[i] != want[i] {
			t.Fatalf("namedVersions = %q, want %q", plans, want)
		}
	}
	for i := 1; i < len(vs); i++ {
		if vs[i].start < vs[i-1].start {
			t.Fatalf("namedVersions not in text order: %+v", vs)
		}
	}
}
