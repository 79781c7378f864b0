package corpus

import "testing"

// TestPlanWordBeforeTerm probes the speaker gate's exception (stop 62,
// zgate): a plan word before the term in the sentence makes a reported
// term the document's; none, or one only after it, leaves a person's view.
func TestPlanWordBeforeTerm(t *testing.T) {
	c := planTermsData()
	for _, tt := range []struct {
		s    string
		want bool
	}{
		{"Several delegates noted that the same point would cap the Ukrainian army at 600,000 troops.", true},
		{"In dem Papier heißt es, die ukrainische Armee werde auf 600.000 Soldaten begrenzt, sagte ein Diplomat.", true},
		{"O ponto seguinte, explicou ela, limita o exército ucraniano a 600 mil militares.", true},
		{"El texto, recordó el general, limita el ejército ucraniano a 600.000 efectivos.", true},
		{"В документе, пояснил эксперт, численность армии Украины ограничена 600 тысячами.", true},
		{"The minister said the army of 600,000 troops was only a promise on paper.", false},
		{"Der Minister sagte, eine Armee von 600.000 Soldaten sei nur ein Versprechen auf Papier.", false},
		{"La ministra ha detto che un esercito di 600 mila uomini non basta.", false},
		{"Генерал сказал, что армия в 600 тысяч человек не защитит страну.", false},
	} {
		low := lowerString(tt.s)
		hits := c.matchTerms(&termScan{}, low)
		if len(hits) == 0 {
			t.Errorf("%q: no term", tt.s)
			continue
		}
		if got := c.planWordBeforeTerm(low, 0, hits); got != tt.want {
			t.Errorf("%q: planWordBeforeTerm = %v, want %v", tt.s, got, tt.want)
		}
	}
}

// TestOwnTextVersion probes "in their version" inside a sentence: the
// authors the sentence before names (stop 62, zgate).
func TestOwnTextVersion(t *testing.T) {
	for _, tt := range []struct{ s, prev, want string }{
		{"She explained: in their version, the army may number 800,000.", "Someone asked what the Europeans were offering.", "European counter-proposal"},
		{"Вона пояснила: у їхній версії — армія до 800 тисяч.", "Хтось запитав, що пропонують європейці.", "European counter-proposal"},
		{"Она пояснила: в их версии армия до 800 тысяч.", "Кто-то спросил, что предлагают европейцы.", "European counter-proposal"},
		{"She explained: in their version, the army may number 800,000.", "Someone asked about the weather.", ""},
		{"She explained that the army may number 800,000.", "Someone asked what the Europeans were offering.", ""},
		{"Their versions of events differ, she said.", "The Europeans met in Berlin.", ""},
	} {
		if got := ownTextVersion(lowerString(tt.s), tt.prev); got != tt.want {
			t.Errorf("%q after %q: ownTextVersion = %q, want %q", tt.s, tt.prev, got, tt.want)
		}
	}
}

// TestSpeakerGateProvisions runs the gate's exception through Parse: a
// reported term after a plan word is the version's point; a person's view
// with the same words and none is not.
func TestSpeakerGateProvisions(t *testing.T) {
	for _, tt := range []struct {
		doc, plan string
	}{
		{"---\npublished: 2025-11-25\n---\n# The US 28-point plan\n\nThe American draft has 28 points.\n\nThe same point, a retired general explained, would cap the Ukrainian army at 600,000 troops.\n", "US 28-point draft"},
		{"---\npublished: 2025-11-25\n---\n# Der 28-Punkte-Plan\n\nDer amerikanische Entwurf hat 28 Punkte.\n\nIn dem Papier heißt es, erklärte ein General, die ukrainische Armee werde auf 600.000 Soldaten begrenzt.\n", "US 28-point draft"},
		{"---\npublished: 2025-11-25\n---\n# The US 28-point plan\n\nThe American draft has 28 points.\n\nThe minister said an army of 600,000 troops was only a promise on paper.\n", ""},
	} {
		d, err := Parse([]byte(tt.doc), ParseOptions{Name: "x.md", Now: fixedNow})
		if err != nil {
			t.Fatal(err)
		}
		var got []string
		ok := tt.plan == ""
		for _, p := range d.Provisions {
			got = append(got, p.Plan+" "+p.Text)
			if tt.plan == "" {
				ok = false
			}
			ok = ok || p.Plan == tt.plan && p.Number == 6
		}
		if !ok {
			t.Errorf("%.80q: provisions %q, want %q 6", tt.doc, got, tt.plan)
		}
	}
}
