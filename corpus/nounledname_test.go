package corpus

import (
	"strings"
	"testing"
)

// TestNounLedNames: a person noun capitalised before a private person's
// name is the role, not a word of the name (sets ZV, ZY, ZZ). Negatives:
// a given name that is also a noun, a known title, a body, a name alone.
func TestNounLedNames(t *testing.T) {
	tests := []struct {
		lang, sentence, speaker, role, text string
	}{
		{"en", "Granddaughter Sofiia (visits 14:00) says her grandfather \"reads the plan like a discharge letter\".", "Sofiia", "granddaughter", "reads the plan like a discharge letter"},
		{"en", "Coach Ray Tillotson said the team would train through the winter.", "Ray Tillotson", "coach", "the team would train through the winter"},
		{"de", "Gartenfreundin Renate Vogt hielt dagegen: Sie traue Putin kein Wort.", "Renate Vogt", "gartenfreundin", "Sie traue Putin kein Wort"},
		{"uk", "Провідниця Ольга каже, що люди тепер частіше питають про новини, ніж про квитки.", "Ольга", "провідниця", "люди тепер частіше питають про новини"},
		{"ru", "Проводница Ирина Котова сказала, что поезда ходят по расписанию.", "Ирина Котова", "проводница", "поезда ходят по расписанию"},
		// negatives: the name stays as it was read
		{"en", "Marta Kowalska said the plan was a start.", "Marta Kowalska", "", "the plan was a start"},
		{"en", "Will Hartley said the plan was a start.", "Will Hartley", "", "the plan was a start"},
		{"de", "Präsident Selenskyj sagte, der Plan sei ein Anfang.", "Volodymyr Zelensky", "Präsident", "der Plan sei ein Anfang"},
	}
	for _, tc := range tests {
		d := parseProbe(t, tc.lang, "2026-01-12", tc.sentence)
		got := statementLines(d.Statements)
		found := false
		for _, s := range d.Statements {
			if strings.Contains(s.Text, tc.text) {
				found = found || s.Speaker == tc.speaker && strings.EqualFold(s.Role, tc.role) || tc.role == "" && s.Speaker == tc.speaker
			}
		}
		if !found {
			t.Errorf("%s: %q\n got %q\nwant %s [%s]: %s", tc.lang, tc.sentence, got, tc.speaker, tc.role, tc.text)
		}
	}
}

// TestNounLed: the reader itself, on names as extraction writes them.
func TestNounLed(t *testing.T) {
	x := &extractor{lx: lexiconData()}
	for _, tc := range []struct {
		noun, rest, role, name string
	}{
		{"Granddaughter", "Sofiia", "granddaughter", "Sofiia"},
		{"Provіdnytsia", "Olha", "", ""}, // (no noun of the lists)
		{"Gartenfreundin", "Renate Vogt", "gartenfreundin", "Renate Vogt"},
		{"Will", "Hartley", "", ""},      // a given name
		{"Coach", "house rules", "", ""}, // no name after
		{"SISTER", "ACT", "", ""},        // capitals: a label or a heading
		{"Nachbarin", "Weber", "nachbarin", "Weber"},
	} {
		role, name, ok := x.nounLed(tc.noun, tc.rest)
		if role != tc.role || name != tc.name || ok != (tc.role != "") {
			t.Errorf("nounLed(%q, %q) = %q, %q, %v; want %q, %q", tc.noun, tc.rest, role, name, ok, tc.role, tc.name)
		}
	}
}

// TestGreetingName: a salutation, a sign-off or a self-introduction is no
// speaker's name (sets ZW, ZZ); a given name, a known person and a lone
// word are left alone.
func TestGreetingName(t *testing.T) {
	x := &extractor{lx: lexiconData()}
	for _, tc := range []struct {
		name string
		want bool
	}{
		{"Liebe Eltern", true},
		{"Gruß Hartmut", true},
		{"Dear members", true},
		{"I'm Rory", true},
		{"Дорогие коллеги", true},
		{"Шановні мешканці", true},
		{"Cara Delevingne", false}, // a given name
		{"Dear", false},            // a lone word
		{"Marta Kowalska", false},
		{"Volodymyr Zelensky", false},
	} {
		if got := x.greetingName(tc.name); got != tc.want {
			t.Errorf("greetingName(%q) = %v, want %v", tc.name, got, tc.want)
		}
	}
}
