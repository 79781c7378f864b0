package corpus

import "testing"

// TestRomanianBackReference checks the Romanian definite forms of the
// back-reference nouns (roles.json backRefNouns: "diplomatul",
// "expertul", "analistul"): the noun with its enclitic article points
// back to the person named before, as "the diplomat" does (set Y y11:
// "Fostul ambasador Radu Mănescu … Diplomatul a amintit că …"). With
// nobody named before, the noun stays an unnamed source.
func TestRomanianBackReference(t *testing.T) {
	for _, tc := range []struct{ body, speaker, text string }{
		{"Fostul ambasador Radu Mănescu a avertizat că textul nu trebuie confundat cu planul. Diplomatul a amintit că punctul 9 privea Polonia.", "Radu Mănescu", "punctul 9 privea Polonia"},
		{"Analistul Radu Mănescu a spus că textul e nou. Analistul a adăugat că punctul 9 privea Polonia.", "Radu Mănescu", "punctul 9 privea Polonia"},
		// negative: nobody named before
		{"Bună ziua tuturor. Diplomatul a amintit că punctul 9 privea Polonia.", unnamedSpeaker, "punctul 9 privea Polonia"},
	} {
		t.Run(tc.text+" "+tc.speaker, func(t *testing.T) {
			got := statementsOf(t, "---\nlang: ro\n---\n\n"+tc.body+"\n")
			if len(got) == 0 || got[len(got)-1].Speaker != tc.speaker || got[len(got)-1].Text != tc.text {
				t.Fatalf("want %s / %q, got %+v", tc.speaker, tc.text, got)
			}
		})
	}
}
