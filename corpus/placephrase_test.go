package corpus

import (
	"strings"
	"testing"
)

// TestPlacePhraseIsNoSpeaker checks that a place or time phrase opened by
// a preposition before or after an attribution ("From Kyiv, …", "…, dijo
// desde Kiev …", "Из Москвы …") is not read as who spoke: its capitalised
// words have a name's shape. want is the speaker when the sentence names
// one, "" when it names only a role (then no statement may go to the
// place).
func TestPlacePhraseIsNoSpeaker(t *testing.T) {
	for _, c := range []struct {
		name, text, place, fragment, want string
	}{
		{"es desde after verb", langDoc("es", "«La tregua tiene que ser completa y vigilada», afirmó desde Kiev Marta Olivares."), "Kiev", "La tregua tiene", "Marta Olivares"},
		{"it da after verb", langDoc("it", "«La tregua deve essere completa e sorvegliata», ha detto da Roma Tomaso Berizzi."), "Roma", "La tregua deve", "Tomaso Berizzi"},
		{"pl z after verb", langDoc("pl", "„Rozejm musi być pełny i nadzorowany” – powiedział z Warszawy Tomasz Wierzbicki."), "Warszawy", "Rozejm musi", "Tomasz Wierzbicki"},
		{"en from before role", langDoc("en", "From Kyiv, the president said: \"The truce has to be complete and watched.\""), "Kyiv", "The truce has", ""},
		{"en on monday before role", langDoc("en", "On Monday, the minister said: \"The truce has to be complete and watched.\""), "Monday", "The truce has", ""},
		{"it da before role", langDoc("it", "Da Roma, il ministro ha detto: «La tregua deve essere completa e sorvegliata»."), "Roma", "La tregua deve", ""},
		{"fr depuis before role", langDoc("fr", "Depuis Paris, le ministre a déclaré : « La trêve doit être complète et surveillée. »"), "Paris", "La trêve doit", ""},
		{"ru iz before role", langDoc("ru", "Из Москвы министр заявил: «Перемирие должно быть полным и под наблюдением»."), "Москвы", "Перемирие должно", ""},
		{"uk z before role", langDoc("uk", "З Києва міністр заявив: «Перемир'я має бути повним і під наглядом»."), "Києва", "має бути повним", ""},
	} {
		t.Run(c.name, func(t *testing.T) {
			d, err := Parse([]byte(c.text), ParseOptions{})
			if err != nil {
				t.Fatal(err)
			}
			found := false
			for _, s := range d.Statements {
				if !strings.Contains(s.Text, c.fragment) {
					continue
				}
				if strings.Contains(s.Speaker, c.place) {
					t.Errorf("%q given to %q: a place", c.fragment, s.Speaker)
				}
				found = found || c.want != "" && s.Speaker == c.want
			}
			if c.want != "" && !found {
				t.Errorf("no statement of %q with %q; got %+v", c.want, c.fragment, d.Statements)
			}
		})
	}
}
