package corpus

import "testing"

// TestPointVersionNearest checks that a sentence naming two versions
// gives its point the version named nearest the point, in three
// languages, where the version whose rule comes first in plans.json (the
// counter-proposal) used to win whatever the sentence said.
func TestPointVersionNearest(t *testing.T) {
	checkFresh(t, []freshCase{
		{name: "portuguese", doc: "# O que dizem os jornais\n\nNo plano americano, o ponto 2 previa um pacto de não agressão entre os três vizinhos — e a contraproposta mantém-no.\n",
			want: []Provision{{Plan: "US 28-point draft", Number: 2, Text: "pacto de não agressão"}}},
		{name: "english", doc: "# Comparing the two texts\n\nIn the US draft, point 27 puts a board of peace in charge of the deal, a body the counter-proposal keeps.\n",
			want: []Provision{{Plan: "US 28-point draft", Number: 27, Text: "board of peace"}}},
		{name: "spanish", doc: "# Las dos versiones\n\nEl punto 15 del plan de Washington crea un grupo de trabajo conjunto sobre seguridad, algo que la contrapropuesta también recoge.\n",
			want: []Provision{{Plan: "US 28-point draft", Number: 15, Text: "grupo de trabajo conjunto"}}},
		{name: "one version named", doc: "# Las dos versiones\n\nEl punto 6 del plan estadounidense limita el ejército ucraniano a 600.000 soldados.\n",
			want: []Provision{{Plan: "US 28-point draft", Number: 6, Text: "600.000"}}},
	})
}

// TestVersionAdjectivePhrases checks the phrases that name a version's
// text by its adjective (plans.json, the rules after the first three), in
// three languages.
func TestVersionAdjectivePhrases(t *testing.T) {
	for _, c := range []struct{ s, want string }{
		{"Segundo o texto europeu, a Ucrânia receberia garantias", "European counter-proposal"},
		{"El texto estadounidense reconoce Crimea como rusa de facto", "US 28-point draft"},
		{"the most underrated line in the American draft is point 27", "US 28-point draft"},
		{"Le texte américain plafonne l'armée à 600 000 hommes", "US 28-point draft"},
	} {
		if got := versionIn(c.s); got != c.want {
			t.Errorf("versionIn(%q) = %q, want %q", c.s, got, c.want)
		}
	}
}
