package corpus

import (
	"strings"
	"testing"
)

// TestAccordingInsideClause checks an "according to" phrase set inside a
// clause without commas ("volgens de minister", "laut Hartmann", "podle
// ministra", "według Nowaka"): the clause is the statement of the person
// the phrase names, by title or by a name known from before, in Dutch,
// German, Czech and Polish; and a document or a lone capitalised noun
// after the word ("volgens het plan", "laut Entwurf") gives nothing.
func TestAccordingInsideClause(t *testing.T) {
	cases := map[string]struct{ doc, speaker, words string }{
		"nl": {"---\nlang: nl\n---\n# T\n\nMinister Joris Vermeulen sprak maandag in Den Haag. Een akkoord is volgens de minister nog ver weg.\n",
			"Joris Vermeulen", "nog ver weg"},
		"de": {"---\nlang: de\n---\n# T\n\nBundeskanzler Friedrich Merz reiste am Montag nach Warschau. Der Entwurf ist laut Merz eine brauchbare Grundlage für Gespräche.\n",
			"Friedrich Merz", "eine brauchbare Grundlage"},
		"cs": {"---\nlang: cs\n---\n# T\n\nMinistr Jan Novák přijel do Bruselu. Plán je podle ministra dobrým základem pro jednání.\n",
			"Jan Novák", "dobrým základem pro jednání"},
		"pl": {"---\nlang: pl\n---\n# T\n\nMinister Adam Nowak przyjechał do Brukseli. Plan jest według Nowaka dobrym punktem wyjścia do rozmów.\n",
			"Adam Nowak", "dobrym punktem wyjścia"},
	}
	checkSpokenBy(t, cases)
	for _, doc := range []string{
		"---\nlang: nl\n---\n# T\n\nMinister Joris Vermeulen sprak maandag in Den Haag. Het leger wordt volgens het plan beperkt tot 600.000 man.\n",
		"---\nlang: de\n---\n# T\n\nBundeskanzler Friedrich Merz reiste nach Warschau. Die Armee wird laut Entwurf auf 600.000 Soldaten begrenzt.\n",
	} {
		for _, s := range statementsOf(t, doc) {
			if strings.Contains(s.Text, "600.000") {
				t.Errorf("a document's term given to %q: %q", s.Speaker, s.Text)
			}
		}
	}
}
