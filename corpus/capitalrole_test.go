package corpus

import "testing"

// TestCapitalRoleHolder: a title capitalised alone after the verb, as
// official styles write a head of state's, is the person the document
// gave that title; a staff title over a transcript turn is not read so.
func TestCapitalRoleHolder(t *testing.T) {
	checkStatements(t, []statementCase{
		{"uk quote, capitalised title after the dash",
			reportDoc("uk", "Президент Остап Дорошенко провів розмову з партнерами.\n\n«Ми обговорили всі пункти документа», — зазначив Президент."),
			"Остап Дорошенко", "Ми обговорили всі пункти документа"},
		{"it capitalised title after the verb",
			reportDoc("it", "Il Presidente Aldo Ferraris ha ricevuto gli ambasciatori.\n\n«Serve una tregua vera», ha detto il Presidente."),
			"Aldo Ferraris", "Serve una tregua vera"},
	})
}

// TestTitleSynonymsForExperts: another word for an expert's or a
// deputy's title after "according to" refers back to the person named
// with the title ("Selon le parlementaire, …"), and an office named in the
// document's language finds its holder ("O Presidente francês garantiu").
func TestTitleSynonymsForExperts(t *testing.T) {
	checkStatements(t, []statementCase{
		{"fr selon le parlementaire",
			reportDoc("fr", "Le député Hugo Vasseur, élu du Cher, reste prudent. « Rien n'est signé », estime-t-il. Selon le parlementaire, le coût reste le vrai problème."),
			"Hugo Vasseur", "le coût reste le vrai problème"},
		{"es según la especialista",
			reportDoc("es", "«El texto es ambiguo», resume Nuria Castell, investigadora del Instituto Ibérico. Según la especialista, la tregua no durará."),
			"Nuria Castell", "la tregua no durará"},
		{"pt office of a known person",
			reportDoc("pt", "Emmanuel Macron afirmou que a França enviará observadores. O Presidente francês garantiu que não haverá tropas na frente."),
			"Emmanuel Macron", "não haverá tropas na frente"},
	})
}
