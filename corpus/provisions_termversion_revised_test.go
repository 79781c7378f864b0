package corpus

import "testing"

// TestTermVersionsRevisedDraft checks the US draft as a revisable version
// (planterms.json revisedVersions, stop 66): a provision left with the US
// draft whose text states only another version's term ("the allies'
// consensus", "from the line of contact", "800,000 in peacetime", "Article
// 5") is that version's, unnumbered or under the number that version gives
// the term, in English, Russian, German, Polish, Italian and Spanish; it
// keeps the US draft when its paragraph speaks of the draft as the first of
// several texts ("the original point 5", "первоначальный проект", "der
// ursprüngliche Entwurf": the term is then the revision's, which keeps the
// old name), when its number is no version's number for the term (a list
// item with a sentence run into it), when two versions give the term its
// number, when a US term stands beside it, and when its text names a
// version. It fails if the US draft is not corrected, or corrected past
// these guards.
func TestTermVersionsRevisedDraft(t *testing.T) {
	const us, eu, twenty = "US 28-point draft", "European counter-proposal", "20-point framework"
	const plain = "The US draft and the European counter-proposal"
	tests := []struct {
		name, para string
		in         Provision
		want       Provision
	}{
		{"en consensus", plain, Provision{Plan: us, Text: "Ukraine's NATO membership dependent on consensus within the alliance"}, Provision{Plan: eu}},
		{"ru line of contact", plain, Provision{Plan: us, Text: "начинать переговоры о территориях с линии соприкосновения"}, Provision{Plan: eu}},
		{"de line of contact", plain, Provision{Plan: us, Text: "Über Gebiete soll ausgehend von der Kontaktlinie verhandelt werden"}, Provision{Plan: eu}},
		{"pl article 5", plain, Provision{Plan: us, Text: "gwarancje USA miałyby odzwierciedlać artykuł 5 traktatu waszyngtońskiego"}, Provision{Plan: eu}},
		{"it army numbered 6", plain, Provision{Plan: us, Number: 6, Text: "l'esercito ucraino potrebbe arrivare a 800.000 uomini in tempo di pace"}, Provision{Plan: eu, Number: 6}},
		{"es army numbered 4", plain, Provision{Plan: us, Number: 4, Text: "el ejército ucraniano tendrá 800.000 efectivos en tiempo de paz"}, Provision{Plan: twenty, Number: 4}},
		// negatives
		{"en original point", "The original point 5 stated only that Ukraine would receive reliable security guarantees. According to participants, the Berlin text adds that the guarantees will mirror Article 5 of the Washington Treaty.",
			Provision{Plan: us, Text: "the Berlin text adds that the guarantees will mirror Article 5 of the Washington Treaty"}, Provision{Plan: us}},
		{"ru original draft", "В отличие от первоначального проекта, численность ВСУ в мирное время составит 800 тысяч.",
			Provision{Plan: us, Text: "численность ВСУ в мирное время составит 800 тысяч"}, Provision{Plan: us}},
		{"de original draft", "Anders als im ursprünglichen Entwurf soll die Armee in Friedenszeiten 800.000 Soldaten haben.",
			Provision{Plan: us, Text: "die Armee in Friedenszeiten 800.000 Soldaten haben"}, Provision{Plan: us}},
		{"ru list item with a sentence run in, numbered 28", plain,
			Provision{Plan: us, Number: 28, Text: "режим прекращения огня вступает в силу сразу после отвода сторон. Европейский вариант предлагает начинать территориальные переговоры с линии соприкосновения"}, Provision{Plan: us, Number: 28}},
		{"en article 5 numbered 5: Geneva's and the 20-point text's", plain, Provision{Plan: us, Number: 5, Text: "guarantees that mirror Article 5"}, Provision{Plan: us, Number: 5}},
		{"en a US term beside", plain, Provision{Plan: us, Text: "the army capped at 600,000, and membership dependent on consensus within the alliance"}, Provision{Plan: us}},
		{"en version named", plain, Provision{Plan: us, Text: "800,000 in peacetime in the European version"}, Provision{Plan: us}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := termVersions([]Provision{tt.in}, []paragraph{{text: tt.para}})
			if len(got) != 1 || got[0].Plan != tt.want.Plan || got[0].Number != tt.want.Number {
				t.Errorf("got %+v, want %s #%d", got, tt.want.Plan, tt.want.Number)
			}
		})
	}
}
