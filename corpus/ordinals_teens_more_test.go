package corpus

import "testing"

// TestOrdinalsPastTenMore checks the ordinals from the eleventh to the
// twentieth added for Russian, Ukrainian, Spanish, Czech and Portuguese
// (plans.json ordinals; the Spanish and Portuguese "décimo" as a ten in
// pointrefs.json ordinalTens), in the case forms a sentence puts them in.
func TestOrdinalsPastTenMore(t *testing.T) {
	checkFresh(t, []freshCase{
		{name: "russian", doc: "# Американский план из 28 пунктов\n\nСемнадцатый пункт предусматривает, что договоры о контроле над вооружениями будут продлены.\n",
			want: []Provision{{Plan: "US 28-point draft", Number: 17, Text: "будут продлены"}}},
		{name: "ukrainian", doc: "# Американський план із 28 пунктів\n\nДев'ятнадцятий пункт передбачає, що станцію запустять під наглядом МАГАТЕ.\n",
			want: []Provision{{Plan: "US 28-point draft", Number: 19, Text: "під наглядом МАГАТЕ"}}},
		{name: "spanish", doc: "# El plan estadounidense de 28 puntos\n\nEl decimosexto punto establece que Rusia fijará por ley su política hacia Europa.\n",
			want: []Provision{{Plan: "US 28-point draft", Number: 16, Text: "fijará por ley"}}},
		{name: "czech", doc: "# Americký plán o 28 bodech\n\nČtrnáctý bod stanoví, že zmrazená ruská aktiva půjdou na obnovu Ukrajiny.\n",
			want: []Provision{{Plan: "US 28-point draft", Number: 14, Text: "na obnovu Ukrajiny"}}},
		{name: "portuguese two words", doc: "# O plano americano de 28 pontos\n\nO décimo terceiro ponto prevê que a Rússia regresse à economia mundial.\n",
			want: []Provision{{Plan: "US 28-point draft", Number: 13, Text: "economia mundial"}}},
	})
}
