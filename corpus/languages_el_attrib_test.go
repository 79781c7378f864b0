package corpus

import "testing"

// TestGreekAttribution checks that Greek is read as data: the speech
// verbs "δήλωσε", "είπε", "τόνισε", the that-words "ότι" and "πως", Greek
// titles after the article ("Ο υπουργός …", "Η εκπρόσωπος …"), which is
// not kept in the role, and the Greek spelling of a known person.
func TestGreekAttribution(t *testing.T) {
	el := "---\ntitle: t\nlang: el\n---\n\n"
	checkStatements(t, []statementCase{
		{"el δήλωσε ότι", el + "Ο υπουργός Νίκος Παπαδάκης δήλωσε ότι η Αθήνα θα στείλει ανθρωπιστική βοήθεια.", "Παπαδάκης", "η Αθήνα θα στείλει ανθρωπιστική βοήθεια"},
		{"el είπε πως", el + "Η εκπρόσωπος Μαρία Κωστοπούλου είπε πως οι συνομιλίες θα συνεχιστούν την Τρίτη.", "Κωστοπούλου", "οι συνομιλίες θα συνεχιστούν την Τρίτη"},
		{"el τόνισε, known person", el + "Ο εκπρόσωπος του Κρεμλίνου Ντμίτρι Πεσκόφ τόνισε ότι η Μόσχα περιμένει το κείμενο.", "Dmitry Peskov", "η Μόσχα περιμένει το κείμενο"},
	})
	for _, s := range statementsOf(t, el+"Ο υπουργός Νίκος Παπαδάκης δήλωσε ότι η Αθήνα θα στείλει βοήθεια.") {
		if s.Role != "υπουργός" {
			t.Errorf("role %q, want the title without its article", s.Role)
		}
	}
}
