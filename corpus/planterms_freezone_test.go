package corpus

import "testing"

// TestFreeEconomicZoneVersion checks the free economic zone's version
// (stop 67, zfreshp): the 20-point framework's by default, as every gold
// that gives the zone labels it (the Geneva default gave extras in ZS, ZX,
// ZZG, ZZI and ZZJ), still Geneva's where the sentence names the Geneva
// framework; and the Swedish definite form ("den fria ekonomiska zonen",
// ZZH). Negatives: an economic zone that is not free, a zone named alone.
func TestFreeEconomicZoneVersion(t *testing.T) {
	fw := "20-point framework"
	checkFresh(t, []freshCase{
		{name: "fr unnamed version", doc: talksHead("fr") + "Le cadre prévoit aussi une zone économique libre dans la partie du Donetsk encore tenue par Kiev.\n",
			want: []Provision{{Plan: fw, Number: 14, Text: "zone économique libre"}}},
		{name: "uk unnamed version", doc: talksHead("uk") + "Вільна економічна зона на частині Донеччини згадується без номера як можливий компроміс.\n",
			want: []Provision{{Plan: fw, Number: 14, Text: "економічна зона"}}},
		{name: "en Geneva named", doc: talksHead("en") + "The Geneva framework floats a free economic zone in the part of Donetsk Kyiv still holds.\n",
			want: []Provision{{Plan: "Geneva framework", Text: "free economic zone"}}},
	})
	checkTermCases(t, []termCase{
		{"Den fria ekonomiska zonen i Donetsk som texten nämner har Moskva inte accepterat.", "free-economic-zone", true},
		{"Den ekonomiska zonen i Östersjön växer.", "free-economic-zone", false},
		{"Zonen runt kraftverket är stängd.", "free-economic-zone", false},
	})
}
