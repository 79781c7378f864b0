package bot

import (
	"strings"
	"testing"

	"planbot/corpus"
)

// TestStatementHeadingSaysWhereItWasReported checks that a statement given
// to another outlet than the source says so beside the speaker, and that
// the outlet never takes the speaker's place.
func TestStatementHeadingSaysWhereItWasReported(t *testing.T) {
	src := corpus.SourceRef{ID: "s1", Title: "Wire report", Outlet: "Test Wire"}
	for _, c := range []struct {
		name       string
		reportedBy string
		want       string
		notWant    string
	}{
		{"given to another outlet", "Financial Times", "Olena Varga, negotiator (to Financial Times)", ""},
		{"the source itself", "Test Wire", "Olena Varga, negotiator", "(to"},
		{"no outlet", "", "Olena Varga, negotiator", "(to"},
		{"outlet with markdown", "*The* Post", `Olena Varga, negotiator (to \*The\* Post)`, ""},
	} {
		t.Run(c.name, func(t *testing.T) {
			e := hitEntry(corpus.Hit{Kind: corpus.KindStatement, Speaker: "Olena Varga", Role: "negotiator",
				ReportedBy: c.reportedBy, Text: "We made progress.", Snippet: "We made progress.", Source: src})
			if !strings.HasPrefix(e.Heading, c.want) {
				t.Errorf("heading %q, want it to start %q", e.Heading, c.want)
			}
			if c.notWant != "" && strings.Contains(e.Heading, c.notWant) {
				t.Errorf("heading %q should not contain %q", e.Heading, c.notWant)
			}
		})
	}
}
