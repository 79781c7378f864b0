package corpus

import "testing"

// TestCliticBesideAddressee checks South Slavic reports with the clitic
// auxiliary next to the addressee before the verb, on either side of it.
func TestCliticBesideAddressee(t *testing.T) {
	cases := []struct{ lang, text, speaker, want string }{
		{"sl", "Županja Maja Kranjc je novinarjem povedala, da bo most odprt maja.", "Kranjc", "bo most odprt maja"},
		{"hr", "Gradonačelnica Ivana Babić novinarima je rekla da će most biti otvoren u svibnju.", "Babić", "most biti otvoren"},
		{"sr", "Ministar Nikola Ilić je novinarima rekao da će most biti otvoren u maju.", "Ilić", "most biti otvoren"},
	}
	for _, c := range cases {
		wantStatementOf(t, c.lang, c.text, c.speaker, c.want, false)
	}
}
