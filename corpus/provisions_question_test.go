package corpus

import "testing"

// TestQuestionPoints checks that an interviewer's question naming a
// numbered point and stating the term the catalogue numbers there is that
// point's provision, in English, Spanish, German and Russian (a labelled
// turn in capitals too), and that a question naming only the point's
// topic, or a term the catalogue numbers elsewhere, gives none.
func TestQuestionPoints(t *testing.T) {
	checkFresh(t, []freshCase{
		{name: "english labelled turn in capitals", doc: "# Talking to a retired general\n\n**Jane Holloway:** Good morning, General. Thank you for coming in.\n\n**Piet Vandersloot:** Good morning.\n\n**Jane Holloway:** What about the Full Amnesty of Point 26 in the US Draft?\n\n**Piet Vandersloot:** Many families find it hard to accept.\n",
			want: []Provision{{Plan: "US 28-point draft", Number: 26, Text: "Full Amnesty"}}},
		{name: "spanish", doc: "# Entrevista con una diplomática\n\n**PREGUNTA:** ¿Y las elecciones en un plazo de 100 días que fija el punto 25 del plan estadounidense?\n\n**RESPUESTA:** Sin un alto el fuego no hay campaña posible.\n",
			want: []Provision{{Plan: "US 28-point draft", Number: 25, Text: "elecciones en un plazo de 100 días"}}},
		{name: "german", doc: "# Gespräch mit einem Abgeordneten\n\n**Frage:** Und was ist mit dem Atomkraftwerk Saporischschja unter Aufsicht der IAEA in Punkt 19 des US-Plans?\n\n**Antwort:** Darüber müssen die Techniker reden.\n",
			want: []Provision{{Plan: "US 28-point draft", Number: 19, Text: "Saporischschja unter Aufsicht der IAEA"}}},
		{name: "russian ordinal", doc: "# Интервью с экспертом\n\n**Вопрос:** А двадцать шестой пункт американского плана, про полную амнистию для всех сторон?\n\n**Ответ:** Это самый спорный пункт.\n",
			want: []Provision{{Plan: "US 28-point draft", Number: 26, Text: "амнистию"}}},
		{name: "topic only", doc: "# Entretien avec une chercheuse\n\n**Question :** Le point 7 du plan américain, sur l'OTAN, est-il négociable ?\n\n**Réponse :** Tout se négocie.\n",
			not: []string{"négociable"}},
		{name: "term numbered elsewhere", doc: "# Talking to a retired general\n\n**Q:** Can point 4 of the US plan and the amnesty for all sides both stand?\n\n**A:** Perhaps.\n",
			not: []string{"both stand"}},
	})
}

// TestSamePointOtherVersion checks that a sentence naming another
// version's point under the same number right after a version's point is
// read, not taken for a comment on the point just given, in English,
// German and Spanish.
func TestSamePointOtherVersion(t *testing.T) {
	checkFresh(t, []freshCase{
		{name: "english", doc: "# Two drafts side by side\n\n**Money.** Point 14 of the US plan sends $100bn of frozen Russian assets to rebuilding led by Washington. Europe's point 14 scraps the profit share and keeps the assets frozen until Russia pays for the damage.\n",
			want: []Provision{{Plan: "European counter-proposal", Number: 14, Text: "frozen until Russia pays"}}},
		{name: "german", doc: "# Zwei Entwürfe\n\nPunkt 14 des US-Plans leitet 100 Milliarden Dollar eingefrorener russischer Vermögen in einen Wiederaufbau unter US-Führung. Punkt 14 des europäischen Gegenvorschlags streicht die Gewinnbeteiligung und lässt die Vermögen eingefroren, bis Russland für die Schäden zahlt.\n",
			want: []Provision{{Plan: "European counter-proposal", Number: 14, Text: "bis Russland für die Schäden zahlt"}}},
		{name: "spanish", doc: "# Dos borradores\n\nEl punto 14 del plan estadounidense destina 100.000 millones de dólares de activos rusos congelados a una reconstrucción dirigida por Washington. El punto 14 de la contrapropuesta europea elimina el reparto de beneficios y mantiene los activos congelados hasta que Rusia pague los daños.\n",
			want: []Provision{{Plan: "European counter-proposal", Number: 14, Text: "hasta que Rusia pague"}}},
	})
}

// TestAskedAboutPoint checks that a sentence naming a point only as the
// subject of questions asked gives no provision, in three languages, while
// one that states the point's term there still does.
func TestAskedAboutPoint(t *testing.T) {
	checkFresh(t, []freshCase{
		{name: "english", doc: "# Defence ministry silent\n\nThe US 28-point plan reached Warsaw on Friday.\n\nThe defence ministry has not answered our questions about point 9 since Friday morning.\n",
			not: []string{"has not answered"}},
		{name: "polish", doc: "# Milczenie resortu\n\nAmerykański plan z 28 punktów dotarł w piątek do Warszawy.\n\nResort obrony od piątku zbywa milczeniem pytania dotyczące punktu 9 i nie podaje terminu odpowiedzi.\n",
			not: []string{"zbywa milczeniem"}},
		{name: "german", doc: "# Ministerium schweigt\n\nDer amerikanische 28-Punkte-Plan liegt seit Freitag in Warschau vor.\n\nDas Ministerium ließ unsere Fragen zu Punkt 9 bis zum Abend unbeantwortet liegen.\n",
			not: []string{"unbeantwortet"}},
		{name: "term stated", doc: "# Defence ministry silent\n\nThe US 28-point plan reached Warsaw on Friday.\n\nWe sent questions about point 9, under which European fighter jets would be stationed in Poland.\n",
			want: []Provision{{Plan: "US 28-point draft", Number: 9, Text: "fighter jets would be stationed in Poland"}}},
	})
}
