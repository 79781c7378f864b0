package corpus

import "testing"

// TestAsideLeadList checks that a numbered list after a paragraph of two
// sentences or more that only mentions the plan (no colon opening the list, no
// heading naming it) is not
// read as the plan's points when none of its items speaks the plan's
// vocabulary (a playlist, an agenda, a thesis's conclusions), while a real
// list of points after such a paragraph, in a table-like or chat-like layout,
// is still read.
func TestAsideLeadList(t *testing.T) {
	const us, fw = "US 28-point draft", "20-point framework"
	checkFresh(t, []freshCase{
		{name: "pt playlist after flash", doc: "# Noites de Inverno\n\n**[PAUSA 2]** Boa noite outra vez. Zelensky afirmou que o plano de 20 pontos está quase acordado.\n\n5. Tomás Lacerda — «Estrada de Inverno» (1986) · 3:58\n6. As Quatro Estações — «Cantiga do Inquilino» (2010) · 3:21\n7. Amélia Quintela — «Barco sem Nome» (1955) · 3:30\n",
			not: []string{"Estrada de Inverno", "Cantiga", "Barco sem Nome"}},
		{name: "en agenda after remark", doc: "# Study day\n\nThe morning looks back at the 28-point plan of November. Coffee is served from nine.\n\n1. Welcome coffee in the foyer\n2. Keynote by the dean of the faculty\n3. Lunch in the garden room\n",
			not: []string{"Welcome coffee", "Keynote", "Lunch"}},
		{name: "ru conclusions", doc: "# Автореферат\n\nВ работе рассмотрен план из 28 пунктов и его европейская редакция. Основные положения, выносимые на защиту, приведены ниже.\n\n1. Рамка — новый документ, а не сокращение.\n2. Автор опирается на открытые источники.\n3. Выводы применимы к другим переговорам.\n",
			not: []string{"новый документ", "открытые источники", "другим переговорам"}},
		{name: "de Tagesordnung", doc: "# Sitzung\n\nDer Ortsverband sprach zuletzt über den 20-Punkte-Plan. Die nächste Sitzung beginnt um 19 Uhr.\n\n1. Begrüßung durch die Vorsitzende\n2. Bericht der Kassenwartin\n3. Verschiedenes\n",
			not: []string{"Begrüßung", "Kassenwartin", "Verschiedenes"}},
		// negatives: the items speak the plan's vocabulary, or a colon opens the list
		{name: "en real points after remark", doc: "# Explainer\n\nThe 28-point plan was leaked in November. Here is what it says.\n\n1. Ukraine's armed forces would be capped at 600,000 personnel.\n2. Ukraine would enshrine in its constitution that it will not join NATO.\n3. Crimea, Luhansk and Donetsk would be recognised as de facto Russian.\n",
			want: []Provision{{Plan: us, Number: 1, Text: "600,000"}, {Plan: us, Number: 2, Text: "NATO"}}},
		{name: "pl chat export points", doc: "# Czat redakcji\n\nMarta 10:02: wklejam plan z 20 punktów, który dostaliśmy rano. Proszę sprawdzić numerację.\n\n1. Ukraina otrzyma gwarancje bezpieczeństwa na wzór artykułu 5.\n2. Armia Ukrainy w czasie pokoju liczy do 800 tys. żołnierzy.\n3. Ukraina przystąpi do Unii Europejskiej w określonym terminie.\n",
			want: []Provision{{Plan: fw, Number: 2, Text: "800"}}},
		{name: "es colon lead", doc: "# Resumen\n\nEl plan de 20 puntos prevé lo siguiente:\n\n1. Reafirmación de la soberanía.\n2. Un grupo de trabajo conjunto.\n3. Elecciones tras la firma.\n",
			want: []Provision{{Plan: fw, Number: 1, Text: "soberanía"}}},
	})
}
