// Probes for elidedPairs (provisions_elidedpair.go): two points a
// sentence names by ordinals alone, mid-sentence, after naming the version.

package corpus

import "testing"

func TestElidedHeads(t *testing.T) {
	lx := lexiconData()
	for _, tc := range []struct {
		in   string
		want []int
	}{
		{"En el de 20 puntos, el octavo habla de un paquete global de desarrollo y el decimoctavo, de celebrar elecciones tras la firma.", []int{8, 18}},
		{"In the 20-point plan, the eighth speaks of a development package and the eighteenth of holding elections after signing.", []int{8, 18}},
		{"Im 20-Punkte-Plan spricht der achte von einem Entwicklungspaket, der achtzehnte von Wahlen nach der Unterzeichnung.", []int{8, 18}},
		{"Dans le plan en 20 points, le huitième parle d'un paquet de développement et le dix-huitième d'élections après la signature.", []int{8, 18}},
		{"Nel piano in 20 punti, l'ottavo parla di un pacchetto di sviluppo e il diciottesimo di elezioni dopo la firma.", []int{8, 18}},
		{"В плане из 20 пунктов восьмой говорит о пакете развития, а восемнадцатый — о выборах после подписания.", []int{8, 18}},
		// negatives: a noun after the ordinal, no verb, one ordinal alone
		{"In Abu Dhabi, the eighth round of talks ended and the ninth round began.", nil},
		{"El convoy llegó y el octavo día descargamos los generadores, y el noveno día volvimos.", nil},
		{"Am Abend kam der achte Gast, und der neunte Gast ging.", nil},
		{"Between the eighth of March and the eighteenth of April, the convoy crossed twice.", nil},
		{"En el de 20 puntos, el octavo habla de un paquete global de desarrollo para Ucrania.", nil},
		{"Second, the army would be capped, and third, elections would follow.", nil},
	} {
		var got []int
		for _, h := range elidedHeads(lx, tc.in, 2, false) {
			got = append(got, h.number)
		}
		if len(got) != len(tc.want) || len(got) == 2 && (got[0] != tc.want[0] || got[1] != tc.want[1]) {
			t.Errorf("elidedHeads(%q) = %v, want %v", tc.in, got, tc.want)
		}
	}
}

func TestElidedOrdinalPairs(t *testing.T) {
	const fw = "20-point framework"
	checkFresh(t, []freshCase{
		{name: "es list item", doc: "# Diario\n\nComparamos el borrador de 28 puntos con el plan de 20 puntos:\n\n- El punto 12 del borrador estadounidense prometía un paquete de reconstrucción.\n- En el de 20 puntos, el octavo habla de un paquete global de desarrollo para Ucrania y el decimoctavo, de celebrar elecciones lo antes posible tras la firma.\n",
			want: []Provision{{Plan: fw, Number: 8, Text: "paquete global de desarrollo"}, {Plan: fw, Number: 18, Text: "celebrar elecciones"}}},
		{name: "it prose", doc: "# Note\n\nAbbiamo confrontato la bozza in 28 punti con il piano in 20 punti.\n\nNel piano in 20 punti, l'ottavo parla di un pacchetto globale di sviluppo per l'Ucraina e il diciottesimo di elezioni il prima possibile dopo la firma.\n",
			want: []Provision{{Plan: fw, Number: 8, Text: "pacchetto globale"}, {Plan: fw, Number: 18, Text: "elezioni il prima possibile"}}},
		{name: "fr prose", doc: "# Notes\n\nNous avons comparé le projet en 28 points avec le plan en 20 points.\n\nDans le plan en 20 points, le huitième parle d'un paquet global de développement pour l'Ukraine et le dix-huitième d'élections dès que possible après la signature.\n",
			want: []Provision{{Plan: fw, Number: 8, Text: "paquet global"}, {Plan: fw, Number: 18, Text: "élections dès que possible"}}},
		{name: "ru prose", doc: "# Заметки\n\nМы сравнили проект из 28 пунктов с планом из 20 пунктов.\n\nВ плане из 20 пунктов восьмой говорит о глобальном пакете развития для Украины, а восемнадцатый — о выборах как можно скорее после подписания.\n",
			want: []Provision{{Plan: fw, Number: 8, Text: "пакете развития"}, {Plan: fw, Number: 18, Text: "о выборах"}}},
		// negatives: ordinals counting rounds, days and guests are no points
		{name: "en rounds", doc: "# Notes\n\nWe compared the 28-point draft with the 20-point plan.\n\nIn Abu Dhabi, the eighth round of talks ended with a prisoner swap of 314 people.\n",
			not: []string{"eighth round"}},
		{name: "es day", doc: "# Diario\n\nComparamos el borrador de 28 puntos con el plan de 20 puntos.\n\nEl convoy llegó a Kiev y el octavo día descargamos los generadores en el almacén.\n",
			not: []string{"octavo día"}},
		{name: "de guest", doc: "# Notizen\n\nWir verglichen den 28-Punkte-Entwurf mit dem 20-Punkte-Plan.\n\nAm Abend kam der achte Gast, ein früherer Oberst, und sprach über die Front.\n",
			not: []string{"achte Gast"}},
	})
}
