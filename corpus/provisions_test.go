package corpus

import "testing"

// TestProvisionsAnyLanguage checks numbered points with no English lead-in:
// the version comes from context in the document's own language and the
// point numbers are kept, whatever their size.
func TestProvisionsAnyLanguage(t *testing.T) {
	tests := []struct {
		name, doc string
		plan      string
		numbers   []int
	}{
		{"italian", "Ecco il piano in 28 punti.\n\n15. Sarà istituito un comitato.\n\n16. La Russia si impegna.\n", "US 28-point draft", []int{15, 16}},
		{"german", "Der 28-Punkte-Plan im Wortlaut.\n\n23. Russland wird den Fluss freigeben.\n\n24. Ein Ausschuss wird eingerichtet.\n", "US 28-point draft", []int{23, 24}},
		{"russian", "Мирный план из 28 пунктов.\n\n5. Украина получит гарантии.\n\n6. Численность армии ограничена.\n", "US 28-point draft", []int{5, 6}},
		{"ukrainian", "План з 28 пунктів.\n\n1. Суверенітет буде підтверджено.\n\n2. Буде укладено угоду.\n", "US 28-point draft", []int{1, 2}},
		{"lead-in context", "The 28-point plan was handed to Kyiv.\n\nWe document the points below.\n\n1. Sovereignty is confirmed.\n\n2. Non-aggression.\n", "US 28-point draft", []int{1, 2}},
		{"spanish", "Los puntos de la contrapropuesta europea:\n\n1. Ucrania no tendrá armas nucleares.\n\n2. El ejército se limitará a 800.000 efectivos.\n", "European counter-proposal", []int{1, 2}},
		{"polish", "Co zawiera 28-punktowy plan?\n\nPlan pokojowy przewiduje:\n\n3. Armia zostanie ograniczona.\n\n4. Ukraina nie wstąpi do NATO.\n", "US 28-point draft", []int{3, 4}},
		{"ukrainian counter-proposal", "Європейська контрпропозиція до мирного плану.\n\n1. Суверенітет підтверджено.\n\n2. Армія до 800 тисяч.\n", "European counter-proposal", []int{1, 2}},
		{"points in words and bold", "Ecco il piano in 28 punti.\n\nPunto 3: L'Ucraina riceverà garanzie.\n\nПункт 4. Украина не вступит в НАТО.\n\n**5.** A dialogue starts.\n\n**6. Sanctions** are lifted in stages.\n", "US 28-point draft", []int{3, 4, 5, 6}},
		{"version named only further on", "Мирний план: повний текст\n\nДокумент передали Києву.\n\n1. Суверенітет підтверджено.\n\n2. Буде укладено угоду.\n\nПлан з 28 пунктів обговорять наступного тижня.\n", "US 28-point draft", []int{1, 2}},
		{"large numbers", "The plan lists these provisions.\n\n1204. A commission is set up.\n\n1205. It reports yearly.\n", "unnamed plan", []int{1204, 1205}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			d, err := Parse([]byte(tt.doc), ParseOptions{Now: fixedNow})
			if err != nil {
				t.Fatal(err)
			}
			if len(d.Provisions) != len(tt.numbers) {
				t.Fatalf("got %d provisions %+v, want %d", len(d.Provisions), d.Provisions, len(tt.numbers))
			}
			for i, p := range d.Provisions {
				if p.Number != tt.numbers[i] || p.Plan != tt.plan {
					t.Errorf("provision %d = %s #%d, want %s #%d", i, p.Plan, p.Number, tt.plan, tt.numbers[i])
				}
			}
		})
	}
}

// TestProseProvisions checks points reported in running text or quoted
// from the document, and sentences that only look like them.
func TestProseProvisions(t *testing.T) {
	tests := []struct {
		name, doc string
		want      []Provision // Plan, Number, Text
	}{
		{"says", "Europe answered the 28-point plan.\n\nOn the army, the counter-proposal says the force would be capped at 800,000.\n\nIt also says talks start from the line of contact.\n",
			[]Provision{{Plan: "European counter-proposal", Text: "the force would be capped at 800,000"}, {Plan: "European counter-proposal", Text: "talks start from the line of contact"}}},
		{"quoted", "The 28-point draft leaked on Thursday.\n\n“Sanctions will be lifted in stages,” Reuters cited the document as saying.\n",
			[]Provision{{Plan: "US 28-point draft", Text: "Sanctions will be lifted in stages"}}},
		{"point of", "Point 3 of the US plan, which said NATO would not expand, was deleted.\n",
			[]Provision{{Plan: "US 28-point draft", Number: 3, Text: "Point 3 of the US plan, which said NATO would not expand, was deleted"}}},
		{"would", "The leaked US draft would cap the army at 600,000.\n\nIt would also oblige Kyiv to hold elections.\n\nThe plan would be discussed next week.\n",
			[]Provision{{Plan: "US 28-point draft", Text: "The leaked US draft would cap the army at 600,000"}, {Plan: "US 28-point draft", Text: "It would also oblige Kyiv to hold elections"}}},
		{"lead-in answering another plan", "Les points de la contre-proposition européenne\n\nVoici les points du texte préparé en réponse au plan américain en 28 points.\n\n1. La souveraineté est confirmée.\n\n2. Non-agression.\n",
			[]Provision{{Plan: "European counter-proposal", Number: 1, Text: "La souveraineté est confirmée."}, {Plan: "European counter-proposal", Number: 2, Text: "Non-agression."}}},
		{"it without a document", "Kyiv answered on Monday.\n\nIt also says nothing of the kind.\n", nil},
		{"person says", "The minister says the plan is dead.\n", nil},
		{"under the plan", "The 28-point plan leaked on Thursday.\n\nUnder the plan, Russia would return to the G8.\n\nUnder the circumstances, talks will go on.\n",
			[]Provision{{Plan: "US 28-point draft", Text: "Russia would return to the G8"}}},
		{"under the plan, trailing", "The 28-point plan leaked on Thursday.\n\nKyiv would have to cap its army at 600,000 under the plan.\n\nTalks will go on under the circumstances.\n\nZelensky said Kyiv would never cap its army under the plan.\n",
			[]Provision{{Plan: "US 28-point draft", Text: "Kyiv would have to cap its army at 600,000"}}},
		{"other languages", "La controproposta europea prevede che l'esercito conti 800 mila uomini.\n\nSecondo la bozza, i beni russi resteranno congelati.\n\nZdaniem ministra, dokument wymaga zmian.\n",
			[]Provision{{Plan: "European counter-proposal", Text: "l'esercito conti 800 mila uomini"}, {Plan: "European counter-proposal", Text: "i beni russi resteranno congelati"}}},
		{"Russian", "План также предусматривает, что Россия вернется в G8.\n\nПредусматривает также, что санкции снимут поэтапно.\n\nВ Киеве это обсуждают.\n\nПредлагает, однако, не спешить.\n",
			[]Provision{{Plan: "unnamed plan", Text: "Россия вернется в G8"}, {Plan: "unnamed plan", Text: "санкции снимут поэтапно"}}},
		{"point references in any language", "Редакция прочла мирный план из 28 пунктов.\n\nВ пункте 11 говорится: «Украина получит льготный доступ к рынку Европы».\n\nDla Polski ważny jest punkt 9 projektu, zgodnie z którym myśliwce staną w Polsce.\n\nUnder point 14, frozen assets would fund reconstruction.\n\nAt this point 300 people had gathered outside.\n\nThe 28-point plan was discussed for hours.\n",
			[]Provision{{Plan: "US 28-point draft", Number: 11, Text: "Украина получит льготный доступ к рынку Европы"}, {Plan: "US 28-point draft", Number: 9, Text: "Dla Polski ważny jest punkt 9 projektu, zgodnie z którym myśliwce staną w Polsce"}, {Plan: "US 28-point draft", Number: 14, Text: "Under point 14, frozen assets would fund reconstruction"}}},
		{"a relative clause between the document and its verb", "The original US draft, which leaked last week, provided for a freeze along the line of contact.\n",
			[]Provision{{Plan: "US 28-point draft", Text: "for a freeze along the line of contact"}}},
		{"terms in the conditional after a sentence about them", "The 28-point plan leaked on Thursday.\n\nThe political provisions are short. Ukraine would hold elections within 100 days. This would be hard for Kyiv. Critics would rather wait for a ceasefire first.\n\nEntre tanto, la central quedaría bajo supervisión del OIEA durante años.\n",
			[]Provision{{Plan: "US 28-point draft", Text: "Ukraine would hold elections within 100 days"}}},
		{"Spanish analysis: terms with asides, the plan named in the sentence, authors proposing, and what a text leaves out", "El borrador de 28 puntos y la contrapropuesta europea comparten la estructura.\n\nEl punto 6 del plan estadounidense limita el ejército a 600.000 efectivos. La contrapropuesta, en cambio, establece que las negociaciones comenzarán en la línea de contacto. Los europeos proponen que los fondos sigan congelados. El texto europeo no incluye la amnistía general.\n",
			[]Provision{{Plan: "US 28-point draft", Number: 6, Text: "El punto 6 del plan estadounidense limita el ejército a 600.000 efectivos"}, {Plan: "European counter-proposal", Text: "las negociaciones comenzarán en la línea de contacto"}, {Plan: "European counter-proposal", Text: "los fondos sigan congelados"}}},
		{"an explainer's labels naming the version and the point", "The 28-point plan and Europe's answer, point by point.\n\nArmy size. Point 6 of the U.S. draft: the army is limited to 600,000. European version: the army is capped at 800,000.\n\nThe European text drops the blanket amnesty.\n\nNote: the talks go on.\n",
			[]Provision{{Plan: "US 28-point draft", Number: 6, Text: "the army is limited to 600,000"}, {Plan: "European counter-proposal", Number: 6, Text: "the army is capped at 800,000"}, {Plan: "European counter-proposal", Text: "The European text drops the blanket amnesty"}}},
		{"points inside someone's words, two points in one sentence, a verb that is the term, a line of dialogue in a dashed list", "Premier odniósł się do amerykańskiego planu z 28 punktów.\n\nPytany o punkt 9 planu, zgodnie z którym myśliwce mają stacjonować w Polsce, premier odparł, że to nic nowego.\n\nPrzypomnijmy, że według punktu 8 planu NATO nie rozmieści wojsk, a według punktu 7 Ukraina zapisze to w konstytucji.\n\nEl texto europeo eleva ese techo a 800.000 soldados.\n\n– Dobrze byłoby wiedzieć, kto jest autorem – powiedział Tusk.\n",
			[]Provision{{Plan: "US 28-point draft", Number: 9, Text: "myśliwce mają stacjonować w Polsce"}, {Plan: "US 28-point draft", Number: 8, Text: "Według punktu 8 planu NATO nie rozmieści wojsk"}, {Plan: "US 28-point draft", Number: 7, Text: "według punktu 7 Ukraina zapisze to w konstytucji"}, {Plan: "European counter-proposal", Text: "eleva ese techo a 800.000 soldados"}}},
		{"a live blog's numbered post headings are not points", "Live: Geneva talks on the 28-point plan.\n\n2. Rubio: the text is an American one\npublished at 10:20 GMT\n\nMarco Rubio spoke.\n\n3. What the draft says\npublished at 09:55 GMT\n\nNothing else.\n",
			nil},
		{"past-tense document verbs, reminders, a topic before the document, German compounds, French conditionals after terms", "Нагадаємо, початковий план із 28 пунктів передбачав скорочення армії до 600 тисяч.\n\nSur les territoires, le document européen indique que les négociations partiront de la ligne de contact. La centrale serait redémarrée sous la supervision de l'AIEA.\n\nDer 28-Punkte-Plan sieht unter anderem vor, dass die Ukraine den Donbass räumt.\n",
			[]Provision{{Plan: "US 28-point draft", Text: "скорочення армії до 600 тисяч"}, {Plan: "European counter-proposal", Text: "les négociations partiront de la ligne de contact"}, {Plan: "European counter-proposal", Text: "La centrale serait redémarrée sous la supervision de l'AIEA"}, {Plan: "US 28-point draft", Text: "die Ukraine den Donbass räumt"}}},
		{"an explainer's next answer in the conditional, after its question", "What does the 28-point plan say about territory?\n\nThe most contested section would see Crimea recognised as Russian.\n\nWhat about the army?\n\nUkraine's army would be limited to 600,000 troops.\n",
			[]Provision{{Plan: "US 28-point draft", Text: "The most contested section would see Crimea recognised as Russian"}, {Plan: "US 28-point draft", Text: "Ukraine's army would be limited to 600,000 troops"}}},
		{"a sentence that only names a point, its text in the next sentence", "Der 28-Punkte-Plan liegt vor.\n\nNehmen Sie Punkt 14. Da sollen eingefrorene Gelder in Projekte fließen.\n",
			[]Provision{{Plan: "US 28-point draft", Number: 14, Text: "Da sollen eingefrorene Gelder in Projekte fließen"}}},
		{"an explainer's bullets under a heading that names nothing, after a paragraph that names the version; a clause between the document and its verb", "Voici ce que l'on sait de la contre-proposition européenne.\n\n## Ce qui change\n\n- L'armée ukrainienne. La limite est fixée à 800 000 militaires en temps de paix.\n- Les territoires. Les négociations partiront de la ligne de contact actuelle.\n- L'OTAN. L'adhésion dépendra du consensus des membres de l'Alliance.\n\nМирный план из 28 пунктов, подготовленный американской стороной, предусматривал, в частности, что Крым будет признан российским.\n",
			[]Provision{{Plan: "European counter-proposal", Text: "L'armée ukrainienne. La limite est fixée à 800 000 militaires en temps de paix."}, {Plan: "European counter-proposal", Text: "Les territoires. Les négociations partiront de la ligne de contact actuelle."}, {Plan: "European counter-proposal", Text: "L'OTAN. L'adhésion dépendra du consensus des membres de l'Alliance."}, {Plan: "US 28-point draft", Text: "Крым будет признан российским"}}},
		{"after a numbered list, the paragraph going on with terms", "La contrapropuesta europea:\n\n1. Ucrania no tendrá armas nucleares.\n\nAdemás, la central nuclear quedaría bajo supervisión del OIEA.\n\nEl martes, los ministros se reunirían en Bruselas.\n",
			[]Provision{{Plan: "European counter-proposal", Number: 1, Text: "Ucrania no tendrá armas nucleares."}, {Plan: "European counter-proposal", Text: "La central nuclear quedaría bajo supervisión del OIEA"}}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			d, err := Parse([]byte(tt.doc), ParseOptions{Now: fixedNow})
			if err != nil {
				t.Fatal(err)
			}
			if len(d.Provisions) != len(tt.want) {
				t.Fatalf("got %d provisions %+v, want %d", len(d.Provisions), d.Provisions, len(tt.want))
			}
			for i, p := range d.Provisions {
				w := tt.want[i]
				if p.Plan != w.Plan || p.Number != w.Number || p.Text != w.Text {
					t.Errorf("provision %d = %q #%d %q, want %q #%d %q", i, p.Plan, p.Number, p.Text, w.Plan, w.Number, w.Text)
				}
			}
		})
	}
}

// TestProseProvisionCategories covers the categories of prose provisions
// read from the blind sets heldout-d to -f (issue 12), in sentences of its
// own and, where the pattern exists in several, in several languages.
func TestProseProvisionCategories(t *testing.T) {
	tests := []struct {
		name, doc string
		want      []Provision // Plan, Number, Text
	}{
		{"a clause about the document before its verb, not only \"which\"", "The first US draft, parts of which reached the press on Friday, provides for a freeze of the front. It also envisages that sanctions would be eased.\n",
			[]Provision{{Plan: "US 28-point draft", Text: "for a freeze of the front"}, {Plan: "US 28-point draft", Text: "sanctions would be eased"}}},
		{"a document that promises, a summary that says", "The 28-point plan was leaked.\n\nThe text promises Kyiv a reconstruction fund. The summary also says that the line of contact would be frozen.\n",
			[]Provision{{Plan: "US 28-point draft", Text: "Kyiv a reconstruction fund"}, {Plan: "US 28-point draft", Text: "the line of contact would be frozen"}}},
		{"unnamed sources report what the document sets out; a named person's view does not", "Secondo fonti diplomatiche, la controproposta prevede che le sanzioni restino in vigore.\n\nSegún fuentes europeas, la contrapropuesta establece que la central quede bajo el OIEA.\n\nZdaniem ministra, dokument wymaga zmian.\n",
			[]Provision{{Plan: "European counter-proposal", Text: "le sanzioni restino in vigore"}, {Plan: "European counter-proposal", Text: "la central quede bajo el OIEA"}}},
		{"a point named by an ordinal", "Redakcja zna plan z 28 punktów.\n\nWeźmy punkt ósmy: wojska NATO nie wejdą na Ukrainę.\n\nThe revised text keeps the second point of the 28-point plan, a non-aggression pact, unchanged.\n",
			[]Provision{{Plan: "US 28-point draft", Number: 8, Text: "wojska NATO nie wejdą na Ukrainę"}, {Plan: "US 28-point draft", Number: 2, Text: "the second point of the 28-point plan, a non-aggression pact, unchanged"}}},
		{"an ordinal that is no point", "The 28-point plan was discussed.\n\nThe first point I would make is that nobody has read it.\n", nil},
		{"a document that says so impersonally, or just says so", "Редакция прочла план из 28 пунктов.\n\nВ документе говорится, что санкции снимут поэтапно. Кроме того, в нем говорилось, что Россия вернется в G8.\n\nW dokumencie czytamy, że wybory odbędą się w ciągu 100 dni.\n\nIm Entwurf heißt es, die Armee werde verkleinert.\n\nPlan mówi, że Ukraina wycofa wojska z Donbasu.\n\nIl testo dice che la centrale passerà all'AIEA.\n",
			[]Provision{{Plan: "US 28-point draft", Text: "санкции снимут поэтапно"}, {Plan: "US 28-point draft", Text: "Россия вернется в G8"}, {Plan: "US 28-point draft", Text: "wybory odbędą się w ciągu 100 dni"}, {Plan: "US 28-point draft", Text: "die Armee werde verkleinert"}, {Plan: "US 28-point draft", Text: "Ukraina wycofa wojska z Donbasu"}, {Plan: "US 28-point draft", Text: "la centrale passerà all'AIEA"}}},
		{"a point without a number and its relative clause; a hypothetical clause is none", "El plan de 28 puntos llegó a Bruselas.\n\nEl analista cree que lo decisivo es el punto que limita las tropas a 600.000 soldados.\n\nThe critics dislike the clause that caps the army at 600,000.\n\nHe said Norway would reject any clause that limits Ukraine's alliances.\n",
			[]Provision{{Plan: "US 28-point draft", Number: 6, Text: "limita las tropas a 600.000 soldados"}, {Plan: "US 28-point draft", Number: 6, Text: "caps the army at 600,000"}}},
		{"a quotation about the document that someone is quoted saying is no term", "Il piano in 28 punti è stato pubblicato.\n\n«È un testo che chiede troppo a Kiev», osserva l'analista Paolo Neri.\n", nil},
		{"a plan's term inside what someone said, with or without \"that\"; a trailing attribution is cut; news about the plan is no term", "The 28-point plan leaked last week.\n\nAnalysts note that the plan would cap the army at 600,000. Kallas said the proposal would freeze the front. She said the plan would be debated on Monday.\n\nEkspertka zauważyła, że plan ogranicza armię do 600 tysięcy.\n\nEl plan obliga a Kiev a celebrar elecciones, recuerda el diario.\n",
			[]Provision{{Plan: "US 28-point draft", Text: "the plan would cap the army at 600,000"}, {Plan: "US 28-point draft", Text: "the proposal would freeze the front"}, {Plan: "US 28-point draft", Text: "ogranicza armię do 600 tysięcy"}, {Plan: "US 28-point draft", Text: "obliga a Kiev a celebrar elecciones"}}},
		{"a relative clause opening a named document's terms; not a numbered point's", "The 28-point plan leaked.\n\nMoscow will defend the clauses of the first draft, under which the front would be frozen where it stands.\n\nIl Cremlino difende la bozza, secondo cui la Crimea sarebbe riconosciuta russa.\n\nPytany o punkt 9 planu, zgodnie z którym myśliwce mają stacjonować w Polsce, premier odparł, że to nic nowego.\n",
			[]Provision{{Plan: "US 28-point draft", Text: "the front would be frozen where it stands"}, {Plan: "US 28-point draft", Text: "la Crimea sarebbe riconosciuta russa"}, {Plan: "US 28-point draft", Number: 9, Text: "myśliwce mają stacjonować w Polsce"}}},
		{"an Italian article is no English pronoun before terms in the conditional", "Secondo la controproposta europea, l'esercito avrebbe un tetto di 800 mila uomini. I negoziati sui territori partirebbero dalla linea attuale. I would not bet on it happening soon.\n",
			[]Provision{{Plan: "European counter-proposal", Text: "l'esercito avrebbe un tetto di 800 mila uomini"}, {Plan: "European counter-proposal", Text: "I negoziati sui territori partirebbero dalla linea attuale"}}},
		{"a document that speaks of something sets out nothing", "Plan z 28 punktów trafił do mediów.\n\nProjekt mówi o samolotach europejskich.\n", nil},
		{"a point as the subject of a document verb", "Мирный план из 28 пунктов опубликован.\n\nЕще один пункт предполагал амнистию для всех участников конфликта.\n",
			[]Provision{{Plan: "US 28-point draft", Number: 26, Text: "Еще один пункт предполагал амнистию для всех участников конфликта"}}}, // (the point keeps its verb, as a numbered one: provisions_pointsubject.go)
		{"a point takes the version named nearest before it in its paragraph, not one named after it", "Punkt 9 liczącego 28 punktów projektu przewiduje, że europejskie myśliwce będą stacjonować w Polsce. Punkt 8 stanowi z kolei, że NATO nie rozmieści żołnierzy na Ukrainie. Europejska kontrpropozycja, przygotowana przez Wielką Brytanię, przewiduje, że NATO nie będzie utrzymywać wojsk na Ukrainie.\n\nПочатковий американський план із 28 пунктів передбачав обмеження армії до 600 тисяч (пункт 6). Пункт 24 передбачав обмін полоненими за принципом «всіх на всіх». Європейська контрпропозиція натомість пропонує обмежити армію 800 тисячами.\n",
			[]Provision{{Plan: "US 28-point draft", Number: 9, Text: "Punkt 9 liczącego 28 punktów projektu przewiduje, że europejskie myśliwce będą stacjonować w Polsce"}, {Plan: "US 28-point draft", Number: 8, Text: "Punkt 8 stanowi z kolei, że NATO nie rozmieści żołnierzy na Ukrainie"}, {Plan: "US 28-point draft", Number: 6, Text: "обмеження армії до 600 тисяч (пункт 6)"}, {Plan: "US 28-point draft", Number: 24, Text: "Пункт 24 передбачав обмін полоненими за принципом «всіх на всіх»"}, {Plan: "European counter-proposal", Text: "обмежити армію 800 тисячами"}}},
		{"the document that says a quotation is its version, whatever was named above or is named after it", "Europe sent back a marked-up version of the U.S. 28-point plan.\n\n\"Frozen assets will stay frozen until Russia pays,\" the counter-proposal says, replacing the wording of the U.S. plan.\n",
			[]Provision{{Plan: "European counter-proposal", Text: "Frozen assets will stay frozen until Russia pays"}}},
		{"two points' terms in one sentence, each with its number in brackets", "Мирный план из 28 пунктов опубликован.\n\nДокумент предусматривал, в частности, положения об ограничении численности армии Украины 600 тыс. человек (пункт 6) и о закреплении в конституции отказа от вступления в НАТО (пункт 7).\n\nThe 28-point plan leaked.\n\nThe draft would impose a cap of 600,000 troops (point 6) and a ban on NATO membership (point 7).\n",
			[]Provision{{Plan: "US 28-point draft", Number: 6, Text: "положения об ограничении численности армии Украины 600 тыс. человек (пункт 6)"}, {Plan: "US 28-point draft", Number: 7, Text: "о закреплении в конституции отказа от вступления в НАТО (пункт 7)"}, {Plan: "US 28-point draft", Number: 6, Text: "The draft would impose a cap of 600,000 troops (point 6)"}, {Plan: "US 28-point draft", Number: 7, Text: "a ban on NATO membership (point 7)"}}},
		{"points listed together share one term; points spoken of set out none", "Points 3 and 4 of the 28-point plan provide that NATO will not expand further.\n\nI punti 3 e 4 del piano in 28 punti prevedono che la NATO non si allarghi.\n\nIn Kiew stießen vor allem die Punkte 13 und 14 auf Kritik.\n\nLes points 2 et 4 reprennent des idées anciennes.\n",
			[]Provision{{Plan: "US 28-point draft", Number: 3, Text: "Points 3 and 4 of the 28-point plan provide that NATO will not expand further"}, {Plan: "US 28-point draft", Number: 4, Text: "Points 3 and 4 of the 28-point plan provide that NATO will not expand further"}, {Plan: "US 28-point draft", Number: 3, Text: "I punti 3 e 4 del piano in 28 punti prevedono che la NATO non si allarghi"}, {Plan: "US 28-point draft", Number: 4, Text: "I punti 3 e 4 del piano in 28 punti prevedono che la NATO non si allarghi"}}},
		{"a list under \"the European response to the US plan\" is the counter-proposal's", "Reuters has published what it says is the European response to the US plan. Among its main points:\n\n- The army would be limited to 800,000.\n- Talks on territory would begin from the line of contact.\n\nÈ stata pubblicata la risposta europea al piano americano. Tra i punti principali:\n\n- L'esercito avrebbe un tetto di 800 mila uomini.\n- I negoziati partirebbero dalla linea di contatto.\n",
			[]Provision{{Plan: "European counter-proposal", Text: "The army would be limited to 800,000."}, {Plan: "European counter-proposal", Text: "Talks on territory would begin from the line of contact."}, {Plan: "European counter-proposal", Text: "L'esercito avrebbe un tetto di 800 mila uomini."}, {Plan: "European counter-proposal", Text: "I negoziati partirebbero dalla linea di contatto."}}},
		{"the US draft named by its translations (\"US-Entwurf\", \"projet américain\") in the question above a point", "SZ: Was stört Sie am US-Entwurf am meisten?\n\nWehlau: Nehmen Sie Punkt 14. Da sollen eingefrorene Gelder in Projekte fließen.\n\nLe projet américain a été publié.\n\nLe point 7 interdit à l'Ukraine d'adhérer à l'OTAN.\n",
			[]Provision{{Plan: "US 28-point draft", Number: 14, Text: "Da sollen eingefrorene Gelder in Projekte fließen"}, {Plan: "US 28-point draft", Number: 7, Text: "Le point 7 interdit à l'Ukraine d'adhérer à l'OTAN"}}},
		{"a German separable document verb, its particle before \"dass\"", "Der Gegenvorschlag legt fest, dass die Armee 800.000 Soldaten haben darf.\n\nDer 28-Punkte-Plan legt außerdem fest, dass Wahlen binnen 100 Tagen stattfinden.\n",
			[]Provision{{Plan: "European counter-proposal", Text: "die Armee 800.000 Soldaten haben darf"}, {Plan: "US 28-point draft", Text: "Wahlen binnen 100 Tagen stattfinden"}}},
		{"a sentence about one clause opens its paragraph to the term in the conditional after it", "The 28-point plan leaked.\n\n\"It is a mood,\" an analyst said.\n\nThe amnesty clause deserves more attention. Every party would receive full amnesty for acts committed during the war.\n\nLa clausola sull'amnistia è la più discussa. Tutte le parti godrebbero di un'amnistia completa.\n",
			[]Provision{{Plan: "US 28-point draft", Text: "Every party would receive full amnesty for acts committed during the war"}, {Plan: "US 28-point draft", Text: "Tutte le parti godrebbero di un'amnistia completa"}}},
		{"terms in the conditional right after a sentence that names the version; a view is none", "Washington ha presentado un plan de paz de 28 puntos. Ucrania reduciría su ejército a 600.000 efectivos y renunciaría a entrar en la OTAN.\n\nIl piano americano in 28 punti è arrivato a Kiev. L'Ucraina rinuncerebbe alla Nato e le sanzioni sarebbero tolte gradualmente.\n\nLe plan américain a été présenté jeudi. Selon Kiev, la Russie ne respecterait pas un tel accord.\n",
			[]Provision{{Plan: "US 28-point draft", Text: "Ucrania reduciría su ejército a 600.000 efectivos y renunciaría a entrar en la OTAN"}, {Plan: "US 28-point draft", Text: "L'Ucraina rinuncerebbe alla Nato e le sanzioni sarebbero tolte gradualmente"}}},
		{"the lead-in of a list is no term; its items are", "Plan z 28 punktów trafił do mediów.\n\nPlan pokojowy, który trafił do Kijowa, przewiduje między innymi:\n\n- Ukraina ograniczy armię do 600 tysięcy.\n\nThe 28-point plan leaked.\n\nThe draft, which reached Kyiv on Friday, provides in particular:\n\n- Ukraine gives up NATO membership.\n",
			[]Provision{{Plan: "US 28-point draft", Text: "Ukraina ograniczy armię do 600 tysięcy."}, {Plan: "US 28-point draft", Text: "Ukraine gives up NATO membership."}}},
		{"the version named at the top of a long round-up", "El plan de 28 puntos llegó a Bruselas.\n\nUno.\n\nDos.\n\nTres.\n\nCuatro.\n\nCinco.\n\nSeis.\n\nSiete.\n\nOcho.\n\nLa clave está en el punto que fija la frontera en la línea de contacto.\n",
			[]Provision{{Plan: "US 28-point draft", Text: "fija la frontera en la línea de contacto"}}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			d, err := Parse([]byte(tt.doc), ParseOptions{Now: fixedNow})
			if err != nil {
				t.Fatal(err)
			}
			if len(d.Provisions) != len(tt.want) {
				t.Fatalf("got %d provisions %+v, want %d", len(d.Provisions), d.Provisions, len(tt.want))
			}
			for i, p := range d.Provisions {
				w := tt.want[i]
				if p.Plan != w.Plan || p.Number != w.Number || p.Text != w.Text {
					t.Errorf("provision %d = %q #%d %q, want %q #%d %q", i, p.Plan, p.Number, p.Text, w.Plan, w.Number, w.Text)
				}
			}
		})
	}
}

// TestOwnPointNumber: a term that names its own point in passing keeps
// that number; one naming several keeps none. Numbers before the
// reference ("600,000") are not references.
func TestOwnPointNumber(t *testing.T) {
	for _, c := range []struct {
		text      string
		refs, own int
	}{
		{"The draft would cap the army at 600,000 troops (point 6)", 1, 6},
		{"признание Крыма фактически российским (пункт 21)", 1, 21},
		{"обмеження армії до 600 тисяч військовослужбовців (пункт 6)", 1, 6},
		{"the army cap (point 6) and the NATO clause (point 7)", 2, 0},
		{"Ukraine would hold elections within 100 days", 0, 0},
	} {
		if got := countPointRefs(c.text); got != c.refs {
			t.Errorf("countPointRefs(%q) = %d, want %d", c.text, got, c.refs)
		}
		if got := ownPointNumber(c.text); got != c.own {
			t.Errorf("ownPointNumber(%q) = %d, want %d", c.text, got, c.own)
		}
	}
}

// TestNumberPair: the cheap look for a list of two numbers before the
// word scan of pointList. It may say yes to more than lists ("6 of 28"),
// never no to one.
func TestNumberPair(t *testing.T) {
	for s, want := range map[string]bool{
		"points 3 and 4 provide":     true,
		"i punti 3, 4 e 5 prevedono": true,
		"пункты 6 и 7":               true,
		"600,000 troops":             false,
		"a cap of 600 000 soldiers":  false,
		"point 6 of 28":              true,
		"in 2025 and after":          false,
	} {
		if got := numberPair(s); got != want {
			t.Errorf("numberPair(%q) = %v, want %v", s, got, want)
		}
	}
}

// TestMoodConditional: the byte scan for a conditional ending before
// conditionalTerm reads words.
func TestMoodConditional(t *testing.T) {
	for s, want := range map[string]bool{
		"Ucrania reduciría su ejército":        true,
		"l'Ucraina rinuncerebbe alla Nato":     true,
		"L'Ukraine renoncerait à l'OTAN.":      true,
		"Ukraina zrezygnowałaby z NATO":        true,
		"Ukraine would give up NATO":           false,
		"La ría de Bilbao":                     true, // a word is read by its ending only: conditionalTerm decides
		"The army is capped at 600,000.":       false,
		"Il testo prevede elezioni in Ucraina": false,
	} {
		if got := moodConditional(s); got != want {
			t.Errorf("moodConditional(%q) = %v, want %v", s, got, want)
		}
	}
}
