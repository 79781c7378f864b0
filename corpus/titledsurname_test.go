package corpus

import (
	"strings"
	"testing"
)

// TestTitledSurnameProbes is a battery of invented sentences for a surname
// named only after a title (titledsurname.go): council minutes and local
// reports in several languages give the member's surname and title, and
// the statement is the surname's with the title as role; a country,
// a body, an acronym or a case form after a title names nobody.
func TestTitledSurnameProbes(t *testing.T) {
	for _, tc := range []struct {
		lang, text, said, speaker, role string // speaker "": anyone's
		want                            bool
	}{
		{"de", "StR Hesselbach (Grüne) erklärte, der Entwurf sei für die Ukraine nicht annehmbar gewesen.", "der Entwurf sei", "Hesselbach", "StR", true},
		{"de", "StRin Kornmeier (CDU) entgegnete, man solle die Berliner Ergebnisse nicht kleinreden.", "man solle die Berliner", "Kornmeier", "StRin", true},
		{"de", "Stadträtin Albers sagte, die Partnerschaft mit Kostopil bleibe bestehen.", "die Partnerschaft mit Kostopil", "Albers", "Stadträtin", true},
		{"en", "Cllr Morton said the council would keep its partnership with Kostopil whatever the talks decide.", "the council would keep", "Morton", "Cllr", true},
		{"en", "Councillor Adams said the town would send more generators to Kostopil before the winter.", "the town would send", "Adams", "Councillor", true},
		{"en", "Senator Whitcombe said the peace plan gave away too much to Moscow.", "the peace plan gave away", "Whitcombe", "Senator", true},
		{"fr", "Le maire Delorme a déclaré que la ville maintiendrait son jumelage avec Kostopil.", "la ville maintiendrait", "Delorme", "maire", true},
		{"it", "Il sindaco Ferrandi ha detto che il comune continuerà ad aiutare Kostopil.", "il comune continuerà", "Ferrandi", "sindaco", true},
		{"es", "La concejala Ruiz afirmó que el ayuntamiento mantendrá el hermanamiento con Kostopil.", "el ayuntamiento mantendrá", "Ruiz", "concejala", true},
		{"ru", "Депутат Смирнов заявил, что город продолжит помогать Костополю.", "город продолжит", "Смирнов", "Депутат", true},
		{"uk", "Депутат Мельник заявив, що місто і далі допомагатиме Костополю.", "місто і далі", "Мельник", "Депутат", true},
		// "канцлер" is a title in Russian and Ukrainian too
		{"uk", "Канцлер Мерц заявив, що прогрес на переговорах у Берліні примітний.", "прогрес на переговорах", "Friedrich Merz", "Канцлер", true},
		{"ru", "Канцлер Мерц сказал, что Европа готова дать Украине гарантии.", "Европа готова", "Friedrich Merz", "Канцлер", true},
		// negatives: a country, a body in a case form, an acronym, a
		// genitive after a title, a place after a named person
		{"pl", "Prezydent Ukrainy powiedział, że plan wymaga jeszcze wielu zmian.", "plan wymaga", "Ukrainy", "", false},
		{"pl", "Rzecznik MON powiedział, że resort nie komentuje roboczych wersji.", "resort nie komentuje", "Mon", "", false},
		{"uk", "Представник Пентагону заявив, що Дрісколл налаштований оптимістично.", "налаштований оптимістично", "Пентагону", "", false},
		{"ru", "«Это не компромисс», — считает политолог Ярославского университета Глеб Курочкин.", "Это не компромисс", "Ярославского", "", false},
		{"en", "Minister Moscow said nothing about the plan on Tuesday, the ministry wrote.", "nothing about the plan", "Moscow", "", false},
		{"en", "The President Kremlin said the talks were useful and would go on next week.", "the talks were useful", "Kremlin", "", false},
	} {
		d := parseProbe(t, tc.lang, "2025-12-17", tc.text)
		var got []string
		found := false
		for _, s := range d.Statements {
			got = append(got, s.Speaker+" ("+s.Role+"): "+s.Text)
			if strings.Contains(s.Text, tc.said) && (tc.speaker == "" || s.Speaker == tc.speaker) && (tc.role == "" || s.Role == tc.role) {
				found = true
			}
		}
		if tc.want && !found {
			t.Errorf("%s: %q not given to %s (%s); got %q", tc.lang, tc.said, tc.speaker, tc.role, got)
		}
		if !tc.want && found {
			t.Errorf("%s: %q must not be given to %q; got %q", tc.lang, tc.said, tc.speaker, got)
		}
	}
}
