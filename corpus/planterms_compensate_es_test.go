package corpus

import (
	"strings"
	"testing"
)

// TestFrozenUntilCompensatedSpanish: the counter-proposal's assets frozen
// until Russia compensates Ukraine, in the Spanish verb "indemnizar"
// ("indemnice", "indemnizara"; sets q, zq, u, d) beside the forms the
// catalogue knew (pt "indenizar", fr "indemniser", es "compense"); frozen
// assets until something else happens are no such point.
func TestFrozenUntilCompensatedSpanish(t *testing.T) {
	tests := []struct {
		name, sentence string
		want           bool
	}{
		{"es subjunctive", "En la versión europea, los activos rusos seguirían congelados hasta que Rusia indemnice a Ucrania.", true},
		{"es past subjunctive", "En la versión europea, esos activos seguirían congelados hasta que Rusia indemnizara a Ucrania.", true},
		{"es Moscow", "Los europeos quieren que los fondos sigan congelados hasta que Moscú indemnice a Kiev.", true},
		{"pt", "Na versão europeia, os ativos ficam congelados até que a Rússia indenize a Ucrânia.", true},
		{"es other condition", "En la versión europea, los activos rusos seguirían congelados hasta que termine la guerra.", false},
	}
	c := planTermsData()
	for _, tt := range tests {
		got := false
		for _, h := range c.matchTerms(&termScan{}, lowerString(tt.sentence)) {
			got = got || c.terms[h.term].ID == "frozen-until-compensated"
		}
		if got != tt.want {
			t.Errorf("%s: frozen-until-compensated matched %v, want %v", tt.name, got, tt.want)
		}
	}
	// and in a document, the counter-proposal's provision
	doc := "# La contrapropuesta europea\n\nLa contrapropuesta europea responde al plan de Estados Unidos.\n\n" + tests[1].sentence + "\n"
	d, err := Parse([]byte(doc), ParseOptions{Name: "x.md", Now: fixedNow})
	if err != nil {
		t.Fatal(err)
	}
	got := false
	for _, p := range d.Provisions {
		got = got || p.Plan == "European counter-proposal" && strings.Contains(p.Text, "indemnizara")
	}
	if !got {
		t.Errorf("provisions %v: want the counter-proposal's frozen assets", d.Provisions)
	}
}
