package corpus

import (
	"strings"
	"testing"
)

// TestPointSectionText: the text under a bare point heading is the plan's,
// even when it reads like speech; a note after it still quotes people.
func TestPointSectionText(t *testing.T) {
	en := langDoc("en", "The draft, point by point.\n\nPoint 4\n\nMoldova agrees to declare that it will stay outside any military bloc,\n\n"+
		"and NATO agrees to record in its treaty a clause that Ukraine will not be asked to join.\n\n"+
		"Our note: Deputy Minister Radu Ciobanu told us the clause was never discussed in Chisinau.\n\nPoint 5\n\nThe border will be monitored by observers.\n")
	de := langDoc("de", "Der Entwurf im Wortlaut.\n\nPunkt 4\n\nDie NATO versichert, dass sie keine Truppen in der Ukraine stationieren wird.\n\n"+
		"Vizeminister Radu Ciobanu sagte uns dazu, die Klausel sei in Chișinău nie besprochen worden.\n\nPunkt 5\n\nDie Grenze wird von Beobachtern überwacht.\n")
	checkStatements(t, []statementCase{
		{"en note after the point's text", en, "Radu Ciobanu", "the clause was never discussed"},
		{"de note after the point's text", de, "Radu Ciobanu", "die Klausel sei in Chișinău nie besprochen worden"},
	})
	for _, d := range []string{en, de} {
		got, err := Parse([]byte(d), ParseOptions{})
		if err != nil {
			t.Fatal(err)
		}
		for _, s := range got.Statements {
			if strings.Contains(s.Text, "keine Truppen") || strings.Contains(s.Text, "military alliance") || strings.Contains(s.Text, "asked to join") {
				t.Errorf("a point's text became a statement: %+v", s)
			}
		}
	}
	for in, want := range map[string]bool{"Point 7": true, "**Punkt 12.**": true, "Пункт 3": true, "Point 7: territory": false, "Points of contention": false} {
		if barePointLabel(in) != want {
			t.Errorf("barePointLabel(%q) = %v", in, !want)
		}
	}
}
