package corpus

import "testing"

// TestDocSubjectSays probes docSubjectSays: a plan word as the subject of
// the verb that sets out a term, in several languages, and a person's
// report of the plan as the negative.
func TestDocSubjectSays(t *testing.T) {
	c, lx := planTermsData(), lexiconData()
	tests := []struct {
		s    string
		want bool
	}{
		{"A further clause promises that Russia will not block commercial use of the Dnipro.", true},
		{"The draft's last point, number 28, says the ceasefire takes effect immediately.", true},
		{"The European wording says instead that talks on territorial swaps will begin from the line of contact.", true},
		{"Asked about the draft's clause that NATO would not station troops in Ukraine, Calloway replied.", true},
		{"Il testo prevede che l'esercito ucraino sia limitato a 600.000 uomini.", true},
		{"Le texte prévoit que l'armée ukrainienne sera plafonnée à 600 000 hommes.", true},
		{"He said the clause promises nothing to Kyiv.", false},
		{"The draft, Peskov said, is a basis for talks.", false},
		{"The weather promises rain on Sunday.", false},
	}
	for _, tt := range tests {
		if got := c.docSubjectSays(lx, lowerString(tt.s)); got != tt.want {
			t.Errorf("docSubjectSays(%q) = %v, want %v", tt.s, got, tt.want)
		}
	}
}

// TestDocSubjectProvision: a sentence whose subject is the plan's clause
// and whose verb is a speech verb gives the term, while the same term in
// a person's report does not.
func TestDocSubjectProvision(t *testing.T) {
	doc := "# The 28-point plan\n\nThe American draft runs to 28 points.\n\nA further clause promises that Russia will not block commercial use of the Dnipro.\n\nThe minister said that Russia will not block commercial use of the Dnipro.\n"
	d, err := Parse([]byte(doc), ParseOptions{Name: "x.md", Now: fixedNow})
	if err != nil {
		t.Fatal(err)
	}
	var texts []string
	for _, p := range d.Provisions {
		texts = append(texts, p.Text)
	}
	if len(texts) != 1 || texts[0] != "A further clause promises that Russia will not block commercial use of the Dnipro." {
		t.Errorf("provisions %q, want the clause's only", texts)
	}
}
