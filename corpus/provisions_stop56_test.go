package corpus

import "testing"

// TestTriangleBullets checks that a line opened by "▸ " is a list item
// (bulletMarkers): leaflets, FAQ pages and front-page teasers set it
// before each item (zu11, zl11, zo01). Read as running text, the lines
// of a "▸ **Пункт 17.** …" list ran into one paragraph whose point labels
// closed the sentence before them, so each point took the next one's
// number and the last point was lost. Negative: teasers under a lead-in
// naming no plan stay no provisions.
func TestTriangleBullets(t *testing.T) {
	checkFresh(t, []freshCase{
		{name: "ukrainian leaflet",
			doc:  "# Мирний план: що відомо\n\nРамковий документ із 20 пунктів президент оприлюднив 23 грудня.\n\n▸ **Пункт 17.** Гуманітарний комітет організує обмін полоненими «всіх на всіх».\n▸ **Пункт 18.** Вибори в Україні мають відбутися якомога швидше після підписання угоди.\n▸ **Пункт 20.** Припинення вогню настає одразу після згоди всіх сторін.\n",
			want: []Provision{{Plan: "20-point framework", Number: 17, Text: "Гуманітарний комітет"}, {Plan: "20-point framework", Number: 18, Text: "Вибори в Україні"}, {Plan: "20-point framework", Number: 20, Text: "Припинення вогню"}},
			not:  []string{"▸", "Пункт 18", "Пункт 20"}},
		{name: "english factbox",
			doc:  "# The 20-point framework at a glance\n\nZelensky presented the 20-point framework on 23 December. Its main points:\n\n▸ Point 4. Ukraine's armed forces stay at 800,000 in peacetime.\n▸ Point 12. The Zaporizhzhia nuclear plant would be run jointly.\n▸ Point 20. A full ceasefire takes effect as soon as all parties agree.\n",
			want: []Provision{{Plan: "20-point framework", Number: 4, Text: "800,000"}, {Plan: "20-point framework", Number: 12, Text: "Zaporizhzhia"}, {Plan: "20-point framework", Number: 20, Text: "ceasefire"}},
			not:  []string{"▸", "Point 12", "Point 20"}},
		{name: "german overview",
			doc:  "# Der 20-Punkte-Rahmenplan im Überblick\n\nSelenskyj hat den 20-Punkte-Plan am 23. Dezember vorgestellt. Die wichtigsten Punkte:\n\n▸ Punkt 4: Die ukrainische Armee bleibt in Friedenszeiten bei 800.000 Soldaten.\n▸ Punkt 18: Wahlen finden so bald wie möglich nach der Unterzeichnung statt.\n▸ Punkt 20: Eine Waffenruhe tritt sofort in Kraft, sobald alle Seiten zustimmen.\n",
			want: []Provision{{Plan: "20-point framework", Number: 4, Text: "800.000"}, {Plan: "20-point framework", Number: 18, Text: "Wahlen"}, {Plan: "20-point framework", Number: 20, Text: "Waffenruhe"}},
			not:  []string{"▸", "Punkt 18", "Punkt 20"}},
		{name: "teasers are no points",
			doc: "# Inside today's paper\n\nAlso inside today:\n\n▸ **Rovers go top** after a 28-point haul from the first 12 games — *Sport, Pages 52-56*\n▸ **Bus lane U-turn**: council shelves plan for Station Road — *Page 7*\n▸ **Ten ways to cut your heating bill this winter** — *Money, Page 22*\n",
			not: []string{"Rovers", "Bus lane", "heating"}},
	})
}

// TestComparisonNoteAfterList checks that a provision kept in its version
// because its own text names that version ("For comparison: the 28 points
// held a full amnesty (point 26)") does not stop the list just above it
// from moving whole to the version its items' numbers tell
// (moveLists): the note speaks of the other version by name, not of the
// list's. The list's lead-in ended on "the American version with 28
// points is no longer the basis", which gave the list the US draft.
// Negative: a US-draft list whose items' numbers are the draft's stays,
// and the note after it keeps its own version.
func TestComparisonNoteAfterList(t *testing.T) {
	checkFresh(t, []freshCase{
		{name: "ukrainian leaflet",
			doc:  "# Мирний план: що відомо\n\nРамковий документ із 20 пунктів оприлюднили 23 грудня. Перша, американська версія з 28 пунктів більше не є основою переговорів.\n\n## Що важливо\n\n- Пункт 17. Гуманітарний комітет організує обмін полоненими «всіх на всіх».\n- Пункт 19. Виконання угоди контролюватиме Рада миру під головуванням Дональда Трампа.\n- Пункт 7. Україна стає членом ЄС у визначений строк.\n- Пункт 20. Припинення вогню настає одразу після згоди всіх сторін.\n\nДля порівняння: у 28 пунктах була загальна амністія для всіх сторін (п. 26), а вибори мали пройти за 100 днів (п. 25).\n",
			want: []Provision{{Plan: "20-point framework", Number: 7, Text: "членом ЄС"}, {Plan: "20-point framework", Number: 20, Text: "Припинення вогню"}, {Plan: "US 28-point draft", Number: 26, Text: "амністія"}}},
		{name: "us list stays",
			doc:  "# The US 28-point draft: key points\n\nThe leaked 28-point draft was drawn up by Witkoff and Dmitriev. Its main points:\n\n- Point 6. Ukraine's armed forces are capped at 600,000.\n- Point 21. Crimea, Luhansk and Donetsk are recognised as de facto Russian.\n- Point 25. Elections are held in Ukraine within 100 days.\n\nFor comparison: the 20-point framework of December keeps the army at 800,000 in peacetime (point 4).\n",
			want: []Provision{{Plan: "US 28-point draft", Number: 6, Text: "600,000"}, {Plan: "US 28-point draft", Number: 21, Text: "Crimea"}, {Plan: "US 28-point draft", Number: 25, Text: "100 days"}, {Plan: "20-point framework", Number: 4, Text: "800,000"}}},
	})
}

// TestLongItemsOfOtherListsAsProse checks that an item of two sentences or
// more, in a list that is not the plan's (a reply letter's numbered
// paragraphs), is read as prose (proseItems): its "(п. 17)" point was lost
// when the terms vocabulary did not know the point's words. Negatives: a
// one-sentence bullet that only names points, and a council agenda's
// item of two sentences naming its own "Point 3 of the agenda".
func TestLongItemsOfOtherListsAsProse(t *testing.T) {
	checkFresh(t, []freshCase{
		{name: "russian reply letter",
			doc:  "# Ответ на обращение\n\nУважаемая Галина Петровна! Сообщаю следующее.\n\n1. Официальный текст плана не публиковался. По данным СМИ, американский проект состоит из 28 пунктов. США и Россия продлят действие договоров о контроле над ядерным оружием, включая СНВ (п. 17).\n\n2. Ваше обращение направлено в министерство иностранных дел.\n",
			want: []Provision{{Plan: "US 28-point draft", Number: 17, Text: "СНВ"}},
			not:  []string{"направлено"}},
		{name: "english reply letter",
			doc:  "# Reply to your enquiry\n\nDear Mr Hall, thank you for your letter. I reply to your questions in turn.\n\n1. No official text has been published. According to press reports, the American draft has 28 points. A joint commission of historians would review the school textbooks of both countries (point 20).\n\n2. Your letter has been passed on to the Foreign Office.\n",
			want: []Provision{{Plan: "US 28-point draft", Number: 20, Text: "school textbooks"}},
			not:  []string{"Foreign Office"}},
		{name: "spanish reply",
			doc:  "# Respuesta a la consulta ciudadana\n\nRespondemos a continuación a sus preguntas.\n\n1. El texto oficial no se ha publicado. Según la prensa, el borrador estadounidense de 28 puntos prevé que una comisión conjunta de historiadores revise los libros de texto escolares de ambos países (punto 20).\n\n2. Su consulta se ha remitido al Ministerio de Asuntos Exteriores.\n",
			want: []Provision{{Plan: "US 28-point draft", Number: 20, Text: "libros de texto"}},
			not:  []string{"remitido"}},
		{name: "points named, nothing said; an agenda",
			doc: "# Mar-a-Lago talks: what we know\n\nWhat remains open after the meeting:\n\n* Washington and Kyiv disagree on the territorial clause (point 14) and the Zaporizhzhia plant (point 12)\n* The next round is due in January.\n\nAgenda of the council meeting:\n\n1. The minutes of the last meeting were approved. Point 3 of the agenda was postponed to January.\n2. Any other business.\n",
			not: []string{"disagree", "minutes", "agenda", "business"}},
	})
}
