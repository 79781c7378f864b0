package corpus

import "testing"

// TestSynonymWithNationality checks another word for a title with a
// nationality inside ("Szef polskiej dyplomacji" after the Polish foreign
// minister spoke, "il capo della diplomazia italiana" after Tajani): the
// words are that minister's. A nationality that the minister's title
// contradicts ("szef rosyjskiej dyplomacji" after the German minister)
// must not point to them (a guard: in the released set O the check in
// titleOfCountry is what keeps Lavrov's words from Poland's minister).
// Without withoutDemonym the Polish phrase is read as an unnamed source.
func TestSynonymWithNationality(t *testing.T) {
	pl := "---\ntitle: t\nlang: pl\n---\n\nMinister spraw zagranicznych Radosław Sikorski powiedział, że plan trzeba zmienić.\n\nSzef polskiej dyplomacji zaznaczył, że o bezpieczeństwie Europy nie można decydować bez Europejczyków.\n"
	it := "---\ntitle: t\nlang: it\n---\n\nIl ministro degli Esteri Antonio Tajani ha detto che il piano va cambiato.\n\nIl capo della diplomazia italiana ha aggiunto che serve una pace giusta.\n"
	checkStatements(t, []statementCase{
		{"pl", pl, "Radosław Sikorski", "nie można decydować bez Europejczyków"},
		{"it", it, "Antonio Tajani", "serve una pace giusta"},
	})
	other := "---\ntitle: t\nlang: pl\n---\n\nMinister spraw zagranicznych Niemiec Johann Wadephul powiedział, że plan trzeba zmienić.\n\nSzef rosyjskiej dyplomacji ostrzegł, że sytuacja będzie zasadniczo inna.\n"
	for _, s := range statementsOf(t, other) {
		if s.Speaker == "Johann Wadephul" && s.Text != "plan trzeba zmienić" {
			t.Errorf("Russia's foreign minister read as Germany's: %q", s.Text)
		}
	}
}
