package corpus

import (
	"strings"
	"testing"
)

// xverbs2Battery: verbs that lead a statement's content (stop 53,
// xverbs2). A quoted "spoke of" and a commitment verb keep the verb in
// the statement; a second speaker after "A spoke of …, and" is read on
// its own. Invented sentences in several languages, with negatives.
var xverbs2Battery = []probeCase{
	{"en", "The talks ended. Merz spoke of \"remarkable\" progress.", "Friedrich Merz", "spoke of \"remarkable\" progress"},
	{"es", "Las conversaciones acabaron. Macron habló de garantías «robustas».", "Emmanuel Macron", "habló de garantías «robustas»"},
	{"it", "I colloqui sono finiti. Rubio ha parlato di «enormi progressi».", "Marco Rubio", "ha parlato di «enormi progressi»"},
	{"de", "Die Gespräche endeten. Merz sprach am Rande des Treffens von „echten Fortschritten“.", "Friedrich Merz", "sprach am Rande des Treffens von „echten Fortschritten“"},
	{"fr", "Les discussions ont fini. Macron a parlé de « vrais progrès ».", "Emmanuel Macron", "a parlé de « vrais progrès »"},
	// a second speaker after a speak-of clause
	{"en", "After the talks, Merz spoke of \"remarkable\" progress, and Donald Trump said a deal was closer than ever.", "Donald Trump", "a deal was closer than ever"},
	{"it", "Rubio ha parlato di «enormi progressi», ma il ministro Antonio Tajani ha detto che resta molto da fare.", "Antonio Tajani", "resta molto da fare"},
	// commitment verbs keep their verb
	{"en", "The talks ended. At the Paris summit, Macron promised \"robust\" security guarantees.", "Emmanuel Macron", "promised \"robust\" security guarantees"},
	{"en", "The talks ended. Starmer pledged more instructors for Ukraine.", "Keir Starmer", "pledged more instructors"},
	{"en", "The talks ended. Macron promised Ukraine \"reliable security guarantees\".", "Emmanuel Macron", "promised Ukraine"},
	{"de", "Die Gespräche endeten. Merz versprach weitere Hilfe für die Ukraine.", "Friedrich Merz", "versprach weitere Hilfe"},
	// negatives
	{"en", "The talks ended. Moses led the people to the promised land.", "", "promised land"},
	{"en", "The talks ended. The guide spoke of the town with affection.", "", "the town"},
	{"en", "The talks ended. Locals spoke of \"the old days\" over coffee.", "", "old days"},
	{"de", "Die Gespräche endeten. Das gelobte Land liegt fern.", "", "Land liegt fern"},
}

// TestXverbs2Battery runs xverbs2Battery; a "that" clause after a
// commitment verb stays without the verb.
func TestXverbs2Battery(t *testing.T) {
	checkProbes(t, xverbs2Battery, nil, false)
	d, err := Parse([]byte(probeDoc("en", "The talks ended. Starmer promised that London will help.")), ParseOptions{Name: "probe.md"})
	if err != nil {
		t.Fatal(err)
	}
	for _, s := range d.Statements {
		if strings.Contains(s.Text, "promised") {
			t.Errorf("that-clause kept the verb: %q", s.Text)
		}
	}
}
