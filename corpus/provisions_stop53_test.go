// Probes for stop 53's provision mechanisms (xzrprov): a narrower catalogue
// term outranking the broader one it contains (planterms_narrow.go), and
// the verbs after an ordinal point that make it the subject of a term
// (pointrefs.json pointVerbs: "The sixth point asks …", "Двадцять п'ятий
// пункт вимагав …").

package corpus

import "testing"

func TestNarrowerTermOutranks(t *testing.T) {
	const us, fw = "US 28-point draft", "20-point framework"
	checkFresh(t, []freshCase{
		{name: "en ordinal of the framework", doc: "# The 20-point framework\n\nThe 20-point framework was published in December. The sixth point asks Russia to enshrine a policy of non-aggression towards Europe and Ukraine in its laws.\n",
			want: []Provision{{Plan: fw, Number: 6, Text: "enshrine a policy of non-aggression"}}},
		{name: "ru закон", doc: "# Что в плане\n\nВ американском плане из 28 пунктов говорится, что Россия закрепит в законе политику ненападения на Европу и Украину.\n",
			want: []Provision{{Plan: us, Number: 16, Text: "политику ненападения"}}},
		{name: "it per legge", doc: "# Il piano\n\nIl piano americano in 28 punti prevede che la Russia sancisca per legge una politica di non aggressione verso l'Europa e l'Ucraina.\n",
			want: []Provision{{Plan: us, Number: 16, Text: "non aggressione"}}},
		{name: "de gesetzlich", doc: "# Der Plan\n\nEin weiterer Punkt des 28-Punkte-Plans sieht vor, dass Russland eine Politik der Nichtaggression gegenüber Europa und der Ukraine gesetzlich festschreibt.\n",
			want: []Provision{{Plan: us, Number: 16, Text: "Nichtaggression"}}},
		// negatives: the agreement alone stays point 2, beside a law in another sentence
		{name: "en agreement stays 2", doc: "# The US plan\n\nThe 28-point plan was leaked on Wednesday. It foresees a comprehensive non-aggression agreement between Russia, Ukraine and Europe.\n",
			want: []Provision{{Plan: us, Number: 2, Text: "non-aggression agreement"}}},
		{name: "pl two sentences keep their numbers", doc: "# Plan\n\nJeden z punktów amerykańskiego planu przewiduje kompleksowe porozumienie o nieagresji między Rosją, Ukrainą i Europą. Inny punkt przewiduje, że Rosja zapisze w ustawie politykę nieagresji wobec Europy i Ukrainy.\n",
			want: []Provision{{Plan: us, Number: 2, Text: "porozumienie o nieagresji"}, {Plan: us, Number: 16, Text: "zapisze w ustawie"}}},
	})
}

// TestNarrowedHits asks the catalogue directly: the broader hit goes only
// when the narrower one overlaps it.
func TestNarrowedHits(t *testing.T) {
	c := planTermsData()
	ids := func(low string) map[string]bool {
		var sc termScan
		m := map[string]bool{}
		for _, h := range c.matchTerms(&sc, low) {
			m[c.terms[h.term].ID] = true
		}
		return m
	}
	for _, tc := range []struct {
		text       string
		law, broad bool
	}{
		{"russia will enshrine in law its policy of non-aggression towards europe and ukraine", true, false},
		{"россия закрепит в законе политику ненападения на европу и украину", true, false},
		{"a comprehensive non-aggression agreement between russia, ukraine and europe", false, true},
		{"il patto di non aggressione sarà firmato a ginevra", false, true},
	} {
		got := ids(tc.text)
		if got["non-aggression-law"] != tc.law || got["non-aggression"] != tc.broad {
			t.Errorf("%q: terms %v, want law %v broad %v", tc.text, got, tc.law, tc.broad)
		}
	}
}

func TestOrdinalPointVerbs(t *testing.T) {
	const us = "US 28-point draft"
	checkFresh(t, []freshCase{
		{name: "en asks", doc: "# The US plan\n\nThe 28-point plan was leaked on Wednesday. The sixth point asks the parties to meet every month in Geneva.\n",
			want: []Provision{{Plan: us, Number: 6, Text: "asks the parties to meet"}}},
		{name: "uk вимагав", doc: "# План\n\nАмериканський план із 28 пунктів обговорювали у Женеві. Двадцять п'ятий пункт вимагав провести вибори за сто днів.\n",
			want: []Provision{{Plan: us, Number: 25, Text: "провести вибори"}}},
		{name: "ru требовал", doc: "# План\n\nАмериканский план из 28 пунктов обсуждали в Женеве. Седьмой пункт требовал от Киева отказаться от вступления в НАТО.\n",
			want: []Provision{{Plan: us, Number: 7, Text: "отказаться от вступления"}}},
		{name: "pl wymagał", doc: "# Plan\n\nAmerykański plan z 28 punktów omawiano w Genewie. Siódmy punkt wymagał od Kijowa rezygnacji z członkostwa w NATO.\n",
			want: []Provision{{Plan: us, Number: 7, Text: "rezygnacji z członkostwa"}}},
		{name: "fr précise", doc: "# Le plan\n\nLe plan américain en 28 points a été dévoilé mercredi. Le huitième point précise que l'Alliance ne stationnera pas de troupes en Ukraine.\n",
			want: []Provision{{Plan: us, Number: 8, Text: "ne stationnera pas de troupes"}}},
		// negatives: a point of one's own talk, and the verb without a point
		{name: "en a speaker's point", doc: "# The US plan\n\nThe 28-point plan was leaked on Wednesday. The second point I asked about was the weather in Geneva.\n",
			not: []string{"weather in Geneva"}},
		{name: "en a person asks", doc: "# The US plan\n\nThe 28-point plan was leaked on Wednesday. Zelensky asks his partners to be patient with the talks in Geneva.\n",
			not: []string{"partners to be patient"}},
		{name: "en a participle after the point", doc: "# The US plan\n\nThe 28-point plan was leaked on Wednesday. The sixth point asked about at the briefing was the weather in Geneva.\n",
			not: []string{"weather in Geneva"}},
	})
}
