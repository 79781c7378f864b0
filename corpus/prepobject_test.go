package corpus

import (
	"strings"
	"testing"
)

// TestPrepositionObject: a speaker read after a role that closes on a
// preposition or an article is the preposition's object, unless a given
// name or a known person is in it; a known person before the preposition
// speaks.
func TestPrepositionObject(t *testing.T) {
	for _, tc := range []struct {
		lang, role, name string
		want             bool
		person           string
	}{
		{"de", "Teil des", "Gebiets Luhansk", true, ""},
		{"ro", "Liderul de la", "Casa Albă", true, ""},
		{"pt", "secretário do", "Conselho de Segurança", true, ""},
		{"it", "portavoce della", "Farnesina Centrale", true, ""},
		{"es", "director del", "Instituto Real", true, ""},
		{"en", "What The", "Drafts Actually", true, ""},
		{"ru", "глава делегации в", "Женеве Москва", true, ""},
		{"fr", "mobilisé près", "de Kharkiv", true, ""},
		{"it", "Von der Leyen al", "G20 di Johannesburg", true, "Ursula von der Leyen"},
		// negatives
		{"it", "Donata da", "Halyna Ferrari", false, ""},               // an agent's preposition: a person
		{"ro", "unui comunicat citat de", "Costel Baciu", false, ""},   // the same
		{"uk", "політологиня з", "Вінниці Ірина Заболотна", false, ""}, // a given name after the place
		{"uk", "Розмову з", "Путіним Трамп", false, ""},                // a known person after it
		{"fr", "joint statement", "les deux parties", false, ""},       // an article opens a group
		{"de", "Teil des", "Donezk", false, ""},                        // one word may be a surname
		{"fr", "ancien ministre", "de Villepin", false, ""},            // a title before the particle
		{"de", "Sprecherin des", "Volodymyr Zelensky", false, ""},      // a known person
		{"en", "member", "Ashcombe Town", false, ""},                   // no preposition
	} {
		x := &extractor{lx: lexiconData(), src: Source{Lang: tc.lang}}
		st := Statement{Speaker: tc.name, Role: tc.role}
		person, got := x.prepositionObject(&st)
		if got != tc.want || person != tc.person {
			t.Errorf("%s prepositionObject(%q / %q) = %q, %v, want %q, %v", tc.lang, tc.role, tc.name, person, got, tc.person, tc.want)
		}
	}
}

// TestPrepositionObjectDropped: whole documents where a place or a body
// after a title's preposition was read as who spoke; the named speakers
// beside it keep their words.
func TestPrepositionObjectDropped(t *testing.T) {
	for _, tc := range []struct {
		lang, text, keep, keepText, drop string
	}{
		{"it", "Il ministro Luca Ferrante ha detto che il piano «va riscritto». Von der Leyen al G20 di Johannesburg dice che i confini non si cambiano con la forza.", "Luca Ferrante", "va riscritto", "G20"},
		{"pt", "Rustem Umerov, que chefia a delegação ucraniana, confirmou que 40 militares regressam a casa. O secretário do Conselho de Segurança afirmou que a Ucrânia continuará a lutar.", "Rustem Umerov", "40 militares regressam", "Conselho"},
	} {
		d := parseProbe(t, tc.lang, "2026-01-12", tc.text)
		kept := false
		for _, s := range d.Statements {
			if strings.Contains(s.Speaker, tc.drop) {
				t.Errorf("%s: %q kept speaker %q", tc.lang, tc.text, s.Speaker)
			}
			kept = kept || s.Speaker == tc.keep && strings.Contains(s.Text, tc.keepText)
		}
		if !kept {
			t.Errorf("%s: %q lost %s: %q", tc.lang, tc.text, tc.keep, statementLines(d.Statements))
		}
	}
}

// TestTitleObjectBackRef: a title with a preposition's object stands for
// the person quoted just before, when the title opens the role and that
// person is named near it.
func TestTitleObjectBackRef(t *testing.T) {
	trump := Statement{Speaker: "Donald Trump", Role: "Președintele american", Position: 3}
	umerov := Statement{Speaker: "Rustem Umerov", Position: 5}
	for _, tc := range []struct {
		role     string
		position int
		before   []Statement
		want     string
	}{
		{"Liderul de la", 3, []Statement{trump}, "Donald Trump"},
		{"secretário do", 5, []Statement{umerov}, "Rustem Umerov"},
		{"secretário do", 6, []Statement{umerov}, "Rustem Umerov"}, // the next paragraph
		// negatives
		{"Teil des", 5, []Statement{umerov}, ""},                                           // no title
		{"secretário do", 8, []Statement{umerov}, ""},                                      // too far
		{"secretário do", 5, nil, ""},                                                      // no one before
		{"secretário do", 5, []Statement{{Speaker: unnamedSpeaker, Position: 5}}, ""},      // an unnamed source
		{"secretário do", 5, []Statement{{Speaker: "Conselho Nacional", Position: 5}}, ""}, // a body
	} {
		st := Statement{Speaker: "Casa Albă", Role: tc.role, Position: tc.position}
		prev, ok := titleObjectBackRef(lexiconData(), &st, tc.before)
		if got := map[bool]string{true: prev.Speaker}[ok]; got != tc.want {
			t.Errorf("titleObjectBackRef(%q at %d) = %q, want %q", tc.role, tc.position, got, tc.want)
		}
	}
}
