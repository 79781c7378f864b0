package corpus

import "testing"

// TestDetectCatalan checks that a Catalan body is told from Spanish, which
// the trigram detector (with no Catalan model) would call it, while
// Spanish and Czech bodies keep their languages.
func TestDetectCatalan(t *testing.T) {
	cases := []struct{ name, body, want string }{
		{"catalan bulletin", "Bon dia. Els ministres europeus s'han reunit avui a Brussel·les amb els representants ucraïnesos per parlar del pla de pau. " +
			"La portaveu del govern ha explicat que les converses avancen, però que encara queden molts punts oberts. " +
			"També ha dit que Europa vol un acord just i que no acceptarà cap pressió. Després de la reunió, els diplomàtics tornaran a les seves capitals " +
			"per consultar els governs, i la propera trobada serà la setmana vinent a Ginebra amb més delegacions.", "ca"},
		{"spanish report", "Los ministros europeos se reunieron hoy en Bruselas con los representantes ucranianos para hablar del plan de paz. " +
			"La portavoz del gobierno dijo que las conversaciones avanzan, pero que todavía quedan muchos puntos abiertos. " +
			"También explicó que Europa quiere un acuerdo justo y que no aceptará ninguna presión. Después de la reunión, los diplomáticos volverán a sus capitales " +
			"para consultar a los gobiernos, y el próximo encuentro será la semana que viene en Ginebra con más delegaciones.", "es"},
		{"czech report", "Evropští ministři se dnes v Bruselu sešli se zástupci Ukrajiny, aby jednali o mírovém plánu. " +
			"Mluvčí vlády uvedla, že rozhovory postupují, ale že zůstává mnoho otevřených bodů. " +
			"Také řekla, že Evropa chce spravedlivou dohodu a že nepřijme žádný nátlak. Po schůzce se diplomaté vrátí do svých hlavních měst, " +
			"aby se poradili s vládami, a další setkání bude příští týden v Ženevě s více delegacemi.", "cs"},
	}
	for _, c := range cases {
		if got := detectLang(c.body); got != c.want {
			t.Errorf("%s: detectLang = %q, want %q", c.name, got, c.want)
		}
	}
}
