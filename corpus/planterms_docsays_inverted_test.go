package corpus

import "testing"

// TestDocumentSaysInverted: the document as the subject after its verb
// ("siger teksten", "note le texte", "heißt es im Entwurf", "в документе
// говорится") is the document's words, as "the text says" is; a person's
// verb before it, or the document as the object of a person's verb, keeps
// the sentence that person's report. English "says the text" is left out:
// "He says the text is a capitulation" puts the text after a person's verb.
func TestDocumentSaysInverted(t *testing.T) {
	c, lx := planTermsData(), lexiconData()
	tests := []struct {
		s    string
		want bool
	}{
		{"Om NATO-medlemskab siger teksten, at det afhænger af enighed blandt medlemslandene.", true},                     // da (zh06)
		{"Om Nato-medlemskap säger texten att det avgörs i samförstånd.", true},                                           // sv
		{"L'adhésion y est présentée comme dépendant du consensus, un consensus qui, note le texte, n'existe pas.", true}, // fr (h01)
		{"Sobre la OTAN, dice el texto que la adhesión dependerá del consenso de los aliados.", true},                     // es
		{"Sulla NATO, dice il testo che l'adesione dipende dal consenso degli alleati.", true},                            // it
		{"Weiter heißt es im Entwurf, die Ukraine solle auf 600.000 Soldaten begrenzt werden.", true},                     // de
		{"В документе говорится, что Украина сохранит армию в 800 тысяч.", true},                                          // ru
		{"У документі йдеться про армію у 800 тисяч.", true},                                                              // uk
		// negatives
		{"He says the text is a capitulation.", false},
		{"Le ministre a dit que le texte est trop vague.", false},
		{"Han siger, at teksten er for vag.", false},
		{"Peskow sagte, im Entwurf heißt es, die Ukraine solle verzichten.", false},
		{"Песков сказал, что в документе говорится о капитуляции.", false},
		{"El ministro dijo que el texto es inaceptable.", false},
	}
	for _, tt := range tests {
		if got := c.documentSays(lx, lowerString(tt.s)); got != tt.want {
			t.Errorf("documentSays(%q) = %v, want %v", tt.s, got, tt.want)
		}
	}
}

// TestDocumentSaysInvertedProvision: the term in a sentence whose verb has
// the document as its subject after it is a provision; the same term in a
// person's report is not.
func TestDocumentSaysInvertedProvision(t *testing.T) {
	tests := []struct {
		name, doc string
		want      int
	}{
		{"da document", "# Fredsplanen\n\nDen europæiske modplan blev fremlagt i Genève.\n\nOm NATO-medlemskab siger teksten, at det afhænger af enighed blandt medlemslandene.\n", 1},
		{"da person", "# Fredsplanen\n\nDen europæiske modplan blev fremlagt i Genève.\n\nOm NATO-medlemskab siger ministeren, at det afhænger af enighed blandt medlemslandene.\n", 0},
		{"fr document", "# Le plan de paix\n\nLa contre-proposition européenne a été remise dimanche.\n\nL'adhésion de l'Ukraine à l'OTAN y est présentée comme dépendant du consensus des membres de l'alliance, un consensus qui, note le texte, « n'existe pas à ce stade ».\n", 1},
		{"fr person", "# Le plan de paix\n\nLa contre-proposition européenne a été remise dimanche.\n\nL'adhésion de l'Ukraine à l'OTAN y est présentée comme dépendant du consensus des membres de l'alliance, un consensus qui, note le ministre, « n'existe pas à ce stade ».\n", 0},
	}
	for _, tt := range tests {
		d, err := Parse([]byte(tt.doc), ParseOptions{Name: "x.md", Now: fixedNow})
		if err != nil {
			t.Fatal(err)
		}
		n := 0
		for _, p := range d.Provisions {
			if p.Plan == "European counter-proposal" {
				n++
			}
		}
		if n != tt.want {
			var texts []string
			for _, p := range d.Provisions {
				texts = append(texts, p.Plan+": "+p.Text)
			}
			t.Errorf("%s: %d counter-proposal provisions %q, want %d", tt.name, n, texts, tt.want)
		}
	}
}
