package corpus

import "testing"

// TestRewriteLanguages checks that a US point followed by the European
// rewrite of it gives two provisions of the same number, the first of the
// US draft and the second of the counter-proposal, in sixteen languages and
// in every shape coverage uses: in the same sentence after a semicolon or a
// contrast join ("while", "whereas", "but"), in the next sentence, and
// named only as "the same point" or "their version" without a number. The
// counter-proposal keeps the US numbering, so the rewrite takes the US
// point's number.
func TestRewriteLanguages(t *testing.T) {
	const us, eu = "US 28-point draft", "European counter-proposal"
	tests := []struct {
		name, doc, usText, euText string
	}{
		{"en semicolon", "Point 6 of the US plan capped Ukraine's army at 600,000; the Europeans raised it to 800,000 in peacetime.", "600,000", "800,000"},
		{"en but", "Point 6 of the US plan caps the army at 600,000 troops, but the counter-proposal's version sets 800,000 in peacetime.", "600,000", "800,000"},
		{"en same point", "Point 6 of the US plan capped Ukraine's army at 600,000 troops. The same point in the European text allows 800,000 soldiers in peacetime.", "600,000", "800,000"},
		{"en their version", "Point 6 of the US draft limits Ukraine's forces to 600,000. In their version, the Europeans set the ceiling at 800,000.", "600,000", "800,000"},
		{"de while", "Punkt 6 des US-Plans begrenzt die ukrainische Armee auf 600.000 Soldaten, während die europäische Fassung 800.000 in Friedenszeiten erlaubt.", "600.000", "800.000"},
		{"de same point", "Punkt 6 des amerikanischen Plans begrenzt die Armee auf 600.000 Soldaten. Derselbe Punkt sieht im europäischen Entwurf 800.000 Soldaten vor.", "600.000", "800.000"},
		{"fr whereas", "Le point 6 du plan américain plafonne l'armée ukrainienne à 600 000 hommes, alors que le texte européen fixe ce plafond à 800 000 en temps de paix.", "600 000", "800 000"},
		{"fr their version", "Le point 6 du plan américain plafonne l'armée à 600 000 soldats. Dans leur version, les Européens portent ce plafond à 800 000.", "600 000", "800 000"},
		{"it semicolon", "Il punto 6 americano fissava il tetto dell'esercito ucraino a 600 mila soldati; nella versione europea il tetto sale a 800 mila.", "600 mila", "800 mila"},
		{"it same point", "Il punto 6 del piano americano limita l'esercito a 600 mila uomini. Lo stesso punto, nella bozza europea, porta il tetto a 800 mila.", "600 mila", "800 mila"},
		{"es whereas", "El punto 6 del plan estadounidense limita el ejército ucraniano a 600.000 soldados, mientras que el borrador europeo lo eleva a 800.000.", "600.000", "800.000"},
		{"es their version", "El punto 6 del plan de Washington fija el techo del ejército en 600.000 efectivos. En su versión, los europeos lo elevan a 800.000.", "600.000", "800.000"},
		{"pt while", "O ponto 6 do plano americano limita o exército ucraniano a 600 mil militares, enquanto a versão europeia eleva o teto para 800 mil.", "600 mil", "800 mil"},
		{"pl while", "Punkt 6 amerykańskiego planu ogranicza armię ukraińską do 600 tysięcy żołnierzy, podczas gdy europejska wersja podnosi ten pułap do 800 tysięcy.", "600 tysięcy", "800 tysięcy"},
		{"pl same point", "Punkt 6 planu USA ogranicza armię do 600 tysięcy żołnierzy. Ten sam punkt w europejskim projekcie przewiduje 800 tysięcy żołnierzy w czasie pokoju.", "600 tysięcy", "800 tysięcy"},
		{"ru same point", "Пункт 6 американского плана ограничивает численность ВСУ 600 тысячами военнослужащих. Тот же пункт в европейской версии допускает 800 тысяч в мирное время.", "600 тысячами", "800 тысяч"},
		{"ru whereas", "Пункт 6 американского плана ограничивает армию Украины 600 тысячами, тогда как европейский вариант поднимает потолок до 800 тысяч.", "600 тысячами", "800 тысяч"},
		{"uk same point", "Пункт 6 американського плану обмежує чисельність ЗСУ 600 тисячами військових. Той самий пункт у європейській версії дозволяє 800 тисяч у мирний час.", "600 тисячами", "800 тисяч"},
		{"nl while", "Punt 6 van het Amerikaanse plan beperkt het Oekraïense leger tot 600.000 militairen, terwijl de Europese versie het plafond op 800.000 legt.", "600.000", "800.000"},
		{"cs while", "Bod 6 amerického plánu omezuje ukrajinskou armádu na 600 tisíc vojáků, zatímco evropská verze zvyšuje strop na 800 tisíc.", "600 tisíc", "800 tisíc"},
		{"ro while", "Punctul 6 al planului american limitează armata ucraineană la 600.000 de militari, în timp ce versiunea europeană ridică plafonul la 800.000.", "600.000", "800.000"},
		{"hu while", "Az amerikai terv 6. pontja 600 ezer főben korlátozná az ukrán hadsereget, míg az európai változat 800 ezer katonát engedne.", "600 ezer", "800 ezer"},
		{"el their version", "Το σημείο 6 του αμερικανικού σχεδίου περιορίζει τον ουκρανικό στρατό στους 600.000. Στη δική τους εκδοχή οι Ευρωπαίοι ανεβάζουν το όριο στους 800.000 στρατιώτες.", "600.000", "800.000"},
		{"sv while", "Punkt 6 i den amerikanska planen begränsar den ukrainska armén till 600 000 soldater, medan den europeiska versionen höjer taket till 800 000.", "600 000", "800 000"},
		{"tr semicolon", "ABD planının 6. maddesi Ukrayna ordusunu 600 bin askerle sınırlandırıyor; Avrupa versiyonu ise bu sınırı 800 bin askere çıkarıyor.", "600 bin", "800 bin"},
	}
	cases := make([]freshCase, 0, len(tests))
	for _, tt := range tests {
		cases = append(cases, freshCase{name: tt.name, doc: "# Two drafts\n\n" + tt.doc + "\n",
			want: []Provision{{Plan: us, Number: 6, Text: tt.usText}, {Plan: eu, Number: 6, Text: tt.euText}}})
	}
	// other points than the army: the rewrite takes the number of the
	// point before it, whichever it is
	others := []struct {
		name, doc, usText, euText string
		n                         int
	}{
		{"en elections, but", "Point 25 of the US plan calls elections within 100 days, but the European text asks for elections as soon as possible after the signing.", "within 100 days", "as soon as possible", 25},
		{"de assets, next sentence", "Punkt 14 des US-Plans steckt 100 Milliarden Dollar eingefrorenes russisches Geld in den Wiederaufbau. In ihrer Fassung bleiben die Gelder eingefroren, bis Russland für die Schäden aufkommt.", "100 Milliarden", "bis Russland", 14},
		{"nl territory, while", "Punt 21 van het Amerikaanse plan erkent de Krim de facto als Russisch, terwijl de Europese versie de onderhandelingen over grondgebied bij de contactlijn laat beginnen.", "Krim", "contactlijn", 21},
		{"en their version, the army left to the sentence before", "Point 6 of the US text capped Ukraine's army at 600,000. The Europeans, in their version, raised that to 800,000 in peacetime.", "600,000", "raised that to 800,000", 6},
		{"pl their version, the army left to the sentence before", "Punkt 6 amerykańskiego tekstu ograniczał armię Ukrainy do 600 tysięcy żołnierzy. Europejczycy w swojej wersji podnieśli to do 800 tysięcy.", "600 tysięcy", "800 tysięcy", 6},
		{"el their version, the army left to the sentence before", "Το σημείο 6 του αμερικανικού σχεδίου έθετε πλαφόν 600.000 ανδρών στον ουκρανικό στρατό. Οι Ευρωπαίοι, στη δική τους εκδοχή, το ανέβασαν στις 800.000 σε καιρό ειρήνης.", "600.000", "800.000", 6},
		{"hu their version, the army left to the sentence before", "Az amerikai terv 6. pontja 600 ezer katonában korlátozta az ukrán hadsereget. Az európaiak a saját változatukban ezt 800 ezerre emelték békeidőben.", "600 ezer", "800 ezer", 6},
		{"en ordinal, their version, a remark after", "We asked about the army. The sixth point of the US plan set a cap of 600,000 men for Ukraine's army. The Europeans, in their version, raised the bar to 800,000 in peacetime. \"That gap is huge for a country bordering Russia,\" the envoy said.", "600,000", "800,000", 6},
		{"el ordinal, their version, a remark after", "Μιλήσαμε για τον στρατό. Το έκτο σημείο του αμερικανικού σχεδίου έβαζε πλαφόν 600.000 ανδρών στις ουκρανικές ένοπλες δυνάμεις. Στη δική τους εκδοχή οι Ευρωπαίοι ανεβάζουν το πλαφόν στις 800.000. «Η απόσταση είναι μεγάλη», είπε ο πρέσβης.", "600.000", "800.000", 6},
		{"ru elections, their version", "Пункт 25 американского плана назначает выборы через 100 дней. В их версии выборы проходят как можно скорее после подписания.", "100 дней", "как можно скорее", 25},
	}
	for _, tt := range others {
		cases = append(cases, freshCase{name: tt.name, doc: "# Two drafts\n\n" + tt.doc + "\n",
			want: []Provision{{Plan: us, Number: tt.n, Text: tt.usText}, {Plan: eu, Number: tt.n, Text: tt.euText}}})
	}
	checkFresh(t, cases)
}

// TestRewriteLanguagesOtherMatter checks that a sentence or tail naming
// the European version after a US point is not that point's rewrite when
// it states no term the catalogue places at that number: it keeps the
// numbering, or it speaks of another point.
func TestRewriteLanguagesOtherMatter(t *testing.T) {
	for _, doc := range []string{
		"Point 6 of the US plan caps the army at 600,000 troops, but the European text keeps the US numbering throughout.",
		"Point 6 of the US plan caps the army at 600,000 troops. In their version, the Europeans start territorial talks from the line of contact.",
		"Il punto 6 americano fissa il tetto dell'esercito a 600 mila soldati, mentre nella versione europea la Crimea non viene riconosciuta come russa.",
		"Пункт 6 американского плана ограничивает армию 600 тысячами. В их версии этот документ короче на восемь пунктов.",
	} {
		d, err := Parse([]byte("# Two drafts\n\n"+doc+"\n"), ParseOptions{Now: fixedNow})
		if err != nil {
			t.Fatal(err)
		}
		for _, p := range d.Provisions {
			if p.Plan == "European counter-proposal" && p.Number == 6 {
				t.Errorf("%q: unwanted rewrite %q", doc, p.Text)
			}
		}
	}
}

// TestRewriteSentence checks the reading of the sentence after a point as
// its rewrite: the term may take words from the point's sentence ("lift
// that to 800,000" after the army's cap), but a term the point's sentence
// states alone gives the next sentence nothing, and a sentence naming the
// point's own version is no rewrite.
func TestRewriteSentence(t *testing.T) {
	const us, eu = "US 28-point draft", "European counter-proposal"
	tests := []struct {
		name, prev, s, plan string
		n                   int
		want                bool
	}{
		{"en words left to the point's sentence", "Point 6 caps Ukraine's army at 600,000.", "The Europeans, in their version, lift that to 800,000 in peacetime.", us, 6, true},
		{"fr words left to the point's sentence", "Le point 6 plafonne l'armée ukrainienne à 600 000 soldats.", "Dans leur version, les Européens portent cela à 800 000 en temps de paix.", us, 6, true},
		{"uk words left to the point's sentence", "Пункт 6 обмежує армію України 600 тисячами.", "У європейській версії цю цифру піднято до 800 тисяч.", us, 6, true},
		{"a term the point's sentence holds alone", "Point 12 of the US plan puts World Bank money into reconstruction.", "The European version keeps the World Bank role in reconstruction.", us, 12, false},
		{"the point's own version", "Point 6 caps Ukraine's army at 600,000.", "The US text adds that 800,000 troops are too many.", us, 6, false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			plan, n, ok := rewriteSentence(Provision{Plan: tt.plan, Number: tt.n}, 0, tt.prev, tt.s)
			if ok != tt.want || ok && (plan != eu || n != tt.n) {
				t.Errorf("rewriteSentence = %q %d %v, want %v", plan, n, ok, tt.want)
			}
		})
	}
}
