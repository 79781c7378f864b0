package corpus

import "testing"

// TestUnnamedPlanTellingTerm checks that a provision of an unnamed plan
// whose first term any version may hold ("Russia back in the world
// economy") takes the version of a later term that tells one ("sanctions
// lifted in stages": the US draft and its revision). The German case
// needs the rule; in the English and Italian ones another rule already
// gives the version, and they check the rule leaves that alone.
func TestUnnamedPlanTellingTerm(t *testing.T) {
	checkFresh(t, []freshCase{
		{name: "german", doc: "# Rundschreiben an die Mitglieder\n\nUnsere Betriebe fragen nach dem amerikanischen Friedensplan und dem Handel.\n\n**Was der Plan enthält**\n\nLaut Punkt 13 kehrt Russland in die Weltwirtschaft zurück, und die Sanktionen werden stufenweise aufgehoben.\n\nDen europäischen Gegenentwurf besprechen wir nächste Woche.\n",
			want: []Provision{{Plan: "US 28-point draft", Number: 13, Text: "Weltwirtschaft"}}},
		{name: "english", doc: "# Note to members\n\nMembers have asked us about the American peace plan and trade.\n\n**What the plan says**\n\nUnder point 13 Russia is to return to the world economy, and sanctions are to be lifted in stages.\n\nWe will look at the European counter-proposal next week.\n",
			want: []Provision{{Plan: "US 28-point draft", Number: 13, Text: "world economy"}}},
		{name: "italian", doc: "# Circolare agli associati\n\nGli associati ci chiedono del piano di pace americano e del commercio.\n\n**Cosa prevede il piano**\n\nSecondo il punto 13 la Russia deve rientrare nell'economia mondiale, e le sanzioni devono essere rimosse per fasi.\n\nDella controproposta europea parleremo la settimana prossima.\n",
			want: []Provision{{Plan: "US 28-point draft", Number: 13, Text: "rimosse per fasi"}}},
	})
}
