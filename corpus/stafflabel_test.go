package corpus

import (
	"strings"
	"testing"
)

// TestStaffLabelledByNameOnly checks an interview write-up whose
// journalist is labelled by name only and titled in the introduction
// ("our defence correspondent Tomasz Wrona"): their turns are never their
// statements, what they relay is the relayed speaker's, and the guest's
// answers stay hers, in English, German and French.
func TestStaffLabelledByNameOnly(t *testing.T) {
	docs := map[string]struct{ doc, journalist, guest, relayed string }{
		"en": {"---\nlang: en\n---\n# An interview on the plan\n\n" +
			"Greta Solvang led the Baltic Policy Institute for ten years. She talked to our defence correspondent Tomasz Wrona about the draft.\n\n" +
			"**Tomasz Wrona:** The draft caps the army. Marco Rubio said on Monday that the talks were going well. Is he right?\n\n" +
			"**Greta Solvang:** He is partly right. The hard questions are still open.\n\n" +
			"**Tomasz Wrona:** What comes next?\n\n" +
			"**Greta Solvang:** More meetings, and no quick deal.\n",
			"Tomasz Wrona", "Greta Solvang", "Marco Rubio"},
		"de": {"---\nlang: de\n---\n# Ein Gespräch über den Plan\n\n" +
			"Greta Solvang leitete zehn Jahre das Baltische Institut. Mit ihr sprach unser Korrespondent Tomasz Wrona.\n\n" +
			"**Tomasz Wrona:** Der Entwurf begrenzt die Armee. Marco Rubio sagte am Montag, die Gespräche liefen gut. Hat er recht?\n\n" +
			"**Greta Solvang:** Zum Teil. Die schweren Fragen sind noch offen.\n\n" +
			"**Tomasz Wrona:** Wie geht es weiter?\n\n" +
			"**Greta Solvang:** Mehr Treffen und keine schnelle Einigung.\n",
			"Tomasz Wrona", "Greta Solvang", "Marco Rubio"},
		"fr": {"---\nlang: fr\n---\n# Un entretien sur le plan\n\n" +
			"Greta Solvang a dirigé l'Institut balte pendant dix ans. Notre correspondant Tomasz Wrona l'a rencontrée à Paris.\n\n" +
			"**Tomasz Wrona :** Le projet plafonne l'armée. Marco Rubio a déclaré lundi que les discussions avançaient bien. A-t-il raison ?\n\n" +
			"**Greta Solvang :** En partie. Les questions difficiles restent ouvertes.\n\n" +
			"**Tomasz Wrona :** Et ensuite ?\n\n" +
			"**Greta Solvang :** D'autres réunions, et pas d'accord rapide.\n",
			"Tomasz Wrona", "Greta Solvang", "Marco Rubio"},
	}
	for lang, c := range docs {
		t.Run(lang, func(t *testing.T) {
			got := statementsOf(t, c.doc)
			guest, relayed := 0, 0
			for _, s := range got {
				switch {
				case strings.Contains(s.Speaker, c.journalist):
					t.Errorf("the journalist's turn read as a statement: %q", s.Text)
				case strings.Contains(s.Speaker, c.guest):
					guest++
				case strings.Contains(s.Speaker, c.relayed):
					relayed++
				}
			}
			if guest != 2 {
				t.Errorf("%d statements of the guest, want 2: %+v", guest, got)
			}
			if relayed != 1 {
				t.Errorf("%d statements of the relayed speaker, want 1: %+v", relayed, got)
			}
		})
	}
}
