package corpus

import (
	"strings"
	"testing"
)

// TestQuotedAsideSubject checks a subject set off from its verb by an
// aside that ends on a quoted name ("μιλώντας στην «…»,", "speaking to
// “…”,"), Greek participles of speaking as such asides, and Greek
// unnamed "circles" with a plural verb.
func TestQuotedAsideSubject(t *testing.T) {
	for _, tc := range []struct {
		lang, body, speaker, text string
	}{
		{"el", "Η αναλύτρια Μαρίνα Δεληγιάννη, μιλώντας στην «Πρωινή Βόρεια», εκτίμησε ότι οι συνομιλίες θα συνεχιστούν τον Ιανουάριο.", "Μαρίνα Δεληγιάννη", "οι συνομιλίες θα συνεχιστούν"},
		{"el", "Ο οικονομολόγος Πέτρος Λαμπράκης, απαντώντας σε ερωτήσεις, είπε ότι οι κυρώσεις δεν θα αρθούν σύντομα.", "Πέτρος Λαμπράκης", "οι κυρώσεις δεν θα αρθούν"},
		{"en", "Professor Lena Brandt, speaking to “Nordkurier”, said that the ceasefire would hold for now.", "Lena Brandt", "the ceasefire would hold"},
		{"el", "Κύκλοι του υπουργείου Άμυνας ανέφεραν ότι οι ασκήσεις θα γίνουν κανονικά.", unnamedSpeaker, "οι ασκήσεις θα γίνουν κανονικά"},
	} {
		doc := "---\ntitle: \"t\"\nlang: " + tc.lang + "\n---\n\n" + tc.body + "\n"
		d, err := Parse([]byte(doc), ParseOptions{Name: "t.md", Now: fixedNow})
		if err != nil {
			t.Fatal(err)
		}
		found := false
		for _, s := range d.Statements {
			if s.Speaker == tc.speaker && strings.Contains(s.Text, tc.text) {
				found = true
			}
		}
		if !found {
			t.Errorf("%s: want %s / %q, got %+v", tc.body, tc.speaker, tc.text, d.Statements)
		}
	}
}
