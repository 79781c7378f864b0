package corpus

import "testing"

// TestDashTailSubjectFirst checks a dashed quotation closed by a comma and
// an attribution with its speaker before the verb, in Finnish, Czech
// and Polish, and with the verb first but a channel after the name
// (Estonian); and that a tail with no speech verb, or with a clause after
// the verb, gives no statement.
func TestDashTailSubjectFirst(t *testing.T) {
	doc := func(lang, body string) string { return "---\ntitle: t\nlang: " + lang + "\n---\n\n" + body }
	checkStatements(t, []statementCase{
		{"fi: title, name, verb, adverbial", doc("fi", "– Rauha vaatii kärsivällisyyttä, ulkoministeri Liisa Korhonen sanoo haastattelussa."), "Liisa Korhonen", "Rauha vaatii kärsivällisyyttä"},
		{"fi: two sentences before the tail", doc("fi", "– Neuvottelut ovat vaikeita. Ne voivat kestää kuukausia, ministeri Antti Virtanen sanoi toimittajille."), "Antti Virtanen", "Ne voivat kestää kuukausia"},
		{"cs: title and name, verb, addressee", doc("cs", "– Tenhle text nic neřeší, ministr Jan Novák řekl novinářům."), "Jan Novák", "Tenhle text nic neřeší"},
		{"pl: title and name before the verb", doc("pl", "– Ten dokument niczego nie rozstrzyga, minister Jan Kowalski powiedział dziennikarzom."), "Jan Kowalski", "Ten dokument niczego nie rozstrzyga"},
		{"et: verb first, adverbial after the name", doc("et", "– Läbirääkimised jätkuvad järgmisel nädalal, ütles välisminister Kadri Tamm intervjuus."), "Kadri Tamm", "Läbirääkimised jätkuvad järgmisel nädalal"},
	})
	for _, body := range []string{
		doc("fi", "– Lähdemme huomenna Tampereelle, koska sää on silloin hyvä."),
		doc("fi", "– Se oli selvää, presidentti sanoi eilen illalla hyvin pitkässä puheessa ja lähti."),
	} {
		for _, s := range statementsOf(t, body) {
			t.Errorf("%q: statement %q by %q, want none", body, s.Text, s.Speaker)
		}
	}
}
