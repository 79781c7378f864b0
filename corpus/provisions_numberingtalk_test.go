package corpus

import (
	"strings"
	"testing"
)

// A sentence on how a version is numbered states no term and gives no
// provision; one that goes on to a term keeps it. The English cases give a
// provision with the filter off (the prose reader takes "keeps the American
// numbering …" for the counter-proposal's clause); the other languages'
// plain sentences give none either way and guard that none appears.
// Stop 60, zprovp.
func TestNumberingTalk(t *testing.T) {
	for _, tt := range []struct {
		name, lang, text string
		want             string // a provision holding this, "" for none with the numbering noun
	}{
		{"en", "en", "Talks went on in Geneva. The European counter-proposal keeps the American numbering so that readers can compare line by line.", ""},
		{"en substance", "en", "Talks went on in Geneva. The European text keeps the U.S. numbering but changes the substance.", ""},
		{"ru", "ru", "Переговоры продолжаются. Европейский контрпроект сохранил нумерацию американского плана, но поменял смысл многих пунктов.", ""},
		{"fr", "fr", "Les discussions continuent. La contre-proposition européenne reprend la numérotation du plan américain, mais en change le fond.", ""},
		{"es", "es", "Las conversaciones siguen. La contrapropuesta europea conserva la numeración del plan estadounidense, aunque cambia el fondo.", ""},
		{"de", "de", "Die Gespräche gehen weiter. Der europäische Gegenvorschlag übernimmt die Nummerierung des US-Plans, ändert aber den Inhalt.", ""},
		// negatives: a numbering sentence that goes on to a term keeps it,
		// and a term with no numbering noun is untouched
		{"en term after", "en", "Talks went on in Geneva. The European counter-proposal keeps the American numbering but lifts the army ceiling to 800,000 in peacetime.", "800,000"},
		{"de term", "de", "Die Gespräche gehen weiter. Der europäische Gegenvorschlag setzt die Obergrenze der Armee auf 800.000 Soldaten in Friedenszeiten.", "800.000"},
	} {
		t.Run(tt.name, func(t *testing.T) {
			ps := parseDatedProbe(t, "2025-11-25", tt.lang, tt.text)
			found := false
			for _, p := range ps {
				low := lowerString(p.Text)
				if tt.want == "" && numberingTalk(low) {
					t.Errorf("provision %q speaks of the numbering only", p.Text)
				}
				found = found || tt.want != "" && strings.Contains(p.Text, tt.want)
			}
			if tt.want != "" && !found {
				t.Errorf("provisions %v, want one holding %q", ps, tt.want)
			}
		})
	}
}
