package corpus

import (
	"strings"
	"testing"
)

// dashSentenceCases are paragraphs in which a person is introduced, then
// quoted with a dashed quotation of two sentences closed by a verb without
// a subject of its own ("– mówi", "– kaže", "– říká"), after a
// paragraph in which someone else spoke: the words are the person's the
// paragraph introduced.
var dashSentenceCases = []statementCase{
	{"pl – mówi", "---\ntitle: Plan pokojowy a region\nlang: pl\n---\n\nPlan pokojowy z 28 punktów budzi emocje w regionie.\n\nRadna Anna Kowalczyk uważa, że region powinien być przy tym stole. — Jeśli ktoś pisze o samolotach w Polsce, to pisze także o nas — powiedziała.\n\nDr Jan Wierzbicki, politolog z Wyższej Szkoły, studzi emocje. — Dziewiąty punkt planu jest najmniej kontrowersyjny. Kłopot jest gdzie indziej — mówi.", "Jan Wierzbicki", "Kłopot jest gdzie indziej"},
	{"hr – kaže", "---\ntitle: Mirovni plan i regija\nlang: hr\n---\n\nMirovni plan od 28 točaka izazvao je rasprave u regiji.\n\nGradonačelnik Ivan Babić smatra da regija mora biti za stolom. – Ako netko piše o zrakoplovima u Poljskoj, piše i o nama – rekao je.\n\nDr. Marko Perić, politolog sa Sveučilišta u Zagrebu, smiruje strasti. – Deveta točka plana najmanje je sporna. Problem je negdje drugdje – kaže.", "Marko Perić", "Problem je negdje drugdje"},
	{"cs – říká", "---\ntitle: Mírový plán a region\nlang: cs\n---\n\nMírový plán o 28 bodech vzbudil v regionu emoce.\n\nStarosta Pavel Horák míní, že kraj má sedět u stolu. – Když někdo píše o letadlech v Polsku, píše i o nás – řekl.\n\nDr. Petr Dvořák, politolog z Vysoké školy, tlumí emoce. – Devátý bod plánu je nejméně sporný. Problém je jinde – říká.", "Petr Dvořák", "Problém je jinde"},
}

// TestDashSentence checks in Polish, Croatian and Czech that a dashed
// quotation of two sentences is given to the person its paragraph
// introduced, and that each case gives it to the earlier speaker with the
// count disabled.
func TestDashSentence(t *testing.T) {
	checkStatements(t, dashSentenceCases)
	dashSentenceOff = true
	defer func() { dashSentenceOff = false }()
	for _, c := range dashSentenceCases {
		for _, s := range statementsOf(t, c.text) {
			if strings.Contains(s.Text, c.fragment) && s.Speaker == c.speaker {
				t.Errorf("%s: found without the count; the case tests nothing", c.name)
			}
		}
	}
}
