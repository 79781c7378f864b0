package corpus

import (
	"encoding/json"
	"os"
	"path/filepath"
	"testing"
)

// TestGatesKeepOutput parses every document under testdata/ with the
// cheap gates on and off (gatesOff) and requires the same extraction: a
// gate only skips work whose answer it knows. A held-out document that
// differs is counted, not named or shown.
func TestGatesKeepOutput(t *testing.T) {
	files := testdataDocuments(t)
	parseJSON := func(data []byte, name string, off bool) string {
		gatesOff = off
		defer func() { gatesOff = false }()
		d, err := Parse(data, ParseOptions{Name: name, Now: fixedNow})
		if err != nil {
			return "error: " + err.Error()
		}
		b, err := json.Marshal(d)
		if err != nil {
			t.Fatal(err)
		}
		return string(b)
	}
	blind := 0
	for _, f := range files {
		data, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		name := filepath.Base(f)
		if parseJSON(data, name, false) != parseJSON(data, name, true) {
			if isBlind(f) {
				blind++
				continue
			}
			t.Errorf("%s: the extraction with the gates on differs from the one without", f)
		}
	}
	if blind > 0 {
		t.Errorf("%d held-out documents extract differently with the gates on", blind)
	}
	for _, text := range gateCases {
		if parseJSON([]byte(text), "case.md", false) != parseJSON([]byte(text), "case.md", true) {
			t.Errorf("the gates change the extraction of %q", text)
		}
	}
}

// gateCases are short texts written for the gates, in several languages:
// figures that are and are not a term's, across a paragraph break.
var gateCases = []string{
	"The US draft caps Ukraine's army at 600,000 troops.\n\nThe European version sets the figure at 800,000.",
	"The US draft caps Ukraine's army.\n\nOn 24 November 2025, 12 delegates met for 3 hours.",
	"Der US-Entwurf begrenzt die ukrainische Armee auf 600.000 Soldaten.\n\nDer europäische Gegenvorschlag nennt 800.000.",
	"Il piano americano limita l'esercito ucraino.\n\nIl 25 novembre 2025 si sono riuniti 14 ministri.",
	// sentences whose rules lacks skips (sentencecues.go): with and
	// without the words they read, in several languages
	"Claire Dumas, chercheuse à l'Ifri, a lu le document. « Il manque des garanties », a-t-elle déclaré. Le texte, analyse-t-elle, reste flou sur les garanties.\n\nLes délégations ont siégé quatre heures à Genève.",
	"La frontière restera ouverte, a affirmé le ministre Paul Garnier.\n\nLe ministre Paul Garnier a visité Lyon.",
	"El ministro Tomás Ferrer publicó en X que el plan sigue abierto.\n\nEl ministro Tomás Ferrer viajó a Ginebra.",
	"Kovács Anna államtitkár szerint a terv jó alap a tárgyalásokhoz.\n\nA küldöttségek négy órán át tárgyaltak.",
	"Die Gespräche gehen weiter, sagte Außenminister Jonas Brenner am Montag.\n\nDie Delegationen tagten vier Stunden in Genf.",
	"Переговоры продолжатся, заявил министр Павел Громов.\n\nДелегации провели в Женеве четыре часа.",
}
