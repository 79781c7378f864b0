package corpus

import (
	"strings"
	"testing"
)

// TestInciseObjectClitic checks a French incise in a compound tense with
// an object pronoun before the inverted auxiliary ("», nous a-t-il
// confié."): the pronoun says to whom the words were given, and the
// speaker is the person the subject pronoun stands for, as without it.
func TestInciseObjectClitic(t *testing.T) {
	pre := "Le maire Julien Marchetti a reçu les familles jeudi. « Personne ici ne lit les vingt-huit points », "
	cases := []struct {
		incise string
		want   bool
	}{
		{"nous a-t-il confié.", true},
		{"lui a-t-il expliqué.", true},
		{"leur avait-il assuré.", true},
		{"vous a-t-il dit.", true},
		{"a-t-il confié.", true}, // without the clitic, as before
	}
	for _, c := range cases {
		d, err := Parse([]byte("---\ntitle: t\nlang: fr\n---\n\n"+pre+c.incise+"\n"), ParseOptions{})
		if err != nil {
			t.Fatal(err)
		}
		got := false
		for _, s := range d.Statements {
			if strings.Contains(s.Speaker, "Marchetti") && strings.Contains(s.Text, "Personne ici ne lit") {
				got = true
			}
		}
		if got != c.want {
			t.Errorf("%q: statement of Marchetti %v, want %v; got %s", c.incise, got, c.want, statementsBrief(d.Statements))
		}
	}
}
