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
		wantSpokenIn(t, tc.lang, tc.body, tc.speaker, tc.text)
	}
}

// wantSpokenIn reads body as a document in lang and fails unless one of
// its statements is speaker's and holds text.
func wantSpokenIn(t *testing.T, lang, body, speaker, text string) {
	t.Helper()
	doc := "---\ntitle: \"t\"\nlang: " + lang + "\n---\n\n" + body + "\n"
	d, err := Parse([]byte(doc), ParseOptions{Name: "t.md", Now: fixedNow})
	if err != nil {
		t.Fatal(err)
	}
	for _, s := range d.Statements {
		if s.Speaker == speaker && strings.Contains(s.Text, text) {
			return
		}
	}
	t.Errorf("%s: want %s / %q, got %+v", body, speaker, text, d.Statements)
}
