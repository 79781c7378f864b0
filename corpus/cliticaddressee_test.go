package corpus

import (
	"strings"
	"testing"
)

// TestCliticBesideAddressee checks South Slavic reports with the clitic
// auxiliary next to the addressee before the verb, on either side of it.
func TestCliticBesideAddressee(t *testing.T) {
	cases := []struct{ lang, text, speaker, want string }{
		{"sl", "Županja Maja Kranjc je novinarjem povedala, da bo most odprt maja.", "Kranjc", "bo most odprt maja"},
		{"hr", "Gradonačelnica Ivana Babić novinarima je rekla da će most biti otvoren u svibnju.", "Babić", "most biti otvoren"},
		{"sr", "Ministar Nikola Ilić je novinarima rekao da će most biti otvoren u maju.", "Ilić", "most biti otvoren"},
	}
	for _, c := range cases {
		d, err := Parse([]byte("---\ntitle: t\nlang: "+c.lang+"\n---\n\n"+c.text+"\n"), ParseOptions{})
		if err != nil {
			t.Fatalf("%s: %v", c.text, err)
		}
		got := false
		for _, s := range d.Statements {
			if strings.Contains(s.Speaker, c.speaker) && strings.Contains(s.Text, c.want) {
				got = true
			}
		}
		if !got {
			t.Errorf("%s: no statement of %q with %q; got %s", c.text, c.speaker, c.want, statementsBrief(d.Statements))
		}
	}
}
