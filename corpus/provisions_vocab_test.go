package corpus

import "testing"

// TestOffPlanList checks that a numbered list near a paragraph that names
// a version, whose items speak of something else (dates to watch, a
// council's pledges, a memo's scenarios), gives no provisions, in four
// languages; and that a list in the same place whose items state the
// plan's terms is still the plan's.
func TestOffPlanList(t *testing.T) {
	checkFresh(t, []freshCase{
		{name: "english dates to watch", doc: "# The peace talks: where things stand\n\n**THE EUROPEAN TEXT**\n\nLondon, Paris and Berlin sent their counter-proposal on Sunday. It keeps the US numbering but lifts the army ceiling.\n\n**COMING UP**\n\nWhat to follow this week:\n\n1. Friday, when the White House expects an answer from Kyiv;\n2. a trip by the special envoy to the Gulf;\n3. the foreign ministers' dinner in Brussels on Tuesday.\n",
			not: []string{"Friday, when", "trip by the special envoy", "ministers' dinner"}},
		{name: "french pledges", doc: "# Conseil municipal : l'Ukraine au menu\n\n**Le débat**\n\nLa maire a cité la contre-proposition européenne, qui relève le plafond de l'armée ukrainienne.\n\n**Les décisions**\n\n1. Renouveler la subvention au comité de jumelage ;\n2. ouvrir un gymnase pour les familles accueillies ;\n3. écrire au député de la circonscription.\n",
			not: []string{"subvention", "gymnase", "écrire au député"}},
		{name: "german scenarios", doc: "# Lagebericht für Mitglieder\n\n**Die Lage**\n\nDer europäische Gegenvorschlag hebt die Obergrenze der Armee an und verlangt Garantien.\n\n**Szenarien für das erste Quartal**\n\n1. Die Waffenruhe hält und die Gespräche in Genf gehen weiter (20 %);\n2. die Gespräche stocken bis zum Frühjahr (55 %);\n3. eine Eskalation im Winter mit neuen Angriffen (25 %).\n",
			not: []string{"Gespräche stocken", "Eskalation im Winter"}},
		{name: "polish agenda", doc: "# Posiedzenie komisji\n\n**Tło**\n\nEuropejska kontrpropozycja zmienia kilka punktów amerykańskiego planu.\n\n**Porządek obrad**\n\n1. Sprawozdanie przewodniczącego komisji z wizyty w Kijowie;\n2. wolne wnioski i zapytania posłów do przedstawicieli rządu;\n3. ustalenie terminu następnego posiedzenia.\n",
			not: []string{"Sprawozdanie przewodniczącego", "wolne wnioski", "następnego posiedzenia"}},
		{name: "one item of three on the plan", doc: "# The peace talks: where things stand\n\n**THE EUROPEAN TEXT**\n\nLondon, Paris and Berlin sent their counter-proposal on Sunday. It keeps the US numbering but lifts the army ceiling.\n\n**COMING UP**\n\nWhat to follow this week:\n\n1. Friday, when Kyiv answers on the army capped at 600,000;\n2. a trip by the special envoy to the Gulf;\n3. the foreign ministers' dinner in Brussels on Tuesday.\n",
			not: []string{"trip by the special envoy", "ministers' dinner"}},
		{name: "the plan's terms stay", doc: "# The peace talks: where things stand\n\n**THE EUROPEAN TEXT**\n\nLondon, Paris and Berlin sent their counter-proposal on Sunday.\n\n**IN DETAIL**\n\nWhat changes:\n\n1. Ukraine's army is capped at 800,000 in peacetime;\n2. NATO membership depends on the consensus of the allies;\n3. talks on territory start from the line of contact.\n",
			want: []Provision{{Plan: "European counter-proposal", Number: 1, Text: "800,000"}, {Plan: "European counter-proposal", Number: 2, Text: "consensus of the allies"}}},
		// A moderator's front matter names the version: the list is its
		// text, though its points are none the catalogue knows (a new
		// version's) and its lead-in speaks of no plan.
		{name: "front matter names the version", doc: "---\ntitle: Latest wording\nplan: Geneva framework\n---\nDiplomats were still arguing over the wording on Friday. Below is where it stands.\n\n1. Both sides open the rail line to Odesa before winter;\n2. journalists may enter the occupied areas;\n3. farmland is cleared of landmines within a year.\n",
			want: []Provision{{Plan: "Geneva framework", Number: 1, Text: "rail line to Odesa"}, {Plan: "Geneva framework", Number: 2, Text: "journalists may enter"}, {Plan: "Geneva framework", Number: 3, Text: "landmines"}}},
		{name: "front matter names the version, german", doc: "---\ntitle: Neuester Stand\nplan: Geneva framework\n---\nAm Freitag wurde über den Wortlaut weiter gestritten. So sieht er jetzt aus.\n\n1. Die Bahnstrecke nach Odessa wird vor dem Winter wieder geöffnet;\n2. Journalisten dürfen in die besetzten Gebiete reisen;\n3. Ackerland wird binnen eines Jahres von Minen geräumt.\n",
			want: []Provision{{Plan: "Geneva framework", Number: 1, Text: "Bahnstrecke nach Odessa"}, {Plan: "Geneva framework", Number: 2, Text: "Journalisten"}, {Plan: "Geneva framework", Number: 3, Text: "Ackerland"}}},
	})
}

// TestSectionOverList checks that a memo's numbered section title over a
// list that counts from one is a heading, not a point, in three
// languages: the list under it speaks of no plan, and the next numbered
// section title is no point either.
func TestSectionOverList(t *testing.T) {
	checkFresh(t, []freshCase{
		{name: "english memo", doc: "# Client note\n\n**2. What changed**\n\nThe European counter-proposal keeps the US numbering. In its point 6 the army ceiling rises to 800,000.\n\n**3. Outlook for the quarter**\n\n1. Deal signed, guns fall silent: 20%\n2. Talks drag on: 50%\n3. Talks fail: 30%\n\nThese figures are our own.\n\n**4. Our advice**\n\nKeep screening shipments.\n",
			want: []Provision{{Plan: "European counter-proposal", Number: 6, Text: "800,000"}},
			not:  []string{"Outlook for the quarter", "Talks drag on", "Our advice"}},
		{name: "german circular", doc: "# Rundschreiben\n\n**2. Was sich ändert**\n\nDer europäische Gegenvorschlag behält die Nummerierung. In seinem Punkt 6 steigt die Obergrenze der Armee auf 800.000.\n\n**3. Aussichten**\n\n1. Abkommen unterzeichnet, Waffen schweigen: 20 %\n2. Gespräche ziehen sich hin: 50 %\n3. Gespräche scheitern: 30 %\n\nDie Zahlen sind unsere eigenen.\n\n**4. Empfehlungen**\n\nPrüfen Sie Ihre Lieferungen.\n",
			not: []string{"Aussichten", "Gespräche ziehen", "Empfehlungen"}},
		{name: "italian note", doc: "# Nota per i clienti\n\n**2. Cosa cambia**\n\nLa controproposta europea mantiene la numerazione. Al punto 6 il tetto dell'esercito sale a 800 mila.\n\n**3. Scenari**\n\n1. Accordo firmato, armi ferme: 20%\n2. Trattative lunghe: 50%\n3. Trattative fallite: 30%\n\nLe stime sono nostre.\n\n**4. Consigli**\n\nControllate le spedizioni.\n",
			not: []string{"Scenari", "Trattative lunghe", "Consigli"}},
	})
}
