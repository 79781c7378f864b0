package corpus

import (
	"strings"
	"testing"
)

// roleCase is a document and the speaker, title and fragment one of its
// statements must have.
type roleCase struct {
	name, text, speaker, role, fragment string
}

// checkRoles parses each case and looks for a statement of the speaker
// holding the fragment whose role holds the title.
func checkRoles(t *testing.T, cases []roleCase) {
	t.Helper()
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			d, err := Parse([]byte(c.text), ParseOptions{})
			if err != nil {
				t.Fatal(err)
			}
			for _, s := range d.Statements {
				if strings.Contains(s.Speaker, c.speaker) && strings.Contains(s.Text, c.fragment) && strings.Contains(strings.ToLower(s.Role), strings.ToLower(c.role)) {
					return
				}
			}
			t.Errorf("no statement of %q (%s) with %q; got %+v", c.speaker, c.role, c.fragment, d.Statements)
		})
	}
}

func TestTitleFromAnotherSpeakersSentence(t *testing.T) {
	doc := func(lang, body string) string {
		return "---\ntitle: t\nlang: " + lang + "\n---\n\n" + body
	}
	checkRoles(t, []roleCase{
		{"en titled name beside the speaker",
			doc("en", "In Vienna, where he met Austrian Chancellor Lukas Brandtner on Friday, the envoy Tomas Vidal said the talks were useful.\n\nBrandtner told the same news conference that no text had been agreed.\n"),
			"Lukas Brandtner", "Chancellor", "no text had been agreed"},
		{"en titled name in a quoting lead",
			doc("en", "Talks between Prime Minister Ilona Sarkadi and the envoys lasted five hours, aide Pavel Orlik told reporters.\n\nSarkadi said later that the map was the hardest part.\n"),
			"Ilona Sarkadi", "Prime Minister", "the map was the hardest part"},
		{"en title after with",
			doc("en", "The talks at the palace ran late, with Finnish President Aino Lehtola acting as host.\n\nLehtola said the guarantees were the real change.\n"),
			"Aino Lehtola", "President", "the guarantees were the real change"},
		{"en title after with, one of two names",
			doc("en", "The meeting with special envoy Ruben Castell and Mara Lind lasted until midnight.\n\nCastell wrote on X that a lot of ground was covered.\n"),
			"Ruben Castell", "envoy", "a lot of ground was covered"},
		{"de Titel nach mit",
			doc("de", "Die Gespräche im Kanzleramt dauerten bis in die Nacht, mit Bundeskanzler Friedrich Merz als Gastgeber.\n\nMerz sagte, es gebe eine echte Chance auf einen Waffenstillstand.\n"),
			"Friedrich Merz", "Bundeskanzler", "echte Chance"},
		{"it titolo in una frase che cita un altro",
			doc("it", "A Parigi, dove ha incontrato il presidente francese Emmanuel Macron, Zelensky ha detto che i colloqui sono andati bene.\n\nMacron ha detto che non esiste ancora un piano definitivo.\n"),
			"Emmanuel Macron", "presidente", "non esiste ancora un piano"},
	})
}

func TestTitleFromDefiniteDescription(t *testing.T) {
	doc := func(lang, body string) string {
		return "---\ntitle: t\nlang: " + lang + "\n---\n\n" + body
	}
	checkRoles(t, []roleCase{
		{"en the title, an age, after a sentence about the person",
			doc("en", "Mara Lind has spent the winter repairing substations. The deputy head of the regional administration, 52, spoke to us on Thursday.\n\nShe said the cap on the army was the clause that worried her most.\n"),
			"Mara Lind", "deputy head of the regional administration", "the cap on the army"},
		{"en the former minister, then a quote",
			doc("en", "Arvid Lennart still keeps an office in the capital. The former defence minister, now retired, received us there.\n\n\"Nobody will sign this,\" Lennart said.\n"),
			"Arvid Lennart", "former defence minister", "Nobody will sign this"},
		{"fr le titre, un âge",
			doc("fr", "Mara Lind a passé l'hiver à réparer des sous-stations. La vice-présidente de la région, 52 ans, nous a reçus jeudi.\n\n« Personne ne signera cela », a déclaré Lind.\n"),
			"Mara Lind", "vice-présidente de la région", "Personne ne signera cela"},
	})
}
