package corpus

import (
	"strings"
	"testing"
)

// TestLateBefore checks that in a late document a point whose paragraph
// names the 20-point framework by a late name in a sentence before it (or
// its own sentence does, naming no version by the lexicon's phrases) is
// the framework's point, in German and Italian; that each
// positive goes back to the US draft with noLateBefore; and that a point
// after a sentence naming the US draft, or one past the framework's last
// number, stays the draft's.
func TestLateBefore(t *testing.T) {
	const head = "---\ntitle: %t\npublished: %d\nlang: %l\n---\n\n"
	tests := []struct {
		name, lang, date, body, title string
		plan                          string
		number                        int
		want                          string
		switched                      bool // the switch gives the US draft
	}{
		{name: "de Rahmenplan, then a point", lang: "de", date: "2026-01-14", plan: twentyPoint, number: 17, switched: true,
			body: "Er sprach über die Friedenspläne, die seit November diskutiert werden.\n\nIm Vereinsheim ging es vor allem um Punkt 12 des Rahmenplans: Dort wird ein gemeinsamer Betrieb des Kraftwerks vorgeschlagen. Der siebzehnte Punkt sieht einen Austausch aller Gefangenen gegen alle vor.\n\nDer amerikanische Entwurf vom November sei einseitiger gewesen. Dort hieß es in Punkt 19, der Strom des Kraftwerks werde zwischen Russland und der Ukraine geteilt.\n",
			want: "Austausch aller Gefangenen gegen alle"},
		{name: "it nuovo testo in the sentence, under a title on the 28 points", lang: "it", date: "2026-01-20", plan: twentyPoint, number: 17, switched: true,
			title: "Dal piano in 28 punti a quello nuovo: le vostre domande",
			body:  "Risponde la redazione alle lettere dei lettori.\n\nMio fratello è prigioniero da otto mesi: per la nostra famiglia conta soltanto lo scambio di tutti i prigionieri, che nel nuovo testo è il punto 17.\n",
			want:  "scambio di tutti i prigionieri"},
		{name: "en US draft named in between", lang: "en", date: "2026-01-20", plan: usDraft, number: 22,
			body: "Under the framework plan Ukraine keeps an army of 800,000. The American draft of November was harsher, she said. Point 22 barred both sides from changing the arrangements by force.\n",
			want: "barred both sides from changing the arrangements by force"},
		{name: "de a point past the framework's last", lang: "de", date: "2026-01-14", plan: usDraft, number: 21,
			body: "Der Rahmenplan lässt vieles offen. Punkt 21 sah vor, dass die Krim, Luhansk und Donezk faktisch als russisch anerkannt werden.\n",
			want: "faktisch als russisch anerkannt"},
	}
	for _, tt := range tests {
		for _, off := range []bool{false, true} {
			doc := strings.NewReplacer("%d", tt.date, "%l", tt.lang, "%t", firstNonEmpty(tt.title, "t")).Replace(head) + tt.body
			d, err := Parse([]byte(doc), ParseOptions{Name: "a.md", Now: fixedNow, noLateBefore: off})
			if err != nil {
				t.Fatal(err)
			}
			want := tt.plan
			if off && tt.switched {
				want = usDraft
			}
			found := false
			for _, p := range d.Provisions {
				if p.Number == tt.number && p.Plan == want && strings.Contains(p.Text, tt.want) {
					found = true
				}
			}
			if !found {
				t.Errorf("%s (noLateBefore %v): no %s %d holding %q; got %+v", tt.name, off, want, tt.number, tt.want, d.Provisions)
			}
		}
	}
}
