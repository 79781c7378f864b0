package corpus

import "testing"

// TestOrdinalPointOfAdjectiveDocument checks that an ordinal point named
// with its document after an adjective ("шостим пунктом американського
// документа") is read as that point, in Ukrainian, Russian and Polish, and
// that an adjective before a word that is no document gives nothing.
func TestOrdinalPointOfAdjectiveDocument(t *testing.T) {
	checkFresh(t, []freshCase{
		{name: "ukrainian", doc: "# Американський план з 28 пунктів\n\nЗгідно з восьмим пунктом американського документа, війська НАТО не розміщуватимуться в Україні.\n",
			want: []Provision{{Plan: "US 28-point draft", Number: 8, Text: "війська НАТО не розміщуватимуться"}}},
		{name: "russian", doc: "# Американский план из 28 пунктов\n\nСогласно девятому пункту американского плана, европейские истребители будут размещены в Польше.\n",
			want: []Provision{{Plan: "US 28-point draft", Number: 9, Text: "истребители будут размещены в Польше"}}},
		{name: "polish", doc: "# Amerykański plan pokojowy\n\nZgodnie z punktem ósmym amerykańskiego planu, NATO nie rozmieści wojsk na Ukrainie.\n",
			want: []Provision{{Plan: "US 28-point draft", Number: 8, Text: "NATO nie rozmieści wojsk"}}},
		{name: "no document after the adjective", doc: "# Американский план из 28 пунктов\n\nПо девятому пункту повестки дня депутаты долго спорили.\n",
			not: []string{"депутаты долго спорили"}},
	})
}
