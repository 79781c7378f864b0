package corpus

import "testing"

// TestSelectionTrailingLabels is a battery of invented selection lists:
// a list numbering its own items 1, 2, 3 … while each item closes on the
// plan's point in brackets ("2. … (point 5)."). Each such item is that
// point, with its own words, whether or not they are the terms'
// vocabulary; negatives (a bracket that is no label, an item citing two
// points, a plan's own list whose labels repeat its numbers, a numbered
// list of who said what) must not change.
func TestSelectionTrailingLabels(t *testing.T) {
	const us, fw = "US 28-point draft", "20-point framework"
	checkFresh(t, []freshCase{
		{name: "en kids list", doc: "# Peace plan explained\n\nHere are four ideas from the 20-point plan:\n\n1. Friendly countries promise to stand by the country if it is hit again (point 5).\n2. Everybody goes home from the camps on both sides (point 17).\n3. The guns go quiet once all sides say yes (point 20).\n4. A big fund pays to fix homes and roads (point 9).\n",
			want: []Provision{{Plan: fw, Number: 5, Text: "stand by the country"}, {Plan: fw, Number: 17, Text: "goes home from the camps"}, {Plan: fw, Number: 20, Text: "guns go quiet"}}},
		{name: "de Auswahl", doc: "# Der Plan kurz erklärt\n\nDrei Dinge aus dem 28-Punkte-Plan:\n\n1. Alle Seiten dürfen nicht mehr bestraft werden (Punkt 26).\n2. Ein Rat unter dem Präsidenten wacht über alles (Punkt 27).\n3. Die Flugzeuge aus Europa stehen in Polen (Punkt 9).\n",
			want: []Provision{{Plan: us, Number: 26, Text: "nicht mehr bestraft"}, {Plan: us, Number: 27, Text: "Rat unter dem Präsidenten"}}},
		{name: "it selezione", doc: "# Il piano in breve\n\nEcco tre idee del piano in 20 punti:\n\n1. Gli amici dell'Ucraina la proteggono se torna la guerra (punto 5).\n2. Tutti tornano a casa dai campi, da una parte e dall'altra (punto 17).\n3. Le armi tacciono appena tutti dicono di sì (punto 20).\n",
			want: []Provision{{Plan: fw, Number: 5, Text: "la proteggono"}, {Plan: fw, Number: 17, Text: "tornano a casa"}, {Plan: fw, Number: 20, Text: "armi tacciono"}}},
		{name: "ru подборка", doc: "# План коротко\n\nТри пункта плана из 20 пунктов:\n\n1. Друзья Украины встанут рядом, если удар повторится (пункт 5).\n2. Все вернутся домой из лагерей с обеих сторон (пункт 17).\n3. Оружие замолчит, как только все скажут «да» (пункт 20).\n",
			want: []Provision{{Plan: fw, Number: 5, Text: "встанут рядом"}, {Plan: fw, Number: 17, Text: "вернутся домой"}, {Plan: fw, Number: 20, Text: "Оружие замолчит"}}},
		{name: "uk добірка п.", doc: "# План коротко\n\nТри речі з плану з 20 пунктів:\n\n1. Друзі України стануть поруч, якщо удар повториться (п. 5).\n2. Усі повернуться додому з таборів з обох боків (п. 17).\n3. Зброя замовкне, щойно всі скажуть «так» (п. 20).\n",
			want: []Provision{{Plan: fw, Number: 5, Text: "стануть поруч"}, {Plan: fw, Number: 17, Text: "повернуться додому"}, {Plan: fw, Number: 20, Text: "Зброя замовкне"}}},
		{name: "es selección", doc: "# El plan, en breve\n\nTres ideas del plan de 20 puntos:\n\n1. Los amigos de Ucrania la cuidan si vuelve el ataque (punto 5).\n2. Todos vuelven a casa desde los campos de ambos lados (punto 17).\n3. Las armas callan en cuanto todos dicen que sí (punto 20).\n",
			want: []Provision{{Plan: fw, Number: 5, Text: "la cuidan"}, {Plan: fw, Number: 17, Text: "vuelven a casa"}, {Plan: fw, Number: 20, Text: "armas callan"}}},
		// negatives
		{name: "en see-point brackets are no label", doc: "# Peace plan explained\n\nHere are three ideas from the 20-point plan:\n\n1. Friendly countries promise to stand by the country (see point 5).\n2. Everybody goes home from the camps (as in point 17).\n3. The guns go quiet once all sides say yes (compare point 20).\n",
			not: []string{"stand by the country", "goes home from the camps", "guns go quiet"}},
		{name: "de two labels in one item stay prose", doc: "# Der Plan kurz erklärt\n\nDrei Dinge aus dem 20-Punkte-Plan:\n\n1. Die Freunde stehen bereit (Punkt 5), und alle kehren heim (Punkt 17).\n2. Die Waffen schweigen bald (Punkt 20).\n3. Ein Fonds zahlt für die Straßen (Punkt 9).\n",
			not: []string{"Die Freunde stehen bereit (Punkt 5), und"}},
		{name: "it own numbers agree", doc: "# Il testo\n\nEcco il piano in 20 punti:\n\n5. Gli amici dell'Ucraina la proteggono (punto 5).\n6. Tutti tornano a casa (punto 6).\n7. Le armi tacciono (punto 7).\n",
			want: []Provision{{Plan: fw, Number: 5, Text: "la proteggono"}, {Plan: fw, Number: 6, Text: "tornano a casa"}}},
		{name: "ru numbered digest of speech", doc: "# Обзор\n\nЧто говорили о плане из 20 пунктов:\n\n1. Песков заявил, что Москва изучает план (пункт 5).\n2. Рубио сказал, что встреча была продуктивной (пункт 17).\n3. Ушаков заявил, что вопрос земли открыт (пункт 14).\n",
			not: []string{"Москва изучает план", "встреча была продуктивной", "вопрос земли открыт"}},
		{name: "en numbered digest of speech", doc: "# Digest\n\nWhat they said about the 20-point plan:\n\n1. Rubio said the meeting went well (point 5).\n2. Peskov said Moscow is still studying it (point 17).\n3. Merz said the guarantees were solid (point 14).\n",
			not: []string{"meeting went well", "still studying it", "guarantees were solid"}},
	})
}
