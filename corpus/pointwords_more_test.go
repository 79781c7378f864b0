package corpus

import "testing"

// TestPointWordsMoreLanguages checks that a point named with the point word
// of Czech and Slovak ("bod", three letters, which the scan for point
// words once skipped as too short), Dutch ("punt"), Croatian ("točka"),
// Bulgarian ("точка") and Turkish ("madde") followed by its number is a
// point reference, in sentences written for this test, while the same
// words with no number are none.
func TestPointWordsMoreLanguages(t *testing.T) {
	tests := []struct {
		name, s string
		want    int
	}{
		{"czech", "Bod 6 říká, že armáda bude omezena.", 6},
		{"czech locative", "V bodu 7 stojí, že Ukrajina nevstoupí do NATO.", 7},
		{"slovak", "Podľa bodu 21 by sa línia zmrazila.", 21},
		{"dutch", "Punt 9 bepaalt dat er Europese gevechtsvliegtuigen in Polen komen.", 9},
		{"croatian", "Točka 25 predviđa izbore u roku od 100 dana.", 25},
		{"bulgarian", "Точка 14 предвижда използване на замразените активи.", 14},
		{"turkish", "Planın madde 26 genel af öngörüyor.", 26},
		{"czech no number", "Tento bod je sporný.", 0},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			n, _, ok := pointRef(tt.s)
			if !ok {
				n = 0
			}
			if n != tt.want {
				t.Errorf("pointRef(%q) = %d, want %d", tt.s, n, tt.want)
			}
		})
	}
}

// TestFinnishVersionNames checks that the versions' Finnish names are
// read, in declined forms written for this test.
func TestFinnishVersionNames(t *testing.T) {
	tests := []struct{ text, want string }{
		{"Alkuperäisen 28-kohtaisen suunnitelman mukaan armeija rajoitettaisiin", "US 28-point draft"},
		{"Yhdysvaltain suunnitelmassa puhutaan vaaleista", "US 28-point draft"},
		{"Eurooppalaisten vastaehdotuksessa vaalit pidettäisiin pian", "European counter-proposal"},
		{"Päivitetyssä 19-kohtaisessa suunnitelmassa", "Geneva framework"},
	}
	checkVersionIn(t, tests)
}

// TestCzechSlovakTwentyEight: the 28-point plan named in one Czech or
// Slovak word ("osmadvacetibodový", "dvadsaťosembodový") is the 28-point
// draft, though the word holds the 20-point framework's "dvacetibodov"
// ("dvadsaťbodov") inside it; the plain 20-point word stays the framework.
func TestCzechSlovakTwentyEight(t *testing.T) {
	tests := []struct{ text, want string }{
		{"Redakce shrnuje body osmadvacetibodového návrhu, který unikl.", "US 28-point draft"},
		{"Podle osmadvacetibodového plánu má armáda klesnout na 600 000.", "US 28-point draft"},
		{"Slovenský preklad dvadsaťosembodového plánu vyšiel v piatok.", "US 28-point draft"},
		{"Nový dvacetibodový rámec počítá s 800 000 vojáky.", "20-point framework"},
	}
	checkVersionIn(t, tests)
}

// checkVersionIn fails for each text whose named version is not want.
func checkVersionIn(t *testing.T, tests []struct{ text, want string }) {
	t.Helper()
	for _, tt := range tests {
		if got := versionIn(tt.text); got != tt.want {
			t.Errorf("versionIn(%q) = %q, want %q", tt.text, got, tt.want)
		}
	}
}
