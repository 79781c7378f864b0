package corpus

import (
	"strings"
	"testing"
)

// TestBalticDanishDetected checks that a report in Lithuanian, Latvian,
// Estonian or Danish with no lang header is read in its language
// (languages.json words and months, whatlanggo's trigrams through
// iso6393): its statement comes from the language's own speech words,
// which apply only to a document known to be in that language, and a plan
// term in its words gives the point. Before these languages were listed,
// such a document fell back to English and gave neither.
func TestBalticDanishDetected(t *testing.T) {
	tests := []struct {
		name, body string
		lang       string
		speaker    string
		said       string // start of the statement's text
		point      int    // a US-draft provision with this number
	}{
		{
			name: "lt",
			body: "Vilniuje vykusiame susitikime buvo aptartas JAV taikos planas. " +
				"Užsienio reikalų ministras Tomas Kazlauskas sakė, kad derybos tęsis kitą savaitę ir kad Lietuva remia Ukrainą. " +
				"Pagal planą Ukrainos ginkluotųjų pajėgų dydis būtų ribojamas iki 600 000 karių, o tai kelia daug klausimų.\n",
			lang: "lt", speaker: "Tomas Kazlauskas", said: "derybos tęsis", point: 6,
		},
		{
			name: "lv",
			body: "Rīgā notikušajā tikšanās reizē tika apspriests ASV miera plāns. " +
				"Ārlietu ministrs Jānis Ozols sacīja, ka sarunas turpināsies nākamnedēļ un ka Latvija atbalsta Ukrainu. " +
				"Plānā paredzēts, ka Ukrainas bruņoto spēku skaits tiks ierobežots līdz 600 000 karavīru, un tas rada daudz jautājumu.\n",
			lang: "lv", speaker: "Jānis Ozols", said: "sarunas turpināsies", point: 6,
		},
		{
			name: "et",
			body: "Tallinnas toimunud kohtumisel arutati USA rahuplaani. " +
				"Välisminister Kadri Tamm ütles, et läbirääkimised jätkuvad järgmisel nädalal ning et Eesti toetab Ukrainat. " +
				"Plaani järgi piiratakse Ukraina relvajõudude suurus 600 000 sõdurini, mis tekitab palju küsimusi.\n",
			lang: "et", speaker: "Kadri Tamm", said: "läbirääkimised jätkuvad", point: 6,
		},
		{
			name: "da",
			body: "På mødet i København blev den amerikanske fredsplan drøftet. " +
				"Udenrigsminister Lars Nielsen sagde, at forhandlingerne fortsætter i næste uge, og at Danmark støtter Ukraine. " +
				"Ifølge planen begrænses Ukraines væbnede styrker til 600 000 soldater, hvilket rejser mange spørgsmål.\n",
			lang: "da", speaker: "Lars Nielsen", said: "forhandlingerne fortsætter", point: 6,
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			d, err := Parse([]byte(tt.body), ParseOptions{Name: "x.txt"})
			if err != nil {
				t.Fatal(err)
			}
			if d.Source.Lang != tt.lang {
				t.Errorf("lang %q, want %q", d.Source.Lang, tt.lang)
			}
			found := false
			for _, s := range d.Statements {
				found = found || s.Speaker == tt.speaker && strings.HasPrefix(s.Text, tt.said)
			}
			if !found {
				t.Errorf("no statement of %s saying %q…; got %+v", tt.speaker, tt.said, d.Statements)
			}
			found = false
			for _, p := range d.Provisions {
				found = found || p.Plan == "US 28-point draft" && p.Number == tt.point
			}
			if !found {
				t.Errorf("no provision of point %d; got %+v", tt.point, d.Provisions)
			}
		})
	}
}
