package corpus

import "testing"

// TestProvisionsHeadingPoints checks that points printed as numbered
// Markdown headings with their text below are read as the plan's points.
func TestProvisionsHeadingPoints(t *testing.T) {
	checkFresh(t, []freshCase{
		{name: "german documentation", doc: "# Der Plan im Wortlaut\n\nSeit Donnerstag kursiert der 28-Punkte-Plan aus Washington.\n\nDer Präsident sprach am Abend von einem schweren Moment.\n\n### 6. Armee\n\nDie Armee wird auf 600.000 Mann begrenzt.\n\n### 21. Gebiete\n\nDie Krim wird de facto als russisch anerkannt.\n\n### 25. Wahlen\n\nDie Ukraine hält in 100 Tagen Wahlen ab.\n",
			want: []Provision{{Plan: "US 28-point draft", Number: 6, Text: "600.000 Mann"}, {Plan: "US 28-point draft", Number: 21, Text: "de facto als russisch"}, {Plan: "US 28-point draft", Number: 25, Text: "100 Tagen"}}},
		{name: "english explainer", doc: "# The points, one by one\n\nThe 28-point plan drafted in Washington leaked on Thursday.\n\nOfficials in Kyiv were given a week to answer.\n\n## 7. NATO\n\nUkraine will enshrine in its constitution that it will not join NATO.\n\n## 9. Jets\n\nEuropean fighter jets will be stationed in Poland.\n\n## 26. Amnesty\n\nAll parties will receive full amnesty.\n",
			want: []Provision{{Plan: "US 28-point draft", Number: 7, Text: "will not join NATO"}, {Plan: "US 28-point draft", Number: 9, Text: "stationed in Poland"}}},
		{name: "lone numbered heading is a digest's", doc: "# Morning briefing\n\nThe 28-point plan is still being talked about.\n\n## 2. What we know\n\nTalks go on in Geneva on Sunday.\n",
			not: []string{"Talks go on"}},
		{name: "an analysis numbers its own sections", doc: "# Brief: from 28 points to 20\n\nThe 28-point plan has shrunk to twenty points.\n\n## 1. Army size\n\nThe November draft's point 6 limited the army to 600,000. Merz called the new offer remarkable.\n\n## 2. Guarantees\n\nThe original point 5 promised reliable guarantees only.\n",
			want: []Provision{{Plan: "US 28-point draft", Number: 6, Text: "limited the army to 600,000"}},
			not:  []string{"Army size", "Merz called"}},
		{name: "sections of a german analysis", doc: "# Analyse: Was vom Plan bleibt\n\nDer 28-Punkte-Plan wird neu verhandelt.\n\n## 1. Die Armee\n\nPunkt 6 des Entwurfs begrenzte die Armee auf 600.000 Mann, sagte ein Diplomat.\n\n## 2. Die Garantien\n\nIn Punkt 5 ist nur von Garantien die Rede.\n",
			not: []string{"Die Armee:", "Die Garantien:"}},
	})
}

// TestProvisionsTablePoints checks that a Markdown table with one row a
// point gives one provision a row, with the first version's text.
func TestProvisionsTablePoints(t *testing.T) {
	checkFresh(t, []freshCase{
		{name: "english table", doc: "# What Geneva kept\n\nWhat follows compares the points of the 28-point plan before and after Geneva.\n\n| No. | Original draft | After Geneva |\n|---|---|---|\n| 6 | The army will be limited to 600,000 personnel. | Reworded |\n| 25 | Ukraine will hold elections in 100 days. | Softened |\n",
			want: []Provision{{Plan: "US 28-point draft", Number: 6, Text: "limited to 600,000"}, {Plan: "US 28-point draft", Number: 25, Text: "elections in 100 days"}},
			not:  []string{"Original draft", "Softened"}},
		{name: "italian table", doc: "# Il piano punto per punto\n\nEcco i punti del piano in 28 punti.\n\n| Punto | Testo |\n|:-:|---|\n| 7. | L'Ucraina non entrerà nella Nato. |\n| 9 | I caccia europei saranno di stanza in Polonia. |\n",
			want: []Provision{{Plan: "US 28-point draft", Number: 7, Text: "non entrerà nella Nato"}, {Plan: "US 28-point draft", Number: 9, Text: "di stanza in Polonia"}}},
	})
}

// TestProvisionsTableColumns checks a table that sets two versions side by
// side, one column each: every cell long enough to be a term is a point of
// its column's version under the row's number, and a column of verdicts
// gives nothing.
func TestProvisionsTableColumns(t *testing.T) {
	checkFresh(t, []freshCase{
		{name: "english two versions", doc: "# Side by side\n\nThe two texts differ on a handful of clauses.\n\n| Clause | US draft | European counter-proposal | Verdict |\n|---|---|---|---|\n| 6 | Ukraine's army is capped at 600,000 troops. | The peacetime army is capped at 800,000 troops. | Changed |\n| 26 | Every side gets a full amnesty. | | Dropped |\n",
			want: []Provision{{Plan: "US 28-point draft", Number: 6, Text: "600,000 troops"}, {Plan: "European counter-proposal", Number: 6, Text: "800,000 troops"}, {Plan: "US 28-point draft", Number: 26, Text: "full amnesty"}},
			not:  []string{"Changed", "Dropped"}},
		{name: "spanish two versions", doc: "# Cara a cara\n\nAsí cambian los puntos.\n\n| Nº | Plan estadounidense | Contrapropuesta europea |\n|:-:|---|---|\n| 9. | Los cazas europeos se quedan en Polonia. | Los cazas europeos se quedan en Polonia, sin límite. |\n| 25 | Habrá elecciones en cien días. | Habrá elecciones cuanto antes tras la firma. |\n",
			want: []Provision{{Plan: "US 28-point draft", Number: 9, Text: "se quedan en Polonia."}, {Plan: "European counter-proposal", Number: 9, Text: "sin límite"}, {Plan: "US 28-point draft", Number: 25, Text: "cien días"}, {Plan: "European counter-proposal", Number: 25, Text: "cuanto antes"}}},
	})
}

// TestProvisionsAcrossCommentary checks a reprint that puts commentary
// between its points: the numbering goes on after a paragraph or two, so
// the later points keep the plan.
func TestProvisionsAcrossCommentary(t *testing.T) {
	checkFresh(t, []freshCase{
		{name: "german Einordnung", doc: "# Dokumentation\n\nDie Punkte des 28-Punkte-Plans:\n\n**Nr. 14:** Eingefrorene Vermögen fließen in den Wiederaufbau.\n\n> Einordnung: Der größte Teil der Gelder liegt in Belgien.\n\n**Nr. 19:** Das Kraftwerk wird unter Aufsicht der IAEA wieder hochgefahren.\n\n**Nr. 21:** Die Krim wird de facto als russisch anerkannt.\n",
			want: []Provision{{Plan: "US 28-point draft", Number: 19, Text: "unter Aufsicht der IAEA"}, {Plan: "US 28-point draft", Number: 21, Text: "de facto als russisch"}}},
		{name: "english analysis", doc: "# Annotated\n\nThe points of the 28-point plan:\n\n1. Ukraine's sovereignty will be confirmed.\n\n2. A non-aggression pact will be signed.\n\nOur analysis: this repeats earlier pledges.\n\n6. Ukraine's army will be capped at 600,000.\n",
			want: []Provision{{Plan: "US 28-point draft", Number: 6, Text: "capped at 600,000"}}},
	})
}

// TestProvisionsRunIn checks points run together in one paragraph ("n. 5
// – …; n. 7 – …"): each becomes a numbered point of the plan the lead
// names.
func TestProvisionsRunIn(t *testing.T) {
	checkFresh(t, []freshCase{
		{name: "italian n.", doc: "# Retroscena\n\nEcco in sintesi gli altri passaggi del piano in 28 punti: n. 5 – l'Ucraina otterrà garanzie di sicurezza; n. 7 – Kiev non entrerà nella Nato; n. 9 – caccia europei in Polonia.\n",
			want: []Provision{{Plan: "US 28-point draft", Number: 5, Text: "garanzie di sicurezza"}, {Plan: "US 28-point draft", Number: 7, Text: "non entrerà nella Nato"}, {Plan: "US 28-point draft", Number: 9, Text: "caccia europei in Polonia"}}},
		{name: "russian п.", doc: "# Коротко\n\nОстальные положения мирного плана из 28 пунктов: п. 6 — армия Украины ограничивается 600 тысячами; п. 21 — Крым признаётся российским де-факто; п. 25 — выборы пройдут через 100 дней.\n",
			want: []Provision{{Plan: "US 28-point draft", Number: 6, Text: "600 тысячами"}, {Plan: "US 28-point draft", Number: 25, Text: "через 100 дней"}}},
	})
}
