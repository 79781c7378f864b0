package corpus

import "testing"

// TestHeadingOutline checks that a document's own numbered outline (1, 2,
// 3, … with some sections plainly the writer's) gives no plan points, while
// a plan's points printed as numbered headings stay points.
func TestHeadingOutline(t *testing.T) {
	checkFresh(t, []freshCase{
		{name: "english trustees report", doc: "# Report of the Trustees\n\nThe 20-point framework was published in December.\n\n## 1. Objectives and activities\n\nThe Trust supports children affected by the war.\n\n## 2. Chair's report\n\nPoint 17 of the framework provides for the return of children, the chair said.\n\n## 3. Context: the negotiations\n\nIn Berlin President Zelensky said Ukraine was ready to give up its NATO ambitions.\n\n## 4. Performance\n\n- 2,314 children supported\n- 46 reunifications\n\n## 5. Financial review\n\nTotal income was £1,482,600. Free reserves at year end were £468,000.\n",
			not: []string{"Financial review", "Total income", "Objectives and activities"}},
		{name: "german works council", doc: "# BR-Info 12/2025\n\nViele Kolleginnen fragen, was im 20-Punkte-Plan steht.\n\n### 1. Jahresendprämie und Schichtplan\n\nDie Jahresendprämie wird mit dem Dezemberentgelt ausgezahlt.\n\n### 2. Was gesagt wurde\n\nSelenskyj sagte, die Ukraine sei zu einem Referendum bereit.\n\n### 3. Stimmen aus der Versammlung\n\nDie Vorsitzende sagte, Solidarität höre nicht am Werkstor auf.\n\n### 4. Termine\n\nSprechstunde dienstags 13:30 bis 15:00 Uhr, Raum B 2.17.\n",
			not: []string{"Jahresendprämie", "Sprechstunde"}},
		{name: "portuguese handout", doc: "# Apostila de atualidades\n\nO plano de 20 pontos foi apresentado em dezembro.\n\n## 1. Linha do tempo\n\nEm novembro circulou o plano de 28 pontos.\n\n## 2. Quem disse o quê\n\nZelensky disse que a Ucrânia está pronta para um referendo.\n\n## 3. Exercícios\n\nResponda às questões com base no texto acima.\n",
			not: []string{"Linha do tempo", "Exercícios"}},
		// negatives: a plan's points as headings stay points
		{name: "a selection of points", doc: "# Der Plan im Wortlaut\n\nSeit Donnerstag kursiert der 28-Punkte-Plan aus Washington.\n\n### 6. Armee\n\nDie Armee wird auf 600.000 Mann begrenzt.\n\n### 7. Nato\n\nDie Ukraine verzichtet auf einen Nato-Beitritt, wie Punkt 6 schon andeutet.\n\n### 21. Gebiete\n\nDie Krim wird de facto als russisch anerkannt.\n",
			want: []Provision{{Plan: "US 28-point draft", Number: 6, Text: "600.000 Mann"}, {Plan: "US 28-point draft", Number: 21, Text: "de facto als russisch"}}},
		{name: "the first points in full", doc: "# The framework, point by point\n\nThe 20-point framework was presented in Kyiv.\n\n### 1. Sovereignty\n\nUkraine's sovereignty will be reaffirmed.\n\n### 2. Non-aggression\n\nA non-aggression agreement will be signed between Russia and Ukraine.\n\n### 3. Monitoring\n\nThe line of contact will be monitored from space.\n\n### 4. Army\n\nUkraine's armed forces will remain at 800,000 in peacetime.\n",
			want: []Provision{{Plan: "20-point framework", Number: 1, Text: "sovereignty will be reaffirmed"}, {Plan: "20-point framework", Number: 4, Text: "800,000 in peacetime"}}},
		{name: "a full reprint where one point cites another", doc: "# Il piano in 20 punti\n\nEcco il testo del piano in 20 punti presentato a Kiev.\n\n### 1. Sovranità\n\nLa sovranità dell'Ucraina sarà riaffermata.\n\n### 2. Non aggressione\n\nSarà firmato un accordo di non aggressione tra Russia e Ucraina.\n\n### 3. Monitoraggio\n\nLa linea di contatto sarà monitorata dallo spazio, come previsto al punto 2.\n\n### 4. Esercito\n\nLe forze armate ucraine resteranno a 800.000 in tempo di pace.\n",
			want: []Provision{{Plan: "20-point framework", Number: 1, Text: "sarà riaffermata"}, {Plan: "20-point framework", Number: 4, Text: "800.000 in tempo di pace"}}},
	})
}
