package corpus

import "testing"

// A relative clause of speech after "the words of X" is X's statement,
// in every language the phrases are listed for (relspeech.go
// wordsOfSpeaker); a thing or a body named so, or an object relative,
// gives nobody words.
func TestWordsOfSpeaker(t *testing.T) {
	for _, c := range []struct {
		lang, s, name, text string
		needsRule           bool // before the rule, nobody was read
	}{
		{"it", "Il conduttore ha mostrato in studio le parole della presidente del Consiglio Giorgia Meloni, che aveva detto che il piano contiene elementi condivisibili.", "Giorgia Meloni", "il piano contiene elementi condivisibili", true},
		{"it", "Richiama le parole di Putin, che ha detto che la Russia non intende combattere l'Europa.", "Vladimir Putin", "la Russia non intende combattere l'Europa", true},
		{"es", "El presentador recordó las palabras del ministro de Exteriores José Manuel Albares, quien dijo que España apoyará el plan europeo.", "José Manuel Albares", "España apoyará el plan europeo", true},
		{"en", "The anchor played the words of Foreign Secretary Yvette Cooper, who said that Britain would back the European plan.", "Yvette Cooper", "Britain would back the European plan", false},
		{"fr", "Le présentateur a rappelé les propos du président Emmanuel Macron, qui a déclaré que la France soutiendra le plan européen.", "Emmanuel Macron", "la France soutiendra le plan européen", false},
		// negatives: a document, a body, an object relative
		{"it", "Il conduttore ha mostrato le parole del piano, che prevede elezioni entro cento giorni.", "", "", false},
		{"en", "The anchor read the words of the treaty, which say that borders are inviolable.", "", "", false},
		{"it", "Il conduttore ha letto le parole del Cremlino, che ha detto che la proposta non è accettabile.", "", "", false},
		{"it", "Il conduttore ha mostrato le parole di Giorgia Meloni, che Matteo Salvini ha criticato duramente in serata.", "Matteo Salvini", "ha criticato duramente in serata", false},
	} {
		for _, off := range []bool{false, true} {
			wordsOfOff = off
			got := extractStatements(splitParagraphs(c.s), Source{Lang: c.lang})
			wordsOfOff = false
			want := c.name != "" && !(off && c.needsRule)
			if !want {
				if len(got) != 0 {
					t.Errorf("%s (off %v) %q: got %+v, want none", c.lang, off, c.s, got)
				}
				continue
			}
			if len(got) != 1 || got[0].Speaker != c.name || got[0].Text != c.text {
				t.Errorf("%s (off %v) %q: got %+v, want %s / %q", c.lang, off, c.s, got, c.name, c.text)
			}
		}
	}
	// the words after a verb-final speech verb and its comma begin after the comma
	if got := extractStatements(splitParagraphs("Im Studio saß Keir Starmer, der sagte, Großbritannien und Frankreich wollten Stützpunkte einrichten."), Source{Lang: "de"}); len(got) != 1 || got[0].Text != "Großbritannien und Frankreich wollten Stützpunkte einrichten" {
		t.Errorf("relative clause with comma: got %+v", got)
	}
}
