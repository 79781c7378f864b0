package corpus

import "testing"

// definiteApposCases are named speakers described by a post after a
// definite article or none, with a noun no role list holds.
var definiteApposCases = []statementCase{
	{"en the fitter", langDoc("en", "The depot met on Monday. Kevin Doyle, the fitter, said the chains on the trailer would be replaced this week."), "Kevin Doyle", "the chains on the trailer would be replaced"},
	{"en the club treasurer", langDoc("en", "The club met on Monday. Gwen Ashby, the club treasurer, said that the roof fund was still short."), "Gwen Ashby", "the roof fund was still short"},
	{"en bare treasurer", langDoc("en", "The club met on Monday. Gwen Ashby, treasurer, said that the roof fund was still short."), "Gwen Ashby", "the roof fund was still short"},
	{"en the organiser at the hall", langDoc("en", "The fair opened on Friday. Pat Munro, the organiser at the hall, said the raffle had paid for two generators."), "Pat Munro", "the raffle had paid for two generators"},
	{"fr le trésorier", langDoc("fr", "Le comité s'est réuni lundi. Marc Joubert, le trésorier, a déclaré que la subvention n'était pas encore confirmée."), "Marc Joubert", "la subvention n'était pas encore confirmée"},
	{"es el tesorero", langDoc("es", "La junta se reunió el lunes. Ramón Ferrer, el tesorero, afirmó que las cuentas estaban cerradas."), "Ramón Ferrer", "las cuentas estaban cerradas"},
	{"it il tesoriere", langDoc("it", "Il comitato si è riunito lunedì. Marco Bellini, il tesoriere, ha detto che il bilancio era in pareggio."), "Marco Bellini", "il bilancio era in pareggio"},
	{"en the greenkeeper, Name", langDoc("en", "The club met on Monday. The greenkeeper, Stan Hollin, said the rink would be re-laid before the league night."), "Stan Hollin", "the rink would be re-laid"},
	{"en after a semicolon", langDoc("en", "The mat has a ripple; the greenkeeper, Stan Hollin, said the rink would be re-laid before the league night."), "Stan Hollin", "the rink would be re-laid"},
	{"it la responsabile, Name", langDoc("it", "Il comitato si è riunito. La responsabile comunicazione, Sara Ventresca, ha detto che il bilancio era in pareggio."), "Sara Ventresca", "il bilancio era in pareggio"},
	{"es el encargado de prensa", langDoc("es", "La junta se reunió el lunes. Ramón Ferrer, el encargado de prensa, afirmó que las cuentas estaban cerradas."), "Ramón Ferrer", "las cuentas estaban cerradas"},
}

func TestDefiniteAppos(t *testing.T) {
	checkStatements(t, definiteApposCases)
	checkNoSpeakerWith(t, ParseOptions{noDefiniteAppos: true}, definiteApposCases)
	// not a post: an adverb, a time phrase, a word with an agent ending that
	// names no one
	checkNoSpeakerWith(t, ParseOptions{}, []statementCase{
		{"en the latter", langDoc("en", "The club met on Monday. Gwen Ashby, the latter, said the roof fund was still short."), "Gwen Ashby", "the roof fund was still short"},
	})
}
