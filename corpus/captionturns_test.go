package corpus

import (
	"strings"
	"testing"
)

// captionTurnCases are turns of live captions and of a broadcast script
// whose label a ">>" or a cue line above hid: each is its speaker's.
var captionTurnCases = []statementCase{
	{"en caption turn after >>", langDoc("en", "HARTLEY TOWN COUNCIL | LIVE CAPTIONS\n\n[18:02:11]\n>> THE CHAIR: Item 6, the motion on a partnership with a town in the Sumy region.\n\n>> CLLR ANNA BELLWOOD: We cannot wait for the twenty points to be signed before our schools write to theirs.\n\n>> CLLR BELLWOOD: Point 17 brings prisoners home, and our library can at least send books.\n"), "Anna Bellwood", "before our schools write to theirs"},
	{"en repeated caption turn by surname", langDoc("en", "HARTLEY TOWN COUNCIL | LIVE CAPTIONS\n\n[18:02:11]\n>> THE CHAIR: Item 6, the motion on a partnership with a town in the Sumy region.\n\n>> CLLR ANNA BELLWOOD: We cannot wait for the twenty points to be signed before our schools write to theirs.\n\n>> CLLR BELLWOOD: Point 17 brings prisoners home, and our library can at least send books.\n"), "Anna Bellwood", "our library can at least send books"},
	{"it script label under a clip cue", langDoc("it", "RADIO VALLE — SPECIALE\n\nNARRATORE: A dicembre il testo cambia ancora. I punti diventano venti.\n\n[CLIP 2 — ARCHIVIO — conferenza stampa a Mosca, traduzione]\nLAVROV (traduzione): Non accetteremo mai truppe europee sul territorio ucraino.\n\nNARRATORE: Il giorno dopo, a Kyiv, nessuno commenta.\n"), "Sergei Lavrov", "Non accetteremo mai truppe europee"},
}

func TestCaptionTurns(t *testing.T) {
	checkStatements(t, captionTurnCases)
	checkNoSpeakerWith(t, ParseOptions{noCaptionTurns: true}, captionTurnCases)
	// the label's abbreviated title is written in full
	d := parseCaseWith(t, captionTurnCases[0].text, ParseOptions{})
	for _, s := range d.Statements {
		if s.Speaker == "Anna Bellwood" && s.Role != "Councillor" {
			t.Errorf("role %q, want Councillor: %+v", s.Role, s)
		}
	}
	// the chair's label named no one on its first turn: a mayor the
	// mover names later is not who chairs
	chair := langDoc("en", "HARTLEY TOWN COUNCIL | LIVE CAPTIONS\n\n>> THE MAYOR: Item 6, the motion on a partnership with Okhtyrka.\n\n>> CLLR ANNA BELLWOOD: Their mayor, Ivan Petrenko, wrote to us in January. He said the twenty points mean nothing until the prisoners are home.\n\n>> THE MAYOR: Thank you. We move to the vote on item 6 now.\n\n>> CLLR BELLWOOD: The town cannot wait for Washington to help its schools.\n")
	for _, s := range parseCaseWith(t, chair, ParseOptions{}).Statements {
		if s.Speaker == "Ivan Petrenko" && strings.Contains(s.Text, "We move to the vote") {
			t.Errorf("the chair's turn given to the mayor the mover named: %+v", s)
		}
	}
}
