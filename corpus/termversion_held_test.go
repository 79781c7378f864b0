package corpus

import "testing"

// TestTermVersionsHeldTerms checks the catalogue's versions for terms the
// counter-proposal replaced or left out: writing NATO membership out of
// the constitution (it asks for the allies' consensus instead) and a full
// amnesty (dropped) are no terms of the counter-proposal, so a point that
// states one under a context that last named the counter-proposal is the
// US draft's, in German, Spanish, Czech and Ukrainian phrasings written
// for this test. It fails while planterms.json lets every version hold
// them.
func TestTermVersionsHeldTerms(t *testing.T) {
	const us, eu = "US 28-point draft", "European counter-proposal"
	tests := []struct {
		name string
		in   Provision
		want string
	}{
		{"german constitution", Provision{Plan: eu, Number: 7, Text: "Punkt 7 verlangt, dass Kiew den Verzicht auf die NATO in der Verfassung festschreibt"}, us},
		{"spanish constitution", Provision{Plan: eu, Number: 7, Text: "el punto 7 obliga a Kiev a fijar en la Constitución que nunca entrará en la OTAN"}, us},
		{"czech amnesty", Provision{Plan: eu, Number: 26, Text: "bod 26 slibuje úplnou amnestii pro všechny strany"}, us},
		{"ukrainian amnesty", Provision{Plan: eu, Number: 26, Text: "пункт 26 передбачає повну амністію для всіх учасників"}, us},
		{"the counter-proposal's own consensus clause stays", Provision{Plan: eu, Number: 7, Text: "la adhesión a la OTAN depende del consenso de los miembros de la Alianza"}, eu},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := termVersions([]Provision{tt.in}, []paragraph{{text: "The US draft and the European counter-proposal"}})
			if len(got) != 1 || got[0].Plan != tt.want {
				t.Errorf("got %+v, want plan %s", got, tt.want)
			}
		})
	}
}
