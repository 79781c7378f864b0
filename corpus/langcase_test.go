package corpus

import (
	"strings"
	"testing"
)

// parseInLang parses text as the only paragraph of a document whose front
// matter names lang, the form every one-sentence language case takes.
func parseInLang(t *testing.T, lang, text string) *Document {
	t.Helper()
	d, err := Parse([]byte("---\ntitle: t\nlang: "+lang+"\n---\n\n"+text+"\n"), ParseOptions{})
	if err != nil {
		t.Fatalf("%s: %v", text, err)
	}
	return d
}

// wantStatementOf fails the test unless text, read in lang, gives a
// statement whose speaker contains speaker and whose text contains want
// (or, with opening, starts with it).
func wantStatementOf(t *testing.T, lang, text, speaker, want string, opening bool) {
	t.Helper()
	d := parseInLang(t, lang, text)
	for _, s := range d.Statements {
		if !strings.Contains(s.Speaker, speaker) {
			continue
		}
		if opening && strings.HasPrefix(s.Text, want) || !opening && strings.Contains(s.Text, want) {
			return
		}
	}
	t.Errorf("%s: no statement of %q with %q; got %s", text, speaker, want, statementsBrief(d.Statements))
}
