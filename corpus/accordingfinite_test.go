package corpus

import (
	"strings"
	"testing"
)

// TestAccordingFinite checks a fronted "according to" phrase with no
// comma in a verb-second language, closed by the finite verb: a title
// with a place, an unnamed source with a place, an expert with an
// institution, in Dutch and Swedish; and a document, or "the same
// source", gives nothing new.
func TestAccordingFinite(t *testing.T) {
	cases := map[string]struct{ doc, speaker, words string }{
		"nl-place": {"---\nlang: nl\n---\n# T\n\nDick Schoof sprak in Brussel.\n\nVolgens een Europese diplomaat in Brussel was het overleg moeilijk.\n",
			unnamedSpeaker, "het overleg moeilijk"},
		"nl-affil": {"---\nlang: nl\n---\n# T\n\nDick Schoof sprak in Brussel.\n\nVolgens defensiedeskundige Marloes Tjeenk van de Leidse Stichting Veiligheidsvraagstukken is dat geen detail.\n",
			"Marloes Tjeenk", "geen detail"},
		"sv-unnamed": {"---\nlang: sv\n---\n# T\n\nUlf Kristersson talade i Stockholm.\n\nEnligt en europeisk diplomat i Bryssel var mötet väntat att bli svårt.\n",
			unnamedSpeaker, "väntat att bli svårt"},
		"sv-source": {"---\nlang: sv\n---\n# T\n\nUlf Kristersson talade i Stockholm.\n\nEnligt en diplomatisk källa i Bryssel arbetar Tyskland, Frankrike och Storbritannien redan på ett eget motförslag.\n",
			unnamedSpeaker, "eget motförslag"},
	}
	checkSpokenBy(t, cases)
	for _, doc := range []string{
		"---\nlang: nl\n---\n# T\n\nDick Schoof sprak in Brussel.\n\nVolgens het plan mag Oekraïne een leger van 600.000 hebben.\n",
		"---\nlang: sv\n---\n# T\n\nUlf Kristersson talade i Stockholm.\n\nEnligt punkt 6 ska armén begränsas till 600.000 soldater.\n",
		"---\nlang: nl\n---\n# T\n\nDick Schoof sprak in Brussel.\n\nVolgens dezelfde bron wordt het leger vergroot tot 600.000 militairen.\n",
	} {
		for _, s := range statementsOf(t, doc) {
			if strings.Contains(s.Text, "600.000") {
				t.Errorf("given to %q: %q", s.Speaker, s.Text)
			}
		}
	}
}
