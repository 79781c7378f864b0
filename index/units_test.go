package index

import (
	"slices"
	"testing"
)

// TestSpellUnits: a unit glued to a number is spelt out in a query, in any
// language; a unit inside a word, a longer word after the number or a
// unit the list does not hold is left as typed.
func TestSpellUnits(t *testing.T) {
	cases := []struct{ in, want string }{
		{"brussels 45bn credit line", "brussels 45 billion credit line"},
		{"the 12pt roadmap on ports", "the 12 point roadmap on ports"},
		{"Kredit 7,5BN für Kiew", "Kredit 7,5 billion für Kiew"},
		{"план на 15pts", "план на 15 points"},
		{"prestito da 30bn, votato", "prestito da 30 billion, votato"},
		// negatives: must not change
		{"g20pt summit", "g20pt summit"},
		{"a 5km corridor", "a 5km corridor"},
		{"room 12b at the ministry", "room 12b at the ministry"},
		{"class 8b pupils", "class 8b pupils"},
		{"15ptx typo", "15ptx typo"},
		{"12 points of the roadmap", "12 points of the roadmap"},
	}
	for _, c := range cases {
		if got := spellUnits(c.in); got != c.want {
			t.Errorf("spellUnits(%q) = %q, want %q", c.in, got, c.want)
		}
	}
}

// TestUnitForms: a text gluing a unit to a number is indexed with the
// spelt-out form too, once; a text without one gets nothing.
func TestUnitForms(t *testing.T) {
	cases := []struct {
		in   string
		want []string
	}{
		{"Brussels pledged €45bn, then another €45bn.", []string{"45 billion"}},
		{"Le plan en 12pt et 3,5bn d'aide", []string{"12 point", "3,5 billion"}},
		{"Корпус 7Б, 12 пунктов", nil},
		{"the G20pt, 5km away", nil},
	}
	for _, c := range cases {
		if got := unitForms(c.in); !slices.Equal(got, c.want) {
			t.Errorf("unitForms(%q) = %q, want %q", c.in, got, c.want)
		}
	}
}
