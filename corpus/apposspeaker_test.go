package corpus

import (
	"strings"
	"testing"
)

// apposSpeakerCases quote a spokesman named in apposition after the verb,
// right after a sentence about the official they speak for: the words are
// the spokesman's, in the role the noun gives.
var apposSpeakerCases = []struct{ name, text, speaker, role, fragment string }{
	{"es su portavoz, el teniente coronel", "---\ntitle: Plan de paz\nlang: es\n---\n\nEl plan de paz de 28 puntos se negocia en Abu Dabi.\n\nEl secretario del Ejército, Dan Driscoll, pasó el lunes en Abu Dabi. «Las conversaciones van bien», declaró su portavoz, el teniente coronel Jeff Tolbert, en un comunicado.", "Jeff Tolbert", "portavoz", "Las conversaciones van bien"},
	{"en his spokesman, Lieutenant Colonel", "---\ntitle: Peace plan\nlang: en\n---\n\nThe 28-point peace plan is being negotiated in Abu Dhabi.\n\nArmy Secretary Dan Driscoll spent Monday in Abu Dhabi. \"The talks are going well,\" said his spokesman, Lieutenant Colonel Jeff Tolbert, in a statement.", "Jeff Tolbert", "spokesman", "The talks are going well"},
	{"fr son porte-parole, le lieutenant-colonel", "---\ntitle: Plan de paix\nlang: fr\n---\n\nLe plan de paix en 28 points est négocié à Abou Dhabi.\n\nLe secrétaire à l'armée Dan Driscoll a passé lundi à Abou Dhabi. « Les discussions avancent bien », a déclaré son porte-parole, le lieutenant-colonel Jeff Tolbert, dans un communiqué.", "Jeff Tolbert", "porte-parole", "Les discussions avancent bien"},
}

// TestApposSpeaker checks the reader in Spanish, English and French, and
// that without it no case gives the words to the spokesman in that role.
func TestApposSpeaker(t *testing.T) {
	got := func(i int) bool {
		c := apposSpeakerCases[i]
		for _, s := range statementsOf(t, c.text) {
			if s.Speaker == c.speaker && s.Role == c.role && strings.Contains(s.Text, c.fragment) {
				return true
			}
		}
		return false
	}
	for i, c := range apposSpeakerCases {
		if !got(i) {
			t.Errorf("%s: no statement of %s (%s) with %q", c.name, c.speaker, c.role, c.fragment)
		}
	}
	apposSpeakerOff = true
	defer func() { apposSpeakerOff = false }()
	for i, c := range apposSpeakerCases {
		if got(i) {
			t.Errorf("%s: found without the reader; the case tests nothing", c.name)
		}
	}
}
