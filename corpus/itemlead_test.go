package corpus

import "testing"

// TestItemLeadLabels checks the speaker labels printed after a lead: a
// timeline's date or hour, a chat author's name and time, a script's or a
// push alert's marker (itemlead.go), and a list label's title aside.
func TestItemLeadLabels(t *testing.T) {
	tests := []struct {
		name string
		body string
		want []stmt
	}{
		{"Russian timeline: a bold date before the name, a channel or a topic after it",
			"Хроника заявлений:\n\n- **26.01**, Ушаков: без решения территориального вопроса урегулирования не будет.\n- **02.02**, Дмитриев в своём канале: диалог с американцами продвигается.\n- **03.02**, Лавров о СНВ: Россия будет исходить из интересов собственной безопасности.\n",
			[]stmt{{"Yuri Ushakov", "", true, "без решения территориального"}, {"Kirill Dmitriev", "", true, "диалог с американцами"}, {"Sergei Lavrov", "", true, "Россия будет исходить"}}},
		{"English timeline: a date, a clock time with a dash",
			"Timeline:\n\n- 29 Jan, Trump: Putin agreed not to strike Kyiv for a week.\n- 14:02 — Macron (Élysée): Europe must be at the table.\n",
			[]stmt{{"Donald Trump", "", true, "Putin agreed not to strike"}, {"Emmanuel Macron", "", true, "Europe must be at the table"}}},
		{"Russian chat export: the post's author and time before the name",
			"Лента:\n\n- **Артём Гребнев** 14:50 — Зеленский в вечернем обращении: Украина не выйдет из Донбасса.\n",
			[]stmt{{"Volodymyr Zelensky", "", true, "Украина не выйдет"}}},
		{"Ukrainian and Russian list labels with a title aside",
			"Тези:\n\n- Ушаков, помічник Путіна: тимчасове припинення вогню лише затягне конфлікт.\n- **24.01**, Умеров, секретарь СНБО: обсуждались параметры окончания войны.\n",
			[]stmt{{"Yuri Ushakov", "помічник Путіна", true, "тимчасове припинення"}, {"Rustem Umerov", "секретарь СНБО", true, "обсуждались параметры"}}},
		{"French list: a quotation whose sentence goes on stays whole",
			"Fiche :\n\n- **Marco Rubio**, Genève : « énormément de progrès » ont été faits.\n",
			[]stmt{{"Marco Rubio", "", true, "« énormément de progrès » ont été faits"}}},
		{"Italian script and Dutch push alert: a marker label before the name",
			"Voci: NARRATORE, LETTURA.\n\nLETTURA: Donald Trump: non è la mia offerta finale.\n\n**ma 15 dec, 16:05 — PUSH:** Merz: Voor het eerst echte kans op vredesproces\n",
			[]stmt{{"Donald Trump", "", true, "non è la mia offerta finale"}, {"Friedrich Merz", "", true, "Voor het eerst echte kans"}}},
		{"negatives: a note, an update and the weather after a date; a lead with no capital after it",
			"Notes:\n\n- **24.01**, Note: the pause ends on Sunday.\n- 14:02 — Update: the talks resumed after lunch.\n- 29 Jan, Weather: snow in Kyiv all day.\n- 600,000 troops, says the draft: a cap for the army.\n",
			nil},
		{"negatives: a person named as a topic after a subject field, a feed record's fields",
			"Subject: Trump: what we know about the plan so far.\n\nITEM 2 title: Zelensky: a very difficult choice source: Meridian Post pubDate: Fri, 21 Nov 2025\n",
			nil},
	}
	runStatementTable(t, tests)
}

// TestStripItemLead checks which leads are removed before an item's
// speaker label.
func TestStripItemLead(t *testing.T) {
	tests := []struct{ in, want string }{
		{"**24.01**, Песков: пауза продлится.", "Песков: пауза продлится."},
		{"29 Jan, Trump: Putin agreed.", "Trump: Putin agreed."},
		{"2 февраля — Зеленский: Россия использовала паузу.", "Зеленский: Россия использовала паузу."},
		{"**Артём Гребнев** 14:50 — Зеленский в обращении: …", "Зеленский в обращении: …"},
		{"600,000 troops, says the draft: a cap.", "600,000 troops, says the draft: a cap."},
		{"Zelensky, 22 nov.: text.", "Zelensky, 22 nov.: text."},
		{"Point 5, «Geneva» version, Rubio: text.", "Point 5, «Geneva» version, Rubio: text."},
		{"No colon here, 24.01, at all.", "No colon here, 24.01, at all."},
	}
	for _, tt := range tests {
		if got := stripItemLead(tt.in); got != tt.want {
			t.Errorf("stripItemLead(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}
