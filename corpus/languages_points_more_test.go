package corpus

import "testing"

// TestPointsTeensMoreLanguages checks points named by ordinals from the
// eleventh on, in the languages whose lists stopped at the tenth or
// missed a case (plans.json ordinals: Dutch, Hungarian, Romanian,
// Estonian, the Finnish inessive, the Slovak nominative and locative;
// pointrefs.json ordinalTens "yirmi", "on": Turkish writes "on beşinci",
// ten fifth, which was read as the fifth), and the Serbian point word
// "tačka"/"тачка" with the plan named by its 28 points. The words for
// centuries and years do not make points.
func TestPointsTeensMoreLanguages(t *testing.T) {
	head := func(lang, title string) string {
		return "---\ntitle: t\nlang: " + lang + "\n---\n\n# " + title + "\n\n"
	}
	checkFresh(t, []freshCase{
		{name: "nl vijftiende punt", doc: head("nl", "Het Amerikaanse 28-puntenplan") + "Het vijftiende punt bepaalt dat de sancties stap voor stap worden opgeheven.\n",
			want: []Provision{{Plan: "US 28-point draft", Number: 15, Text: "sancties stap voor stap"}}},
		{name: "nl eenentwintigste punt", doc: head("nl", "Het Amerikaanse 28-puntenplan") + "Het eenentwintigste punt bepaalt dat de frontlijn wordt bevroren.\n",
			want: []Provision{{Plan: "US 28-point draft", Number: 21, Text: "frontlijn wordt bevroren"}}},
		{name: "hu tizenötödik pontja", doc: head("hu", "A 28 pontos amerikai terv") + "A terv tizenötödik pontja kimondja, hogy a szankciókat fokozatosan oldják fel.\n",
			want: []Provision{{Plan: "US 28-point draft", Number: 15, Text: "szankciókat fokozatosan"}}},
		{name: "ro al cincisprezecelea punct", doc: head("ro", "Planul american în 28 de puncte") + "Al cincisprezecelea punct prevede ridicarea treptată a sancțiunilor.\n",
			want: []Provision{{Plan: "US 28-point draft", Number: 15, Text: "ridicarea treptată"}}},
		{name: "et viieteistkümnes punkt", doc: head("et", "USA 28-punktiline rahuplaan") + "Viieteistkümnes punkt sätestab, et sanktsioonid kaotatakse järk-järgult.\n",
			want: []Provision{{Plan: "US 28-point draft", Number: 15, Text: "sanktsioonid kaotatakse"}}},
		{name: "fi viidennessätoista kohdassa", doc: head("fi", "Yhdysvaltain 28-kohtainen suunnitelma") + "Viidennessätoista kohdassa todetaan, että pakotteet puretaan vaiheittain.\n",
			want: []Provision{{Plan: "US 28-point draft", Number: 15, Text: "pakotteet puretaan"}}},
		{name: "sk v pätnástom bode", doc: head("sk", "Americký 28-bodový plán") + "V pätnástom bode plánu sa uvádza, že sankcie sa budú rušiť postupne.\n",
			want: []Provision{{Plan: "US 28-point draft", Number: 15, Text: "sankcie sa budú rušiť"}}},
		{name: "sk pätnásty bod", doc: head("sk", "Americký 28-bodový plán") + "Pätnásty bod stanovuje, že sankcie sa budú rušiť postupne.\n",
			want: []Provision{{Plan: "US 28-point draft", Number: 15, Text: "sankcie sa budú rušiť"}}},
		{name: "tr on beşinci madde", doc: head("tr", "28 maddelik ABD planı") + "On beşinci madde, yaptırımların aşamalı olarak kaldırılmasını öngörüyor.\n",
			want: []Provision{{Plan: "US 28-point draft", Number: 15, Text: "yaptırımların aşamalı"}}},
		// Turkish "on" (ten) is an English word: it joins only Turkish
		// units (pointrefs.json tensOnlyBefore), so these stay the fifth
		{name: "en on fifth point", doc: head("en", "The US 28-point plan") + "Negotiators dwelt on fifth point, which says that sanctions are lifted in stages.\n",
			want: []Provision{{Plan: "US 28-point draft", Number: 5, Text: "sanctions are lifted in stages"}}},
		{name: "en on fifth opening", doc: head("en", "The US 28-point plan") + "On fifth point, the plan says that sanctions are lifted in stages.\n",
			want: []Provision{{Plan: "US 28-point draft", Number: 5, Text: "sanctions are lifted in stages"}}},
		{name: "sr tačka 15", doc: head("sr", "Američki plan od 28 tačaka") + "Tačka 15 predviđa da se sankcije ukidaju postepeno.\n",
			want: []Provision{{Plan: "US 28-point draft", Number: 15, Text: "sankcije ukidaju postepeno"}}},
		{name: "sr тачка 15", doc: head("sr", "Амерички план од 28 тачака") + "Тачка 15 предвиђа да се санкције укидају постепено.\n",
			want: []Provision{{Plan: "US 28-point draft", Number: 15, Text: "санкције укидају постепено"}}},
	})
	for _, c := range []struct{ text, want string }{
		{"plan od 28 tačaka", "US 28-point draft"},
		{"план од 28 тачака", "US 28-point draft"},
	} {
		if got, _ := planFor(c.text); got != c.want {
			t.Errorf("planFor(%q) = %q, want %q", c.text, got, c.want)
		}
	}
	// the same ordinals before other nouns, and the point word with no
	// number, give no point
	for _, doc := range []string{
		head("nl", "Het Amerikaanse 28-puntenplan") + "In de twintigste eeuw werd de grens al eens verlegd.\n",
		head("hu", "A 28 pontos amerikai terv") + "A huszadik század háborúi után a határ sokszor változott.\n",
		head("tr", "28 maddelik ABD planı") + "On beşinci yılında savaş hâlâ sürüyor.\n",
		head("sr", "Američki plan od 28 tačaka") + "Za Beograd je to tačka bez povratka.\n",
		head("et", "USA 28-punktiline rahuplaan") + "Kuueteistkümnes kohtumine lõppes tulemuseta.\n",
	} {
		d, err := Parse([]byte(doc), ParseOptions{Now: fixedNow})
		if err != nil {
			t.Fatal(err)
		}
		if len(d.Provisions) != 0 {
			t.Errorf("%q: want no provision, got %+v", doc, d.Provisions)
		}
	}
}

// TestPointPostpositions checks a point named by an ordinal and set out
// after an "according to" postposition, as Hungarian, Finnish and
// Estonian write it ("a terv 15. pontja szerint …", pointrefs.json
// pointVerbs); the postposition after a person stays their statement and
// gives no point.
func TestPointPostpositions(t *testing.T) {
	head := func(lang, title string) string {
		return "---\ntitle: t\nlang: " + lang + "\n---\n\n# " + title + "\n\n"
	}
	checkFresh(t, []freshCase{
		{name: "hu pontja szerint", doc: head("hu", "A 28 pontos amerikai terv") + "A terv 15. pontja szerint a szankciókat fokozatosan oldják fel.\n",
			want: []Provision{{Plan: "US 28-point draft", Number: 15, Text: "szankciókat fokozatosan"}}},
		{name: "hu ordinal, pont szerint", doc: head("hu", "A 28 pontos amerikai terv") + "A tizenötödik pont szerint a szankciókat fokozatosan oldják fel.\n",
			want: []Provision{{Plan: "US 28-point draft", Number: 15, Text: "szankciókat fokozatosan"}}},
		{name: "fi kohdan mukaan", doc: head("fi", "Yhdysvaltain 28-kohtainen suunnitelma") + "Suunnitelman 15. kohdan mukaan pakotteet puretaan vaiheittain.\n",
			want: []Provision{{Plan: "US 28-point draft", Number: 15, Text: "pakotteet puretaan"}}},
		{name: "et punkti järgi", doc: head("et", "USA 28-punktiline rahuplaan") + "Plaani 15. punkti järgi kaotatakse sanktsioonid järk-järgult.\n",
			want: []Provision{{Plan: "US 28-point draft", Number: 15, Text: "sanktsioonid järk-järgult"}}},
	})
	for _, doc := range []string{
		head("hu", "A 28 pontos amerikai terv") + "Kovács Anna szerint a 15. pont a legfontosabb.\n",
		head("fi", "Yhdysvaltain 28-kohtainen suunnitelma") + "Virtasen mukaan 15. kohta on tärkein.\n",
	} {
		d, err := Parse([]byte(doc), ParseOptions{Now: fixedNow})
		if err != nil {
			t.Fatal(err)
		}
		if len(d.Provisions) != 0 {
			t.Errorf("%q: want no provision, got %+v", doc, d.Provisions)
		}
	}
}

// TestOrdinalPointOfDocument checks an ordinal point tied to its document
// by a Dutch or Greek phrase ("Het zevende punt van het plan bepaalt",
// "Το έβδομο σημείο του σχεδίου προβλέπει", pointrefs.json
// pointComplements; the Greek one had lost its number) and a Romanian
// ordinal after its point word ("Punctul al șaptelea prevede",
// ordinalArticlesAfter). The same preposition before anything but the
// document makes no point.
func TestOrdinalPointOfDocument(t *testing.T) {
	head := func(lang, title string) string {
		return "---\ntitle: t\nlang: " + lang + "\n---\n\n# " + title + "\n\n"
	}
	checkFresh(t, []freshCase{
		{name: "nl van het plan", doc: head("nl", "Het Amerikaanse 28-puntenplan") + "Het zevende punt van het plan bepaalt dat Oekraïne niet toetreedt tot de NAVO.\n",
			want: []Provision{{Plan: "US 28-point draft", Number: 7, Text: "Oekraïne niet toetreedt"}}},
		{name: "el του σχεδίου", doc: head("el", "Το αμερικανικό σχέδιο 28 σημείων") + "Το έβδομο σημείο του σχεδίου προβλέπει ότι η Ουκρανία δεν θα ενταχθεί στο ΝΑΤΟ.\n",
			want: []Provision{{Plan: "US 28-point draft", Number: 7, Text: "η Ουκρανία δεν θα ενταχθεί"}}},
		{name: "ro punctul al șaptelea", doc: head("ro", "Planul american în 28 de puncte") + "Punctul al șaptelea prevede că Ucraina nu va adera la NATO.\n",
			want: []Provision{{Plan: "US 28-point draft", Number: 7, Text: "Ucraina nu va adera"}}},
		{name: "ro punctul al cincisprezecelea", doc: head("ro", "Planul american în 28 de puncte") + "Punctul al cincisprezecelea prevede ridicarea treptată a sancțiunilor.\n",
			want: []Provision{{Plan: "US 28-point draft", Number: 15, Text: "ridicarea treptată"}}},
	})
	for _, doc := range []string{
		head("nl", "Het Amerikaanse 28-puntenplan") + "Het eerste punt van kritiek is dat Oekraïne niet werd geraadpleegd.\n",
		head("el", "Το αμερικανικό σχέδιο 28 σημείων") + "Το πρώτο σημείο της συζήτησης ήταν η ασφάλεια της Ευρώπης.\n",
	} {
		d, err := Parse([]byte(doc), ParseOptions{Now: fixedNow})
		if err != nil {
			t.Fatal(err)
		}
		if len(d.Provisions) != 0 {
			t.Errorf("%q: want no provision, got %+v", doc, d.Provisions)
		}
	}
}
