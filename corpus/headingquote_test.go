package corpus

import (
	"strings"
	"testing"
)

// TestHeadingQuotes checks quotations in a body's headings, in the
// punctuation of each language ("Name: „…“", "Name : « … »", "Name:
// «…»"): a heading that is wholly its speaker and their quotation is a
// statement; a heading whose words after the colon are no quotation is
// a topic; a crosshead the entry below repeats, perhaps inflected, gives
// only the entry's statement.
func TestHeadingQuotes(t *testing.T) {
	for _, c := range []struct {
		file  string
		want  []wantStatement
		count map[string]int // fragment -> how many statements hold it
	}{
		{"de-liveblog.md", []wantStatement{{"Ilse Brandner", "", "Europa sitzt jetzt mit am Tisch"}},
			map[string]int{"Ein schwieriger Moment": 0}},
		{"fr-crosshead.md", []wantStatement{{"Paul Ricaud", "", "Une paix imposée ne tiendra pas"}},
			map[string]int{"La version européenne est plus réaliste": 0}},
		{"pl-crosshead.md", []wantStatement{{"Marek Zieliński", "", "To nie jest plan pokojowy"}}, nil},
		{"uk-crosshead.md", nil, map[string]int{"найважчий тиждень": 0}},
	} {
		d := parseFixture(t, "headingquote", c.file)
		for _, w := range c.want {
			if !hasStatement(d.Statements, w) {
				t.Errorf("%s: no statement %+v; got %s", c.file, w, statementsBrief(d.Statements))
			}
		}
		for frag, n := range c.count {
			got := 0
			for _, s := range d.Statements {
				if strings.Contains(s.Text, frag) {
					got++
				}
			}
			if got != n {
				t.Errorf("%s: %d statements hold %q, want %d; got %s", c.file, got, frag, n, statementsBrief(d.Statements))
			}
		}
	}
}
