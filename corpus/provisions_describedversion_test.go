package corpus

import "testing"

// TestDescribedVersions checks the versions coverage names by description
// rather than by name (plans.json, the stop 45 xprov rules): the 20-point
// framework by who presented it or by its count in words, the
// counter-proposal as Europe's rewrite or by the capitals that proposed it,
// the US draft by its country spelled out or its capital's possessive; and
// that the capitals or the country alone, without a text proposed, name
// nothing.
func TestDescribedVersions(t *testing.T) {
	for _, c := range []struct{ text, want string }{
		{"The framework Zelensky took to Washington keeps the army at 800,000", "20-point framework"},
		{"Zelensky's framework says little about the power plant", "20-point framework"},
		{"Das neue Rahmenpapier sieht einen Fonds vor", "20-point framework"},
		{"Premier przedstawił wczoraj dwadzieścia punktów", "20-point framework"},
		{"Президент зачитал двадцать пунктов на брифинге", "20-point framework"},
		{"The European rewrite keeps the guarantee", "European counter-proposal"},
		{"Le texte proposé par Paris, Londres et Berlin supprime ce point", "European counter-proposal"},
		{"Il testo proposto da Londra, Parigi e Berlino cambia la formula", "European counter-proposal"},
		{"a text proposed by Berlin, Paris and London on Sunday", "European counter-proposal"},
		{"The 2025 United States peace plan for Ukraine was leaked in November", "US 28-point draft"},
		{"Washington's draft asks Kyiv to give up Donbas", "US 28-point draft"},
		{"Under the U.S. peace plan, the army shrinks", "US 28-point draft"},
		// guards: the capitals, the country, a framework with no author
		{"Leaders in London, Paris and Berlin said the talks went well", ""},
		{"The United States planned a second round in Abu Dhabi", ""},
		{"Both sides agreed a framework for prisoner swaps", ""},
	} {
		if got := versionIn(c.text); got != c.want {
			t.Errorf("versionIn(%q) = %q, want %q", c.text, got, c.want)
		}
	}
}

// TestDescribedVersionPoints checks that a point in running text goes to
// the version a sentence describes before it, in the core languages, where
// it went to the version of the paragraph above or to no version.
func TestDescribedVersionPoints(t *testing.T) {
	checkFresh(t, []freshCase{
		{name: "english framework by its author",
			doc:  "# Summit ends\n\nThe US draft of November capped the army at 600,000.\n\nThe framework Zelensky presented in December instead keeps it at 800,000 in peacetime (point 4). The same framework, in its fifth point, asks for guarantees that mirror Article 5.\n",
			want: []Provision{{Plan: "20-point framework", Number: 4, Text: "800,000"}, {Plan: "20-point framework", Number: 5, Text: "Article 5"}}},
		{name: "polish count in words",
			doc:  "# Debata w Sejmie\n\nPunkt 9 amerykańskiego projektu mówił o myśliwcach w Polsce.\n\nZełenski w grudniu przedstawił dwadzieścia punktów. Punkt 7 obiecuje Ukrainie członkostwo w Unii Europejskiej w określonym terminie.\n",
			want: []Provision{{Plan: "20-point framework", Number: 7, Text: "członkostwo"}}},
		{name: "french capitals that proposed it",
			doc:  "# Tribune\n\nLe projet américain en 28 points exigeait la neutralité de l'Ukraine. Le texte proposé par Londres, Paris et Berlin avait corrigé la formule : l'adhésion dépendrait d'un consensus des alliés.\n",
			want: []Provision{{Plan: "European counter-proposal", Number: 0, Text: "consensus des alliés"}}},
		{name: "encyclopedia title",
			doc:  "---\ntitle: \"2025 United States peace plan for Ukraine\"\n---\n\n# 2025 United States peace plan for Ukraine\n\n## Provisions\n\nPoint 2 foresees a non-aggression pact between the three neighbours. Point 10 gives a security guarantee, for which the guarantor would receive compensation.\n",
			want: []Provision{{Plan: "US 28-point draft", Number: 2, Text: "non-aggression"}, {Plan: "US 28-point draft", Number: 10, Text: "compensation"}}},
	})
}
