package corpus

import "testing"

// TestLeadScanAnswersAsAnyIn checks the jump from lead byte to lead byte
// against anyIn, for looks of several scripts sharing a lead, over texts
// with the lead at either end, doubled, or absent; and that sets without
// a shared lead keep the pair scan.
func TestLeadScanAnswersAsAnyIn(t *testing.T) {
	texts := []string{"", " ", "  ", "von", " von", " von ", "x von y", "a  z b", "Sergeï du Nord", " из Москвы", "из", "слова из ", "no lead here", "ends with a space "}
	for _, looks := range [][]string{
		{" von ", " z ", " из "},
		{" du ", " de ", "x"}, // a short look beside the shared lead
		{"из ", "из-за"},
	} {
		ls := newLookSet(looks)
		if ls.lead < 0 {
			t.Fatalf("%q: want a shared lead", looks)
		}
		for _, s := range texts {
			if got, want := ls.in(s), anyIn(s, looks); got != want {
				t.Errorf("lookSet(%q).in(%q) = %v, anyIn %v", looks, s, got, want)
			}
		}
	}
	for _, looks := range [][]string{{"gen.", "prof."}, {" von ", "von"}, nil, {"a"}} {
		if lead := sharedLead(looks); lead >= 0 {
			t.Errorf("sharedLead(%q) = %q, want none", looks, rune(lead))
		}
	}
}
