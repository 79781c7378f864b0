package corpus

import "testing"

// colonClauseCases are sentences about a named person closed by a colon and
// the person's words in the reporter's wording, not quoted (stop 67,
// zfreshs; sets Q, ZZB, ZZD, ZZH, ZZJ): the clause is their statement.
var colonClauseCases = []statementCase{
	{"fr tempère", langDoc("fr", "La réunion a duré tard. L'économiste Nadia Ferrand, de l'Observatoire de Lyon, tempère : le cadre ne dit rien du partage des contrats."), "Ferrand", "le cadre ne dit rien du partage des contrats"},
	{"ru обратил внимание", langDoc("ru", "Переговоры шли долго. Экономист Тимур Ахмеджанов обратил внимание на пункт 18: выборы на Украине должны пройти как можно скорее после подписания."), "Ахмеджанов", "выборы на Украине должны пройти"},
	{"ru выходит к журналистам", langDoc("ru", "Встреча закончилась ночью. Поздно вечером Юрий Ушаков, помощник президента, выходит к журналистам: компромисса по территориям пока нет, но некоторые предложения можно обсуждать."), "Ushakov", "компромисса по территориям пока нет"},
	{"it è stato netto", langDoc("it", "Il vertice è durato a lungo. Antonio Tajani è stato netto: il governo non manderà soldati in Ucraina senza un mandato."), "Tajani", "il governo non manderà soldati"},
	{"en was blunt", langDoc("en", "The hearing ran late. Senator Jane Whitcombe was blunt: the guarantees would mean nothing without a vote in Congress."), "Whitcombe", "the guarantees would mean nothing"},
}

// TestColonClause checks the cases, and that the clause reader
// (ParseOptions.noColonClause off) is what reads them.
func TestColonClause(t *testing.T) {
	checkStatements(t, colonClauseCases)
	checkNoStatementsWith(t, ParseOptions{noColonClause: true}, colonClauseCases)
}

// TestColonClauseNot: a colon after a people's plural, after a sentence
// that names someone late in it, before a list, a number, a bracketed note
// or a short phrase, is no one's statement.
func TestColonClauseNot(t *testing.T) {
	checkNoStatements(t, []statementCase{
		{"fr a plural read as a name", langDoc("fr", "Reste le point 8 du projet. Les Européens l'avaient réécrit : pas de stationnement permanent de troupes en temps de paix."), "", "pas de stationnement permanent"},
		{"es a name late in the sentence", langDoc("es", "La partida fue larga. La única derrota del maestro llegó en el tablero 17, ante Sergio Manrique, con una defensa siciliana: el joven sacrificó la calidad en la jugada 28."), "", "el joven sacrificó la calidad"},
		{"en a list", langDoc("en", "The hearing ran late. Senator Jane Whitcombe listed her demands: a vote in Congress; a timetable; a monitoring mission."), "", "a vote in Congress"},
		{"en a number first", langDoc("en", "The hearing ran late. Senator Jane Whitcombe gave the figures: 800,000 troops in peacetime and 600,000 in the old draft."), "", "800,000 troops in peacetime"},
		{"en a bracketed note", langDoc("en", "The hearing ran late. Senator Jane Whitcombe was on page one: backs the hubs, calls for a vote (not attributed)."), "", "backs the hubs"},
		{"en three words", langDoc("en", "The hearing ran late. Senator Jane Whitcombe had one word: absolutely not now."), "", "absolutely not now"},
	})
}
