package corpus

import "testing"

// TestOrdinalPointHedgedVerb checks that a point named by an ordinal word
// is read when a hedge stands between it and its verb ("the twenty-first
// point at least tells you …", "het zeventiende punt ook liet …") or when
// its verb is one of the causative or telling verbs ("liet", "laat",
// "lets", "tells"), in English, Dutch, Italian and German, and that the
// idioms of "point" with no plan's term stay alone ("at this point", "the
// second point I want to make", Dutch "laat" as "late"). "The first point
// of order … tells …" is read as point 1 with or without this rule: left
// as it was.
func TestOrdinalPointHedgedVerb(t *testing.T) {
	const head = "# Notes\n\nThe US 28-point peace plan for Ukraine.\n\n"
	checkFresh(t, []freshCase{
		{name: "english hedge and tells", doc: head + "But the twenty-first point at least tells you honestly what it wants: Crimea, Luhansk and Donetsk as de facto Russian.\n",
			want: []Provision{{Plan: "US 28-point draft", Number: 21, Text: "Crimea, Luhansk and Donetsk"}}},
		{name: "english also", doc: head + "The twenty-fourth point also provides for an exchange of all prisoners.\n",
			want: []Provision{{Plan: "US 28-point draft", Number: 24, Text: "exchange of all prisoners"}}},
		{name: "dutch past causative", doc: head + "En het zeventiende punt liet Washington en Moskou samen hun kernwapenverdragen verlengen.\n",
			want: []Provision{{Plan: "US 28-point draft", Number: 17, Text: "kernwapenverdragen verlengen"}}},
		{name: "dutch hedge", doc: head + "Het vierentwintigste punt ook voorziet in de uitwisseling van alle gevangenen.\n",
			want: []Provision{{Plan: "US 28-point draft", Number: 24, Text: "uitwisseling van alle gevangenen"}}},
		{name: "italian hedge", doc: head + "Il ventunesimo punto almeno prevede che Kiev si ritiri dal Donetsk.\n",
			want: []Provision{{Plan: "US 28-point draft", Number: 21, Text: "Kiev si ritiri dal Donetsk"}}},
		{name: "german hedge", doc: head + "Der vierzehnte Punkt zumindest sieht vor, dass hundert Milliarden Dollar in den Wiederaufbau fließen.\n",
			want: []Provision{{Plan: "US 28-point draft", Number: 14, Text: "hundert Milliarden Dollar"}}},
		{name: "at this point stays", doc: head + "At this point also lets nobody in Kyiv sleep, the minister said.\n",
			not: []string{"nobody in Kyiv"}},
		{name: "a speaker's point stays", doc: head + "The second point I want to make at least tells the story of the talks.\n",
			not: []string{"I want to make"}},
		{name: "dutch late stays", doc: head + "Het eerste punt op de agenda kwam laat aan de orde.\n",
			not: []string{"kwam laat"}},
	})
}
