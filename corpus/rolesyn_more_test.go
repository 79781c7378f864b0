package corpus

import "testing"

// TestRoleSynonymOffices checks the other words a report uses for a head
// of government, a foreign minister and a president once the person has
// been named with the title ("szef rządu", "el mandatario", "capo della
// diplomazia", "Regierungschef", "chef de la diplomatie", "глава МЗС"):
// the statement goes to that person, not to an unnamed source or nobody.
func TestRoleSynonymOffices(t *testing.T) {
	cases := map[string]struct{ doc, speaker, words string }{
		"pl": {"---\nlang: pl\n---\n# T\n\nPremier Marek Zawada powiedział w piątek, że rozmowy trwają. Minister obrony Jan Lis mówił, że armia jest gotowa. Szef rządu dodał po spotkaniu, że granice nie mogą być zmieniane siłą.\n",
			"Marek Zawada", "granice nie mogą być zmieniane siłą"},
		"pl-dipl": {"---\nlang: pl\n---\n# T\n\nMinister spraw zagranicznych Adam Brzoza powiedział, że rozmowy trwają. Premier Marek Zawada mówił, że rząd jest gotowy. Szef dyplomacji zaznaczył, że Polska czeka na pełny tekst.\n",
			"Adam Brzoza", "Polska czeka na pełny tekst"},
		"es": {"---\nlang: es\n---\n# T\n\nEl presidente chileno Tomás Arancibia viajó a Lisboa. Según el mandatario, la negociación todavía no ha empezado de verdad.\n",
			"Tomás Arancibia", "la negociación todavía no ha empezado"},
		"it": {"---\nlang: it\n---\n# T\n\nIl ministro degli esteri Carlo Bindi ha detto che i colloqui continuano. Il ministro della difesa Aldo Rizzi ha detto che servono garanzie. Il capo della diplomazia ha detto che l'Italia resta al tavolo.\n",
			"Carlo Bindi", "l'Italia resta al tavolo"},
		"de": {"---\nlang: de\n---\n# T\n\nDer österreichische Bundeskanzler Paul Weidlinger reiste am Montag nach Prag. Der Regierungschef sagte, Europa müsse mit einer Stimme sprechen.\n",
			"Paul Weidlinger", "Europa müsse mit einer Stimme sprechen"},
		"fr": {"---\nlang: fr\n---\n# T\n\nLe ministre des Affaires étrangères Luc Ferrand a jugé mardi à Berlin que le texte restait flou. La ministre des Armées Anne Roux a dit que l'armée était prête. Le chef de la diplomatie a ensuite déclaré que la France ne signerait rien sans Kiev.\n",
			"Luc Ferrand", "la France ne signerait rien sans Kiev"},
	}
	checkSpokenBy(t, cases)
}
