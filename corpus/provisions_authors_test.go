package corpus

import "testing"

// TestAuthorsObject checks that a term whose authors and their verb name
// its version keeps them when the verb takes the term as its object, in
// Polish and Ukrainian (where the verb ends past sixteen bytes after the
// subject) phrasings written for this test, while a that-clause after the
// verb is the term on its own, in Spanish.
func TestAuthorsObject(t *testing.T) {
	checkFresh(t, []freshCase{
		{name: "polish", doc: "# Armia\n\nAmerykański plan przewiduje limit 600 tysięcy żołnierzy. Europejczycy proponują 800 tysięcy w czasie pokoju.\n",
			want: []Provision{{Plan: "European counter-proposal", Text: "Europejczycy proponują 800 tysięcy"}}},
		{name: "ukrainian", doc: "# Армія\n\nАмериканський план передбачає 600 тисяч військових. Європейці пропонують 800 тисяч у мирний час.\n",
			want: []Provision{{Plan: "European counter-proposal", Text: "Європейці пропонують 800 тисяч"}}},
	})
	tests := []struct {
		name, s, subject, rest, want string
		ok                           bool
	}{
		{"object", "Europejczycy proponują 800 tysięcy.", "Europejczycy", "800 tysięcy.", "Europejczycy proponują 800 tysięcy", true},
		{"that-clause", "Los europeos proponen que el ejército tenga 800.000 efectivos.", "Los europeos", "el ejército tenga 800.000 efectivos.", "", false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, ok := authorsObject(tt.s, tt.subject, tt.rest)
			if got != tt.want || ok != tt.ok {
				t.Errorf("authorsObject(%q) = %q, %v; want %q, %v", tt.s, got, ok, tt.want, tt.ok)
			}
		})
	}
}
