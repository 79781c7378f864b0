package corpus

import "testing"

// TestPersonSubjectNoTerm checks that a sentence whose subject is a known
// person speaking, offering or promising gives no provision, in several
// languages, while a version's own subject and a person named inside a
// term still give the point.
func TestPersonSubjectNoTerm(t *testing.T) {
	const us, fw = "US 28-point draft", "20-point framework"
	checkFresh(t, []freshCase{
		{name: "en spoke of", doc: "# Background\n\nThe talks went on through December on the 28-point plan.\n\nOn 6 January in Paris, President Macron spoke of \"robust\" security guarantees for the day after a ceasefire.\n",
			not: []string{"spoke of"}},
		{name: "es habló de", doc: "# Argumentario\n\nEl plan de 28 puntos sigue en discusión.\n\nEmmanuel Macron habló de garantías «robustas».\n",
			not: []string{"habló de"}},
		{name: "de verspricht", doc: "# Feature\n\nDer 20-Punkte-Plan liegt auf dem Tisch.\n\nEmmanuel Macron verspricht robuste Garantien.\n",
			not: []string{"verspricht"}},
		{name: "en offered", doc: "# Wall text\n\nThe US draft had 28 points.\n\nAt the Berlin talks Volodymyr Zelensky offered to give up the bid for NATO membership in return for Western security guarantees.\n",
			not: []string{"offered"}},
		{name: "pl zaproponował", doc: "# Kronika\n\nPlan pokojowy z 20 punktów omawiano w grudniu.\n\nZełenski zaproponował w Berlinie, że Ukraina może zrezygnować z dążenia do NATO w zamian za wiążące gwarancje.\n",
			not: []string{"zaproponował"}},
		{name: "ru пообещал", doc: "# Хроника\n\nПлан из 28 пунктов обсуждали в ноябре.\n\nМакрон пообещал Украине надежные гарантии безопасности.\n",
			not: []string{"пообещал"}},
		// negatives: the plan is the subject, or the person is inside the term
		{name: "en plan promises", doc: "# What to know\n\nThe 28-point plan was leaked in November.\n\nThe plan promises Ukraine reliable security guarantees.\n",
			want: []Provision{{Plan: us, Text: "security guarantees"}}},
		{name: "en point names person", doc: "# The framework\n\nKyiv published its 20-point framework.\n\nUnder point 19, a Peace Council chaired by Donald Trump would oversee the deal.\n",
			want: []Provision{{Plan: fw, Number: 19, Text: "Peace Council"}}},
		{name: "de version named", doc: "# Analyse\n\nDer Streit geht weiter.\n\nSelenskyj sagte, der 20-Punkte-Plan sehe Garantien nach dem Muster von Artikel 5 vor.\n",
			want: []Provision{{Plan: fw, Number: 5, Text: "Artikel 5"}}},
	})
}
