package corpus

import "testing"

// TestTitleLeadGivesRole: a sentence opening with a title and no name,
// then one opening with the name of that office's holder, gives the
// holder that title as role ("The chancellor was upbeat. Merz said …",
// "Der Kanzler gab sich zuversichtlich. Merz sagte, …"); a title the
// person does not hold gives none.
func TestTitleLeadGivesRole(t *testing.T) {
	tests := []struct{ lang, text, role string }{
		{"en", "The chancellor was upbeat. Merz said there was now a real chance of a peace process.", "chancellor"},
		{"de", "Der Kanzler gab sich zuversichtlich. Merz sagte, es gebe eine echte Chance.", "Kanzler"},
		{"en", "The president was upbeat. Merz said there was now a real chance of a peace process.", ""},
	}
	for _, tc := range tests {
		doc := "---\ntitle: T\nlang: " + tc.lang + "\npublished: 2025-12-15\n---\n\n" + tc.text + "\n"
		d, err := Parse([]byte(doc), ParseOptions{Name: "lead.md"})
		if err != nil {
			t.Fatal(err)
		}
		if len(d.Statements) != 1 || d.Statements[0].Speaker != "Friedrich Merz" || d.Statements[0].Role != tc.role {
			t.Errorf("%q: got %+v, want Friedrich Merz with role %q", tc.text, d.Statements, tc.role)
		}
	}
}
