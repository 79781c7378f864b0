package corpus

import "testing"

// TestViewPhraseInsideClause checks a two-word "according to him" phrase
// set inside a clause without commas in the languages that write it so
// ("… jsou podle něj přijatelné", "… boli podľa neho produktívne"): the
// person just named or who just spoke holds the view (viewanywhere.go).
func TestViewPhraseInsideClause(t *testing.T) {
	doc := func(lang, body string) string { return "---\ntitle: t\nlang: " + lang + "\n---\n\n" + body }
	checkStatements(t, []statementCase{
		{"cs podle něj after a named minister", doc("cs", "Ministr Radek Zbořil mluvil v rozhlase. Některé body jsou podle něj pro Brno nepřijatelné."), "Zbořil", "Některé body jsou podle něj pro Brno nepřijatelné"},
		{"cs podle něj after a speaker", doc("cs", "Ministr Ivan Hradecký řekl, že jednání pokračují. Zbytek textu je podle něj zbytečně vágní."), "Hradecký", "Zbytek textu je podle něj zbytečně vágní"},
		{"sk podľa neho", doc("sk", "Minister Juraj Bielik hovoril s novinármi. Stretnutia boli podľa neho užitočné a vecné."), "Bielik", "Stretnutia boli podľa neho užitočné"},
		{"pl według niego inside", doc("pl", "Poseł Marek Wilczyński komentował projekt. Warszawa ma według niego niewiele do powiedzenia."), "Wilczyński", "Warszawa ma według niego niewiele"},
	})
	for _, c := range []struct{ name, text string }{
		{"cs podle něj standing for a plan", doc("cs", "Vláda zveřejnila nový plán. Armáda se podle něj stáhne za řeku.")},
		{"sk podľa neho standing for a document", doc("sk", "Parlament schválil zákon. Obce dostanú podľa neho viac peňazí.")},
	} {
		t.Run(c.name, func(t *testing.T) {
			if ss := statementsOf(t, c.text); len(ss) != 0 {
				t.Errorf("a pronoun standing for a thing gave %+v", ss)
			}
		})
	}
}

// TestGappedPhraseVerbs checks a phrase verb of two words written apart,
// with the speaker or adverbs between its words ("liet Rutte weten dat",
// "pekar samtidigt på att"), and the verbs of admitting and judging that
// need a that-word (Czech "připustil, že", "soudí, že"; Swedish
// "påpekar att").
func TestGappedPhraseVerbs(t *testing.T) {
	doc := func(lang, body string) string { return "---\ntitle: t\nlang: " + lang + "\n---\n\n" + body }
	checkStatements(t, []statementCase{
		{"nl inverted speaker", doc("nl", "Vanuit Den Haag liet minister Anouk Verbeek weten dat Nederland extra geld vrijmaakt."), "Verbeek", "Nederland extra geld vrijmaakt"},
		{"nl inverted with a weekday", doc("nl", "In Kyiv liet woordvoerder Taras Melnyk dinsdag weten dat de delegatie vertrekt."), "Melnyk", "de delegatie vertrekt"},
		{"nl weekday only between", doc("nl", "Minister Anouk Verbeek liet donderdag weten dat de steun doorgaat."), "Verbeek", "de steun doorgaat"},
		{"sv adverb between", doc("sv", "Forskaren Lena Holmberg talade i radio. Holmberg pekar samtidigt på att texten saknar garantier."), "Holmberg", "texten saknar garantier"},
		{"sv påpekar", doc("sv", "Ministern Erik Sjöholm påpekar att stödet ligger fast."), "Sjöholm", "stödet ligger fast"},
		{"cs připustil", doc("cs", "Ministr Radek Zbořil připustil, že Brno ví jen málo."), "Zbořil", "Brno ví jen málo"},
		{"cs soudí", doc("cs", "Analytik Ondřej Šimek soudí, že válka brzy neskončí."), "Šimek", "válka brzy neskončí"},
	})
	for _, c := range []struct{ name, text string }{
		{"nl no one between", doc("nl", "De gemeente liet het plan weten dat niemand kende.")},
		{"sv pointing at a map", doc("sv", "Guiden pekar på kartan att visa vägen.")},
		{"cs admitted a mistake", doc("cs", "Ministr Radek Zbořil připustil chybu v rozpočtu.")},
		{"cs a court judging", doc("cs", "Soud soudí případ korupce na radnici.")},
	} {
		t.Run(c.name, func(t *testing.T) {
			if ss := statementsOf(t, c.text); len(ss) != 0 {
				t.Errorf("no speech here, got %+v", ss)
			}
		})
	}
}
