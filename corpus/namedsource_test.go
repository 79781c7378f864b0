package corpus

import (
	"strings"
	"testing"
)

// TestNamedInSource: an unnamed source's description that ends in a given
// name and a surname is that person, the words before the role (ru, uk,
// en, de, it, pl); a name after a title or a preposition, or no given name,
// leaves the source unnamed.
func TestNamedInSource(t *testing.T) {
	tests := []struct {
		lang, role string
		name, want string // the speaker and role wanted; name "" for the source left as it is
	}{
		{"ru", "Бывший дипломат Аркадий Милославский-Кан не согласился: по его", "Аркадий Милославский-Кан", "Бывший дипломат"},
		{"uk", "Пенсіонерка з Самара Галина Петрівна", "Галина Петрівна", "Пенсіонерка з Самара"},
		{"en", "retired teacher Margaret Oduya", "Margaret Oduya", "retired teacher"},
		{"de", "ein früherer Diplomat Andreas Köhler", "Andreas Köhler", "früherer Diplomat"},
		{"it", "un ex ambasciatore Giulio Ravasi", "Giulio Ravasi", "ex ambasciatore"},
		{"pl", "emerytowany generał Tomasz Wierzbicki", "Tomasz Wierzbicki", "emerytowany generał"},
		// negatives: a title or a preposition before the name, no given name
		{"en", "aide to President Emmanuel Macron", "", ""},
		{"en", "spokesman for Giorgia Meloni", "", ""},
		{"it", "Fonti di Palazzo Chigi", "", ""},
		{"de", "Sprecher des Auswärtigen Amts", "", ""},
		{"uk", "Джерело в Офісі Президента", "", ""},
	}
	for _, tc := range tests {
		for _, off := range []bool{false, true} {
			x := newExtractor(lexiconData(), Source{Lang: tc.lang}, nil)
			x.noNamedSource = off
			in := &speaker{name: unnamedSpeaker, role: tc.role, kind: kindGroup}
			got := x.namedInSource(in)
			if tc.name == "" || off {
				if got != in {
					t.Errorf("%s %q (rule off %v): got %q (%q), want the source unchanged", tc.lang, tc.role, off, got.name, got.role)
				}
				continue
			}
			if got.name != tc.name || got.role != tc.want || got.kind != kindPerson {
				t.Errorf("%s %q: got %q (%q), want %q (%q)", tc.lang, tc.role, got.name, got.role, tc.name, tc.want)
			}
		}
	}
}

// TestNamedSourceParsed: the zzj12 shape end to end, the words given to
// the named diplomat, not to an unnamed source.
func TestNamedSourceParsed(t *testing.T) {
	body := "Бывший дипломат Аркадий Милославский-Кан не согласился: по его словам, договорённость о гарантиях уже сама по себе большой сдвиг.\n"
	for _, off := range []bool{false, true} {
		d, err := Parse([]byte("---\nlang: ru\n---\n\n"+body), ParseOptions{Name: "probe.md", Now: fixedNow, noNamedSource: off})
		if err != nil {
			t.Fatal(err)
		}
		named := false
		for _, s := range d.Statements {
			if strings.Contains(s.Speaker, "Милославский-Кан") && strings.Contains(s.Text, "договорённость о гарантиях") {
				named = true
			}
		}
		if named == off {
			t.Errorf("rule off %v: named %v\n%v", off, named, speakersOf(d.Statements))
		}
	}
}
