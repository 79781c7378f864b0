package corpus

import "testing"

// TestPointerSentence checks that a short sentence saying only where the
// words before it stand ("That clause is in point 14.") gives its number
// to the sentence before it instead of becoming the point's text.
func TestPointerSentence(t *testing.T) {
	checkFresh(t, []freshCase{
		{name: "english", doc: "---\nlang: en\npublished: 2025-11-26\n---\n\n# Reading the US draft\n\nThe US draft also says that sanctions on Russia would be lifted in stages over several years. That clause is in point 14.\n",
			want: []Provision{{Plan: "US 28-point draft", Number: 14, Text: "lifted in stages"}},
			not:  []string{"That clause is in point 14"}},
		{name: "german", doc: "---\nlang: de\npublished: 2025-11-26\n---\n\n# Was der US-Entwurf sagt\n\nDer US-Entwurf sieht außerdem vor, dass die Sanktionen gegen Russland über mehrere Jahre schrittweise aufgehoben werden. Diese Regelung steht in Punkt 14.\n",
			want: []Provision{{Plan: "US 28-point draft", Number: 14, Text: "schrittweise aufgehoben"}},
			not:  []string{"Diese Regelung steht in Punkt 14"}},
		{name: "swedish", doc: "---\nlang: sv\npublished: 2025-11-26\n---\n\n# Vad USA:s utkast säger\n\nUSA:s fredsplan säger också att sanktionerna mot Ryssland ska hävas stegvis under flera år. Den formuleringen står i punkt 14.\n",
			want: []Provision{{Plan: "US 28-point draft", Number: 14, Text: "hävas stegvis"}},
			not:  []string{"Den formuleringen står i punkt 14"}},
	})
}

// TestSpeechQuotePoint checks that a spoken quotation in a sentence that
// also names a point and says what it does outside the quotation is the
// speaker's view: the point's text is the unquoted clause.
func TestSpeechQuotePoint(t *testing.T) {
	checkFresh(t, []freshCase{
		{name: "italian", doc: "---\nlang: it\npublished: 2025-11-26\n---\n\n# Il Senato discute il piano americano\n\nHa parlato per primo il senatore Marco Ferri. «Questo testo è una resa mascherata», ha detto, ricordando che il punto 7 del piano americano vieterebbe per sempre all'Ucraina di entrare nella NATO.\n",
			want: []Provision{{Plan: "US 28-point draft", Number: 7, Text: "vieterebbe per sempre all'Ucraina"}},
			not:  []string{"resa mascherata"}},
		{name: "english", doc: "---\nlang: en\npublished: 2025-11-26\n---\n\n# Senators argue over the US plan\n\nSenator Ruth Calder spoke first. “This text is a surrender in disguise,” she said, recalling how point 7 of the US plan would bar Ukraine from joining NATO for good.\n",
			want: []Provision{{Plan: "US 28-point draft", Number: 7, Text: "bar Ukraine from joining NATO"}},
			not:  []string{"surrender in disguise"}},
	})
}

// TestNumberedVersionAfterTurn checks that a version one speaker names in
// passing does not become the version of the bare point numbers the next
// speakers cite: they go on with the version whose point was named by
// number.
func TestNumberedVersionAfterTurn(t *testing.T) {
	checkFresh(t, []freshCase{
		{name: "italian", doc: "---\nlang: it\npublished: 2025-11-26\n---\n\n# Piano per l'Ucraina, confronto in Senato\n\nI senatori hanno discusso il piano di pace americano e le modifiche europee.\n\nHa aperto il senatore Marco Ferri. «Questo testo è una resa mascherata», ha detto, ricordando che il punto 7 del testo di Washington vieterebbe per sempre all'Ucraina di entrare nella NATO. Per Ferri la controproposta europea «è il punto di partenza giusto».\n\nGli ha risposto la senatrice Anna Galli. Galli ha poi citato il punto 14, che prevede di usare i beni russi congelati per la ricostruzione: «Almeno questo è sensato», ha aggiunto.\n",
			want: []Provision{{Plan: "US 28-point draft", Number: 14, Text: "beni russi congelati"}}},
		{name: "spanish", doc: "---\nlang: es\npublished: 2025-11-26\n---\n\n# Plan para Ucrania, choque en el Senado\n\nLos senadores debatieron el plan de paz estadounidense y los cambios europeos.\n\nAbrió el debate la senadora Ana Ruiz. «Este texto es una rendición disfrazada», dijo, recordando que el punto 7 del texto de la Casa Blanca prohibiría para siempre a Ucrania entrar en la OTAN. Para Ruiz la contrapropuesta europea «es el punto de partida correcto».\n\nLe respondió el senador Luis Prieto. Prieto citó después el punto 14, que prevé usar los activos rusos congelados para la reconstrucción: «Al menos eso es sensato», añadió.\n",
			want: []Provision{{Plan: "US 28-point draft", Number: 14, Text: "activos rusos congelados"}}},
	})
}

// TestSpokenDashList checks that a quotation printed as a dashed line and
// closing on its speaker, after a paragraph on the plan's points, is
// someone's words and not a point of the plan.
func TestSpokenDashList(t *testing.T) {
	checkFresh(t, []freshCase{
		{name: "swedish", doc: "---\nlang: sv\npublished: 2025-11-26\n---\n\n# USA:s fredsplan punkt för punkt\n\nI punkt 7 står att Ukraina aldrig ska gå med i Nato.\n\n– Det är en kapitulation i diplomatisk kostym, säger Karin Lund, lektor vid Lunds universitet.\n",
			not: []string{"kapitulation i diplomatisk kostym"}},
		{name: "english", doc: "---\nlang: en\npublished: 2025-11-26\n---\n\n# The US peace plan, point by point\n\nPoint 7 says that Ukraine will never join NATO.\n\n– This is a surrender in a diplomat's suit, says Karen Lund, a lecturer at Leeds.\n",
			not: []string{"surrender in a diplomat's suit"}},
		{name: "french", doc: "---\nlang: fr\npublished: 2025-11-26\n---\n\n# Le plan américain point par point\n\nLe point 7 prévoit que l'Ukraine n'adhérera jamais à l'OTAN.\n\n– C'est une capitulation en costume de diplomate, estime Claire Lenoir, chercheuse à Lyon.\n",
			not: []string{"capitulation en costume"}},
	})
}

// TestDashCommentPoint checks that a quoted comment closing a sentence
// after a dash is the speaker's view of the point the sentence names, not
// the point's text.
func TestDashCommentPoint(t *testing.T) {
	checkFresh(t, []freshCase{
		{name: "romanian", doc: "---\nlang: ro\npublished: 2025-11-26\n---\n\n# Invitații despre planul american\n\nFostul ministru Dan Ionescu a vorbit despre planul american. El a amintit că punctul 12 al planului american prevedea un fond comun pentru reconstrucția Ucrainei – „o idee care ne interesează direct”.\n",
			want: []Provision{{Plan: "US 28-point draft", Number: 12, Text: "un fond comun pentru reconstrucția"}},
			not:  []string{"o idee care ne interesează"}},
		{name: "spanish", doc: "---\nlang: es\npublished: 2025-11-26\n---\n\n# Los invitados sobre el plan estadounidense\n\nEl exministro Darío Negro habló del plan estadounidense. Recordó que el punto 12 del plan estadounidense preveía un fondo común para reconstruir Ucrania – «una idea que nos afecta de cerca».\n",
			want: []Provision{{Plan: "US 28-point draft", Number: 12, Text: "un fondo común para reconstruir"}},
			not:  []string{"una idea que nos afecta"}},
	})
}

// TestAuthorsVersion checks that a term whose sentence has a version's
// authors as its subject is that version's, in a paragraph on the other
// version's points.
func TestAuthorsVersion(t *testing.T) {
	checkFresh(t, []freshCase{
		{name: "russian", doc: "---\nlang: ru\npublished: 2025-11-26\n---\n\nМОСКВА, 27 ноя. Пятый пункт американского текста требует от Украины сократить армию, а шестой — запрещает ей иметь дальнобойные ракеты. Однако европейцы в своём варианте предлагают отложить вопрос о ракетах до мирной конференции. Эксперты пока спорят.\n",
			want: []Provision{{Plan: "European counter-proposal", Text: "отложить вопрос о ракетах"}}},
		{name: "ukrainian", doc: "---\nlang: uk\npublished: 2025-11-26\n---\n\nКИЇВ, 27 листопада. П'ятий пункт американського тексту вимагає від України скоротити армію, а шостий — забороняє їй мати далекобійні ракети. Однак європейці у своєму варіанті пропонують відкласти питання про ракети до мирної конференції. Експерти поки сперечаються.\n",
			want: []Provision{{Plan: "European counter-proposal", Text: "відкласти питання про ракети"}}},
	})
}
