package corpus

import (
	"strings"
	"testing"
)

// freshCase is a document in a format the extraction was not first tuned
// on: the provisions it must give (plan, number, a fragment of the text)
// and fragments no provision may hold.
type freshCase struct {
	name, doc string
	want      []Provision // Plan, Number, Text: a fragment of the provision's text
	not       []string    // fragments no provision may contain
}

// talksHead is the front matter and a "# Peace talks" headline that the
// provision probes put over their body in lang.
func talksHead(lang string) string { return langDoc(lang, "# Peace talks\n\n") }

// checkFresh parses each case and compares its provisions.
func checkFresh(t *testing.T, tests []freshCase) {
	t.Helper()
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			d, err := Parse([]byte(tt.doc), ParseOptions{Now: fixedNow})
			if err != nil {
				t.Fatal(err)
			}
			for _, w := range tt.want {
				found := false
				for _, p := range d.Provisions {
					if p.Plan == w.Plan && p.Number == w.Number && strings.Contains(p.Text, w.Text) {
						found = true
						break
					}
				}
				if !found {
					t.Errorf("missing %s #%d %q in %+v", w.Plan, w.Number, w.Text, d.Provisions)
				}
			}
			for _, n := range tt.not {
				for _, p := range d.Provisions {
					if strings.Contains(p.Text, n) {
						t.Errorf("unwanted provision %s #%d %q", p.Plan, p.Number, p.Text)
					}
				}
			}
		})
	}
}

// TestProvisionVersionBySection checks that a point takes the version its
// section or document is about, not one the section before named in
// passing.
func TestProvisionVersionBySection(t *testing.T) {
	checkFresh(t, []freshCase{
		{name: "english explainer", doc: "# What the US draft says\n\nThe European counter-proposal takes a different line on land.\n\n## Army\n\nUnder point 6, Ukraine's armed forces would be capped at 600,000 personnel.\n",
			want: []Provision{{Plan: "US 28-point draft", Number: 6, Text: "capped at 600,000"}}},
		{name: "italian explainer", doc: "# Cosa prevede il piano in 28 punti\n\nLa controproposta europea parte da un'altra linea.\n\n## Esercito\n\nIl punto 6 limita l'esercito ucraino a 600 mila uomini.\n",
			want: []Provision{{Plan: "US 28-point draft", Number: 6, Text: "600 mila"}}},
		{name: "europe's version", doc: "# What the US draft says\n\nUnder point 6, the army would be capped at 600,000.\n\nEurope's version lifts the ceiling to 800,000 in peacetime.\n",
			want: []Provision{{Plan: "European counter-proposal", Text: "lifts the ceiling to 800,000"}}},
		{name: "europe’s draft", doc: "# What the US draft says\n\nUnder point 6, the army would be capped at 600,000.\n\nEurope’s draft limits the army to 800,000 in peacetime.\n",
			want: []Provision{{Plan: "European counter-proposal", Text: "limits the army to 800,000"}}},
	})
}

// TestProvisionPointLabels checks points whose number is in a label the
// list marker does not give: a bullet or bold "Point 3:" label in any
// language, or a numbered item quoted in a forum post's block quote.
func TestProvisionPointLabels(t *testing.T) {
	checkFresh(t, []freshCase{
		{name: "bold labels in bullets", doc: "Clauses of the 28-point draft to watch:\n\n- **Point 3:** Russia would not invade its neighbours.\n- **Point 12:** Ukraine would get a reconstruction package.\n",
			want: []Provision{{Plan: "US 28-point draft", Number: 3, Text: "Russia would not invade"}, {Plan: "US 28-point draft", Number: 12, Text: "Ukraine would get"}},
			not:  []string{"Point 3:", "Point 12:"}},
		{name: "german and russian labels", doc: "Der 28-Punkte-Plan sieht unter anderem vor:\n\n- Punkt 3: Russland wird seine Nachbarn nicht angreifen.\n- Пункт 5: Украина получит надежные гарантии.\n",
			want: []Provision{{Plan: "US 28-point draft", Number: 3, Text: "Russland wird"}, {Plan: "US 28-point draft", Number: 5, Text: "Украина получит"}},
			not:  []string{"Punkt 3:", "Пункт 5:"}},
		{name: "bold label paragraphs", doc: "Der 28-Punkte-Plan im Wortlaut.\n\n**Punkt 3:** Russland wird seine Nachbarn nicht angreifen.\n\n**Point 4:** A dialogue between Russia and Nato will be held.\n",
			want: []Provision{{Plan: "US 28-point draft", Number: 3, Text: "Russland wird"}, {Plan: "US 28-point draft", Number: 4, Text: "A dialogue"}}},
		{name: "block-quoted points in a forum post", doc: "# Megathread: the leaked 28-point plan\n\nText below is as circulated on Thursday.\n\n> 15. A joint working group on security will be set up.\n\n> 16. Russia will enshrine in law its policy of non-aggression.\n\nPoint 16 is doing a lot of work for one sentence.\n",
			want: []Provision{{Plan: "US 28-point draft", Number: 15, Text: "A joint working group"}, {Plan: "US 28-point draft", Number: 16, Text: "Russia will enshrine"}}},
		{name: "block-quoted points in italian", doc: "# Il piano in 28 punti, discussione\n\n> 11. L'Ucraina potrà aderire all'Unione europea.\n> 12. Sarà istituito un fondo per la ricostruzione.\n",
			want: []Provision{{Plan: "US 28-point draft", Number: 11, Text: "L'Ucraina potrà"}, {Plan: "US 28-point draft", Number: 12, Text: "Sarà istituito"}}},
	})
}

// TestProvisionEmbedSignatures checks that the signature line of an
// embedded post, a dashed line once its block quote is read, is no point.
func TestProvisionEmbedSignatures(t *testing.T) {
	checkFresh(t, []freshCase{
		{name: "english", doc: "The 28-point plan, full text.\n\n21. Crimea will be recognised as Russian.\n\n> Before we start, we should know who wrote it.\n> — Donald Tusk (@donaldtusk) November 24, 2025\n\n22. Neither side will change this by force.\n",
			want: []Provision{{Plan: "US 28-point draft", Number: 22, Text: "Neither side"}}, not: []string{"@donaldtusk"}},
		{name: "italian", doc: "Il piano in 28 punti, testo integrale.\n\n26. Amnistia completa per tutti.\n\n> Serve l'Europa al tavolo.\n> – Kaja Kallas (@kajakallas) 20 novembre 2025\n",
			want: []Provision{{Plan: "US 28-point draft", Number: 26, Text: "Amnistia"}}, not: []string{"@kajakallas"}},
	})
}

// TestProvisionNumberedHeadlines checks that a newsletter's or digest's
// numbered story headlines are not points of the plan its stories discuss,
// while a plan's points with notes between them still are.
func TestProvisionNumberedHeadlines(t *testing.T) {
	checkFresh(t, []freshCase{
		{name: "english newsletter", doc: "# Brief: 3 things to know\n\n**1. Talks end without a deal**\n\nThe 28-point plan was discussed for three days.\n\n**2. Trump: Zelensky \"hasn't read it\"**\n\nThe president said so on Sunday.\n\n**3. Refresher: the points still on the table**\n\nHere are the clauses of the 28-point draft to watch:\n\n- **Point 3:** Russia would not invade its neighbours.\n",
			want: []Provision{{Plan: "US 28-point draft", Number: 3, Text: "Russia would not invade"}},
			not:  []string{"Trump: Zelensky", "Refresher", "Talks end"}},
		{name: "ukrainian digest", doc: "# Головне за день\n\n**1. Що відомо про оновлений план**\n\nУ новій редакції мирного плану з 28 пунктів немає обмеження армії.\n\n**2. Дрісколл: «Ми на хорошому шляху»**\n\nМіністр заявив, що переговори просуваються.\n",
			not: []string{"Що відомо", "Дрісколл"}},
		{name: "long headline quotes", doc: "# Головне за день\n\n**1. Пєсков: «Москва уважно вивчить новий текст, перш ніж відповідати»**\n\nУ Кремлі заявили, що мирний план з 28 пунктів ще вивчають.\n\n**2. Rubio: \"We will get this done, and it will be a good deal for everyone\"**\n\nThe secretary of state spoke in Florida.\n",
			not: []string{"Москва уважно", "We will get this done"}},
		{name: "short points with notes between, after a lead-in", doc: "The 28-point plan, with our notes:\n\n1. Sovereignty of Ukraine confirmed\n\n*Note: nobody disputes this.*\n\n2. Non-aggression pact between Russia and Europe\n\n*Note: the pact is new.*\n\n3. Nato not to expand further\n\n*Note: a Russian demand.*\n",
			want: []Provision{{Plan: "US 28-point draft", Number: 1, Text: "Sovereignty"}, {Plan: "US 28-point draft", Number: 2, Text: "Non-aggression"}, {Plan: "US 28-point draft", Number: 3, Text: "Nato not to expand"}}},
		{name: "points with notes between", doc: "The 28-point plan, full text.\n\n21. Crimea will be recognised as Russian\n\n*Note: Kyiv calls this a red line.*\n\n22. Neither side will change this by force\n\n*Note: both sides agree.*\n",
			want: []Provision{{Plan: "US 28-point draft", Number: 21, Text: "Crimea"}, {Plan: "US 28-point draft", Number: 22, Text: "Neither side"}}},
	})
}

// TestProvisionCorrectionNotes checks that an editor's correction note,
// which names points only to say what was wrong, gives no provision.
func TestProvisionCorrectionNotes(t *testing.T) {
	checkFresh(t, []freshCase{
		{name: "wire correction", doc: "The 28-point plan leaked on Thursday.\n\nUnder point 26, all sides would get a full amnesty.\n\n(Corrects paragraph 2 to show the amnesty clause is point 26, not point 25)\n",
			want: []Provision{{Plan: "US 28-point draft", Number: 26, Text: "full amnesty"}}, not: []string{"Corrects"}},
		{name: "amendment line", doc: "The 28-point plan leaked on Thursday.\n\nUnder point 26, all sides would get a full amnesty.\n\n*This article was amended on 25 November: an earlier version wrongly numbered the amnesty clause as point 24.*\n",
			not: []string{"amended"}},
		{name: "italian note", doc: "Il piano in 28 punti è trapelato giovedì.\n\nIl punto 26 prevede un'amnistia completa.\n\n*Rettifica: in una versione precedente l'amnistia era indicata come punto 24.*\n",
			not: []string{"Rettifica"}},
		{name: "correction with a date", doc: "The 28-point plan leaked on Thursday.\n\nCorrection, November 25: An earlier version of this article misattributed the post in point 26 to another official.\n",
			not: []string{"misattributed"}},
	})
}

// TestProvisionIntroducedPoint checks a sentence that introduces a point by
// its number and the next sentence that gives its content: the content
// gets the number, the introduction alone is no provision.
func TestProvisionIntroducedPoint(t *testing.T) {
	checkFresh(t, []freshCase{
		{name: "english complement", doc: "# What the 28-point draft says\n\nThe most contested part of the draft is point 21. It says Crimea will be recognised as de facto Russian.\n",
			want: []Provision{{Plan: "US 28-point draft", Number: 21, Text: "recognised as de facto Russian"}}, not: []string{"most contested"}},
		{name: "english the one", doc: "# What the 28-point draft says\n\nPoint 14 is the one that has angered European capitals most. It would put $100bn of frozen assets into reconstruction projects.\n",
			want: []Provision{{Plan: "US 28-point draft", Number: 14, Text: "$100bn of frozen assets"}}, not: []string{"angered"}},
		{name: "someone's words after the introduction", doc: "# What the 28-point draft says\n\nThe most contested part of the draft is point 21. It would be a capitulation, Zelensky said on Monday.\n",
			not: []string{"capitulation"}},
		{name: "italian with an aside", doc: "# Il piano in 28 punti\n\nQual è il nodo dei territori?\n\nÈ il punto 14, l'unico ancora tra parentesi quadre. Nelle regioni dell'est la linea delle truppe verrebbe riconosciuta come linea di contatto di fatto.\n",
			want: []Provision{{Plan: "US 28-point draft", Number: 14, Text: "verrebbe riconosciuta"}}, not: []string{"parentesi quadre"}},
	})
}

// TestProvisionCommentOnListedPoint checks that a sentence about a point
// the document gives in full in its list is a comment, not another
// provision of that point.
func TestProvisionCommentOnListedPoint(t *testing.T) {
	checkFresh(t, []freshCase{
		{name: "forum comment", doc: "# The leaked 28-point plan, points 15-16\n\n> 15. A joint working group on security will be set up.\n\n> 16. Russia will enshrine in law its policy of non-aggression.\n\nPoint 16 is doing a lot of work for one sentence.\n",
			want: []Provision{{Plan: "US 28-point draft", Number: 16, Text: "Russia will enshrine"}}, not: []string{"a lot of work"}},
		{name: "german remark", doc: "Der 28-Punkte-Plan im Wortlaut.\n\n6. Die Streitkräfte der Ukraine werden auf 600.000 Mann begrenzt.\n\n7. Die Ukraine verzichtet auf den Beitritt zur NATO.\n\nPunkt 6 wurde in Kiew lange diskutiert.\n",
			want: []Provision{{Plan: "US 28-point draft", Number: 6, Text: "600.000"}}, not: []string{"lange diskutiert"}},
	})
}

// TestProvisionDocumentPronoun checks that "Its text says …" speaks of the
// version the sentence before it named, and that an adverb may stand
// between a document and its verb.
func TestProvisionDocumentPronoun(t *testing.T) {
	checkFresh(t, []freshCase{
		{name: "its text", doc: "# What the 28-point draft says\n\nUnder point 21, Crimea would be recognised as Russian.\n\nThe European counter-proposal takes a different line. Its text says territorial talks will start from the line of contact.\n",
			want: []Provision{{Plan: "European counter-proposal", Text: "territorial talks will start"}}},
		{name: "instead", doc: "# What the 28-point draft says\n\nUnder point 14, frozen assets would fund US-led projects.\n\nThe European draft instead says Russian sovereign assets will stay frozen.\n",
			want: []Provision{{Plan: "European counter-proposal", Text: "Russian sovereign assets will stay frozen"}}},
		{name: "however", doc: "# What the 28-point draft says\n\nUnder point 6, the army would be capped at 600,000.\n\nThe counter-proposal however says the army may number 800,000 in peacetime.\n",
			want: []Provision{{Plan: "European counter-proposal", Text: "800,000 in peacetime"}}},
	})
}

// TestProvisionPointsInOneSentence checks points named one after another in
// a sentence, at a bare comma, and a point named before an aside and the
// verb that gives its terms.
func TestProvisionPointsInOneSentence(t *testing.T) {
	checkFresh(t, []freshCase{
		{name: "italian", doc: "# Il piano in 28 punti\n\nIl punto 1 riafferma la sovranità dell'Ucraina, il punto 2 prevede un accordo di non aggressione tra Russia e Ucraina.\n\nIl punto 20, infine, stabilisce che il cessate il fuoco entrerà in vigore subito.\n",
			want: []Provision{{Plan: "US 28-point draft", Number: 1, Text: "riafferma la sovranità"}, {Plan: "US 28-point draft", Number: 2, Text: "accordo di non aggressione"}, {Plan: "US 28-point draft", Number: 20, Text: "il cessate il fuoco entrerà"}}},
		{name: "english", doc: "# What the 28-point plan says\n\nPoint 3 caps the army at 600,000, point 4 bars Ukraine from joining Nato.\n\nPoint 20, finally, provides that the ceasefire starts at once.\n",
			want: []Provision{{Plan: "US 28-point draft", Number: 3, Text: "caps the army"}, {Plan: "US 28-point draft", Number: 4, Text: "bars Ukraine"}, {Plan: "US 28-point draft", Number: 20, Text: "ceasefire starts"}}},
	})
}

// TestProvisionGermanSeparable checks the German "sieht … vor, dass" with
// the document after the verb, and the Konjunktiv sentence that goes on
// with the terms.
func TestProvisionGermanSeparable(t *testing.T) {
	checkFresh(t, []freshCase{
		{name: "inverted after a source", doc: "Berlin (dnp) - Die Gespräche gingen weiter.\n\nNach Angaben aus Delegationskreisen sieht der überarbeitete Entwurf unter anderem vor, dass die Streitkräfte eine Stärke von 800.000 Soldaten behalten können. Eine multinationale Truppe solle beim Wiederaufbau helfen, die USA würden die Waffenruhe überwachen.\n",
			want: []Provision{{Plan: "Geneva framework", Text: "800.000 Soldaten behalten können"}, {Plan: "Geneva framework", Text: "multinationale Truppe solle"}}},
		{name: "demnach", doc: "Der 28-Punkte-Plan wurde am Donnerstag bekannt.\n\nDemnach sieht der Plan vor, dass die Ukraine auf den Nato-Beitritt verzichtet.\n",
			want: []Provision{{Plan: "US 28-point draft", Text: "die Ukraine auf den Nato-Beitritt verzichtet"}}},
	})
}

// TestProvisionWireFrench checks a French wire report: the dashed
// subheadings are no points, "Selon ce document, …" gives a term of the
// version spoken of, and "Elle stipule aussi que …" goes on with it.
func TestProvisionWireFrench(t *testing.T) {
	checkFresh(t, []freshCase{
		{name: "french", doc: "GENÈVE, 23 nov 2025 (ACP) - Les discussions sur le plan en 28 points ont duré toute la journée.\n\n- La contre-proposition européenne -\n\nLes Européens ont fait circuler leur propre version du document.\n\nSelon ce document, l'armée ukrainienne pourrait compter jusqu'à 800.000 soldats en temps de paix.\n\nSur les territoires, la contre-proposition prévoit que les négociations partiront de la ligne de contact. Elle stipule aussi que les avoirs russes resteront gelés.\n\n- « Pas une capitulation » -\n\nMacron a répété que la paix ne pouvait pas être une capitulation.\n",
			want: []Provision{{Plan: "European counter-proposal", Text: "jusqu'à 800.000 soldats"}, {Plan: "European counter-proposal", Text: "les avoirs russes resteront gelés"}},
			not:  []string{"Pas une capitulation", "La contre-proposition européenne -"}},
		{name: "portuguese and german", doc: "A contraproposta europeia foi apresentada em Genebra.\n\nSegundo o documento, o exército ucraniano poderá ter 800 mil soldados.\n\n- Reaktionen aus Moskau -\n\nDer Gegenvorschlag liegt vor. Er sieht vor, dass die Vermögen eingefroren bleiben.\n",
			want: []Provision{{Plan: "European counter-proposal", Text: "800 mil soldados"}, {Plan: "European counter-proposal", Text: "die Vermögen eingefroren bleiben"}},
			not:  []string{"Reaktionen aus Moskau"}},
	})
}

// TestProvisionQuotedPointWording checks a quotation from the document that
// follows a sentence about a point, after an opening word: it is that
// point's wording.
func TestProvisionQuotedPointWording(t *testing.T) {
	checkFresh(t, []freshCase{
		{name: "instead", doc: "The counter-proposal follows the numbering of the 28-point draft.\n\nPoint 7 of the counter-proposal drops the requirement that Ukraine renounce Nato membership. Instead, \"Ukraine's accession to NATO depends on the consensus of NATO members,\" the document says.\n",
			want: []Provision{{Plan: "European counter-proposal", Number: 7, Text: "accession to NATO depends on the consensus"}}},
		{name: "however", doc: "The counter-proposal follows the numbering of the 28-point draft.\n\nPoint 25 of the counter-proposal keeps elections. However, “Ukraine will hold elections as soon as possible after signing,” the text reads.\n",
			want: []Provision{{Plan: "European counter-proposal", Number: 25, Text: "as soon as possible after signing"}}},
	})
}

// TestProvisionLabelOnListedPoint checks that a label naming a point the
// document lists in full opens a comment, not a second provision.
func TestProvisionLabelOnListedPoint(t *testing.T) {
	checkFresh(t, []freshCase{
		{name: "english reply", doc: "# The leaked 28-point plan, points 19-20\n\n> 19. A committee will oversee the exchange.\n\n> 20. Both countries commit to school programmes that promote tolerance.\n\nRe point 20: in the full text it also mentions the Russian language, which the quote above leaves out.\n",
			want: []Provision{{Plan: "US 28-point draft", Number: 20, Text: "school programmes"}}, not: []string{"leaves out"}},
		{name: "polish reply", doc: "# Plan w 28 punktach, punkty 8-9\n\n8. Samoloty NATO nie będą stacjonować na Ukrainie.\n\n9. Europejskie myśliwce będą stacjonować w Polsce.\n\nCo do punktu 9: w pełnym tekście jest też mowa o bazach, czego cytat nie pokazuje.\n",
			want: []Provision{{Plan: "US 28-point draft", Number: 9, Text: "Europejskie myśliwce"}}, not: []string{"cytat nie pokazuje"}},
	})
}

// TestProvisionClauseRelative checks a clause of the plan named by a noun
// and a relative that says what it sets out, with no number.
func TestProvisionClauseRelative(t *testing.T) {
	checkFresh(t, []freshCase{
		{name: "polish", doc: "Amerykański plan, liczący 28 punktów, jest tematem rozmów.\n\nPremier odniósł się do zapisu, według którego europejskie myśliwce mają stacjonować w Polsce.\n\nRutte, pytany o zapis, zgodnie z którym sojusz miałby nie rozszerzać się dalej, odpowiedział krótko.\n",
			want: []Provision{{Plan: "US 28-point draft", Text: "europejskie myśliwce mają stacjonować w Polsce"}, {Plan: "US 28-point draft", Text: "sojusz miałby nie rozszerzać się dalej"}}},
		{name: "italian and english", doc: "Il piano in 28 punti è al centro dei colloqui.\n\nMeloni ha criticato la disposizione, secondo cui le truppe europee non potrebbero entrare in Ucraina.\n\nRutte, asked about the clause, under which Nato would not expand any further, said little.\n",
			want: []Provision{{Plan: "US 28-point draft", Text: "le truppe europee non potrebbero entrare"}, {Plan: "US 28-point draft", Number: 3, Text: "Nato would not expand any further"}}},
	})
}

// TestProvisionAmericanVersion checks the US plan named as "the American
// version" in the languages of the corpus.
func TestProvisionAmericanVersion(t *testing.T) {
	checkFresh(t, []freshCase{
		{name: "french", doc: "Les Européens ont rédigé leur propre texte.\n\nSelon la version américaine, l'armée ukrainienne serait limitée à 600.000 soldats.\n",
			want: []Provision{{Plan: "US 28-point draft", Text: "600.000 soldats"}}},
		{name: "italian", doc: "Gli europei hanno scritto un loro testo.\n\nSecondo la versione americana, l'esercito ucraino sarebbe limitato a 600 mila soldati.\n",
			want: []Provision{{Plan: "US 28-point draft", Text: "600 mila soldati"}}},
	})
}

// TestProvisionRelativeBeforeVerb checks a document whose verb follows a
// short relative clause with no commas.
func TestProvisionRelativeBeforeVerb(t *testing.T) {
	checkFresh(t, []freshCase{
		{name: "would", doc: "Talks went on in Miami.\n\nThe 28-point draft that leaked in November would have required Ukraine to cede the rest of the Donetsk region.\n",
			want: []Provision{{Plan: "US 28-point draft", Text: "cede the rest of the Donetsk region"}}},
		{name: "provides", doc: "Talks went on in Geneva.\n\nThe counter-proposal that the three capitals drafted provides that talks start from the line of contact.\n",
			want: []Provision{{Plan: "European counter-proposal", Text: "talks start from the line of contact"}}},
	})
}

// TestProvisionBracketedPointsAfterARef checks terms each followed by its
// point in brackets in a sentence that also opens on a point reference.
func TestProvisionBracketedPointsAfterARef(t *testing.T) {
	checkFresh(t, []freshCase{
		{name: "italian", doc: "# Il piano in 28 punti\n\nRestano anche lo status non nucleare dell'Ucraina (punto 18) e lo scambio di prigionieri «tutti per tutti» (punto 24).\n",
			want: []Provision{{Plan: "US 28-point draft", Number: 18, Text: "status non nucleare"}, {Plan: "US 28-point draft", Number: 24, Text: "scambio di prigionieri"}}},
		{name: "english", doc: "# What the 28-point plan says\n\nAlso kept are Ukraine's non-nuclear status (point 18) and an all-for-all prisoner exchange (point 24).\n",
			want: []Provision{{Plan: "US 28-point draft", Number: 18, Text: "non-nuclear status"}, {Plan: "US 28-point draft", Number: 24, Text: "prisoner exchange"}}},
	})
}

// TestProvisionViewAfterTerms checks that a sentence in the conditional
// right after the terms is no term when it opens on whose view it gives.
func TestProvisionViewAfterTerms(t *testing.T) {
	checkFresh(t, []freshCase{
		{name: "italian", doc: "# Il piano in 28 punti\n\nIl punto 12 affida la centrale a una gestione congiunta. Secondo Zelensky gli americani hanno proposto una gestione a tre, mentre Kiev preferirebbe una joint venture con i soli Stati Uniti.\n",
			want: []Provision{{Plan: "US 28-point draft", Number: 12, Text: "gestione congiunta"}}, not: []string{"joint venture"}},
		{name: "english", doc: "# What the 28-point plan says\n\nPoint 12 puts the plant under joint management. According to Kyiv officials, Washington would rather run it together with Moscow for a decade.\n",
			want: []Provision{{Plan: "US 28-point draft", Number: 12, Text: "joint management"}}, not: []string{"rather run it"}},
	})
}

// TestProvisionImpersonalView checks that an impersonal "it would be" after
// an opening clause, right after the listed terms, is a view, not a term.
func TestProvisionImpersonalView(t *testing.T) {
	checkFresh(t, []freshCase{
		{name: "english", doc: "The 28-point plan, full text.\n\n21. Crimea will be recognised as Russian.\n\nBefore we start working on any plan, it would be good to know for sure who the author is.\n",
			want: []Provision{{Plan: "US 28-point draft", Number: 21, Text: "Crimea"}}, not: []string{"good to know"}},
		{name: "english, another wording", doc: "The 28-point plan, full text.\n\n26. All sides get a full amnesty.\n\nAfter a leak like this, it would be wise to wait for the final text before judging it.\n",
			want: []Provision{{Plan: "US 28-point draft", Number: 26, Text: "amnesty"}}, not: []string{"wise to wait"}},
		{name: "french", doc: "Le plan en 28 points, texte intégral.\n\n21. La Crimée sera reconnue comme russe.\n\nAvant de travailler sur un quelconque plan, il serait bon de savoir qui l'a rédigé et où.\n",
			want: []Provision{{Plan: "US 28-point draft", Number: 21, Text: "Crimée"}}, not: []string{"bon de savoir"}},
	})
}

// TestProvisionAbbreviatedLabels checks points labelled with an
// abbreviation of "number" ("Nr.", "No.", "№"), bold or plain, as
// documentation pages reprint a plan.
func TestProvisionAbbreviatedLabels(t *testing.T) {
	checkFresh(t, []freshCase{
		{name: "german bold Nr.", doc: "# Der 28-Punkte-Plan im Wortlaut\n\n**Nr. 1:** Die Souveränität der Ukraine wird bekräftigt.\n\n**Nr. 6:** Die Truppenstärke wird auf höchstens 600.000 Mann festgelegt.\n",
			want: []Provision{{Plan: "US 28-point draft", Number: 1, Text: "Souveränität der Ukraine"}, {Plan: "US 28-point draft", Number: 6, Text: "600.000 Mann"}},
			not:  []string{"Nr. 1", "**"}},
		{name: "russian №", doc: "# Мирный план из 28 пунктов\n\n№ 5: Украина получит надежные гарантии безопасности.\n\n№ 7: Украина закрепит в конституции отказ от вступления в НАТО.\n",
			want: []Provision{{Plan: "US 28-point draft", Number: 5, Text: "гарантии безопасности"}, {Plan: "US 28-point draft", Number: 7, Text: "в конституции"}}},
	})
}

// TestProvisionPointAsSubjectInBullets checks bullets that open on the
// point as the subject of their sentence ("Point 1 reaffirms …"): each
// keeps its number, and its whole sentence is the term.
func TestProvisionPointAsSubjectInBullets(t *testing.T) {
	checkFresh(t, []freshCase{
		{name: "english", doc: "# What the 28-point plan says\n\nThe draft reads, in part:\n\n- Point 1 reaffirms the sovereignty of Ukraine.\n- Point 6 caps the armed forces at 600,000 personnel.\n",
			want: []Provision{{Number: 1, Plan: "US 28-point draft", Text: "Point 1 reaffirms the sovereignty"}, {Number: 6, Plan: "US 28-point draft", Text: "600,000 personnel"}}},
		{name: "german", doc: "# Der 28-Punkte-Plan\n\nDie wichtigsten Punkte:\n\n- Punkt 6 legt die Obergrenze der Armee auf 600.000 Mann fest.\n- Punkt 9 sieht europäische Kampfjets in Polen vor.\n",
			want: []Provision{{Number: 6, Plan: "US 28-point draft", Text: "600.000 Mann"}, {Number: 9, Plan: "US 28-point draft", Text: "Kampfjets in Polen"}}},
	})
}
