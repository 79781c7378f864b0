package corpus

import "testing"

// TestLowerPlacePhraseSubject: a name followed by a place or group phrase
// written in lower case before the speech verb ("Sue Rigby in the office
// says", "Posłanka Renata Ostrowska z sejmowej komisji obrony mówiła"):
// the name speaks, never the phrase's noun; names with particles stay
// whole.
func TestLowerPlacePhraseSubject(t *testing.T) {
	for _, tc := range []struct {
		name, lang, text, want, notWant string
	}{
		{"en in", "en", "Sue Rigby in the office says the mince pies are for customers, not auctioneers.", "Sue Rigby", "office"},
		{"en from", "en", "Gwen Harris from the parish council said the hall will open on Monday.", "Gwen Harris", "council"},
		{"cs z", "cs", "Jan Novák z obecního úřadu řekl, že jednání budou pokračovat.", "Jan Novák", "úřadu"},
		{"pl z, addressee", "pl", "Poseł Krzysztof Walasek z sejmowej komisji obrony powiedział PAI, że plan jest martwy.", "Krzysztof Walasek", "komisji"},
		{"pl z, time", "pl", "Posłanka Renata Ostrowska z sejmowej komisji obrony mówiła w piątek, że plan jest martwy.", "Renata Ostrowska", "komisji"},
		{"de von der", "de", "Anna Weber von der örtlichen feuerwehr sagte, der Plan sei tot.", "Anna Weber", "feuerwehr"},
		{"ru из", "ru", "Политолог Аркадий Вершинин из пермского центра сказал, что план мертв.", "Аркадий Вершинин", "центра"},
		{"uk з", "uk", "Ірина Кравець з місцевої громади сказала, що план мертвий.", "Ірина Кравець", "громади"},
		{"en at", "en", "Donald Trump at a press conference said the plan is dead.", "Donald Trump", "conference"},
		// negatives: particles of a name are no place phrase
		{"en von der Leyen", "en", "Ursula von der Leyen said the plan is dead.", "Ursula von der Leyen", ""},
		{"fr de Villepin", "fr", "Dominique de Villepin a déclaré que le plan est mort.", "Dominique de Villepin", ""},
		{"pt da Silva", "pt", "Luiz Inácio Lula da Silva disse que o plano está morto.", "Lula da Silva", ""},
		{"de von der Leyen", "de", "Ursula von der Leyen sagte, der Plan sei tot.", "Ursula von der Leyen", ""},
	} {
		t.Run(tc.name, func(t *testing.T) {
			d := parseProbe(t, tc.lang, "2026-01-12", tc.text)
			found := false
			for _, s := range d.Statements {
				if tc.notWant != "" && containsFold(s.Speaker, tc.notWant) {
					t.Errorf("speaker %q holds the phrase's %q", s.Speaker, tc.notWant)
				}
				if containsFold(s.Speaker, tc.want) {
					found = true
				}
			}
			if !found {
				t.Errorf("no statement of %q in %+v", tc.want, d.Statements)
			}
		})
	}
}

// TestLowerPlacePhrase: the words after the preposition up to the verb
// must be one to four lower-case words or numbers; a capital (the older
// rule's institution), punctuation or a longer run is not read so.
func TestLowerPlacePhrase(t *testing.T) {
	for _, tc := range []struct {
		text string
		want bool
	}{
		{"Sue Rigby in the office says", true},
		{"Renata Ostrowska z sejmowej komisji obrony mówiła", true},
		{"Jan Novák z čp 7 soudí", true},
		// negatives
		{"Sue Rigby in the office that the council rents says", false}, // a clause, too long
		{"Anna Weber vom Institut für Sicherheit sagte", false},        // a capital: affiliationBefore's own case
		{"Sue Rigby in the office, she says", false},                   // punctuation
		{"Sue Rigby in says", false},                                   // nothing after the preposition
	} {
		toks := tokenize(tc.text)
		j := len(toks) - 2 // the word before the verb
		got := lowerPlacePhrase(toks, 2, j)
		if got != tc.want {
			t.Errorf("lowerPlacePhrase(%q) = %v, want %v", tc.text, got, tc.want)
		}
	}
}
