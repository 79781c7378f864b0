package corpus

import (
	"strings"
	"testing"
)

// TestCommonTitlesWestern checks that the titles news gives the people it
// quotes most often (a coordinator, a mayor, a pastor, a strategist, a
// historian, a founder …) are titles in every Latin-script Western
// language the corpus reads, not only in the language a fixture used:
// an appositive "TITLE, NAME, said" finds its speaker only when the title
// is known.
func TestCommonTitlesWestern(t *testing.T) {
	lx := lexiconData()
	titles := map[string]string{
		"en": "coordinator director mayor pastor priest strategist economist historian founder activist",
		"de": "koordinator koordinatorin direktorin leiter bürgermeister bürgermeisterin pfarrer pfarrerin strategin ökonom historikerin gründer vorsitzender",
		"fr": "coordinateur coordinatrice directrice maire pasteur prêtre stratège économiste historienne fondateur militante",
		"it": "coordinatore direttore sindaco sindaca parroco stratega economista storico fondatrice attivista",
		"es": "coordinador coordinadora directora alcalde alcaldesa párroco estratega economista historiador fundadora activista",
		"pt": "coordenador diretor diretora prefeito padre estrategista economista historiadora fundador ativista",
		"nl": "coördinator directeur burgemeester dominee strateeg econoom historicus oprichter activist",
		"ro": "coordonator directoare primar preot strateg economistă istoric fondator activistă",
	}
	for lang, words := range titles {
		for _, w := range strings.Fields(words) {
			if !lx.isRole(w) {
				t.Errorf("%s: %q is no title", lang, w)
			}
		}
	}
	// German closed compounds on the new heads
	for _, w := range []string{"delegationsleiter", "oberbürgermeister", "parteivorsitzende"} {
		if !lx.isRole(w) {
			t.Errorf("de: compound %q is no title", w)
		}
	}
	checkFrontedRoles(t, []frontedCase{
		{"es coordinador", "es", "El coordinador de la misión en Járkov, Tomás Echagüe, explicó que lo más urgente es la calefacción.", "Tomás Echagüe", "coordinador de la misión en Járkov", "lo más urgente es la calefacción"},
		{"nl coördinator", "nl", "De coördinator van de hulpmissie, Joost Verhagen, zei dat de nood het hoogst is in het oosten.", "Joost Verhagen", "", "de nood het hoogst is in het oosten"},
		{"it sindaco", "it", "Il sindaco di Trieste, Marco Zanetti, ha detto che la città accoglierà altre famiglie.", "Marco Zanetti", "sindaco di Trieste", "la città accoglierà altre famiglie"},
		{"es two title words", "es", "«Ningún acuerdo será justo sin los rehenes», afirmó la directora general de la fundación, Marta Ibarrola.", "Marta Ibarrola", "directora general de la fundación", "Ningún acuerdo será justo"}, // the whole title, complement included (stop 65, zrole2)
	})
}
