package corpus

import "testing"

// recountVerbCases are verbs of telling, answering, confirming and
// reporting (verbs.json recountVerbs) before a that-word: the clause is
// what the subject said. The texts are made up for the test.
var recountVerbCases = []statementCase{
	{"it conferma che", langDoc("it", "Il rifugio riapre a dicembre. Il gestore Marco Bellini conferma che il locale invernale resta aperto con dodici posti letto."), "Marco Bellini", "il locale invernale resta aperto"},
	{"fr a raconté que", langDoc("fr", "La soirée a réuni quarante personnes. Irina Morel a raconté que sa sœur vivait toujours à Kharkiv."), "Irina Morel", "sa sœur vivait toujours à Kharkiv"},
	{"fr a redit que", langDoc("fr", "Les ministres se sont réunis à Rome. Giorgia Meloni a redit que l'Italie n'enverrait aucun soldat."), "Giorgia Meloni", "l'Italie n'enverrait aucun soldat"},
	{"en answered that", langDoc("en", "The club met on Tuesday. Dr Helen Marsh, a historian, said the old pitch had served for forty years. One member asked whether the new one would be ready. Dr Marsh answered that most pitches in the county had opened late."), "Helen Marsh", "most pitches in the county had opened late"},
	{"pl replikowała, że", langDoc("pl", "Debata trwała dwie godziny. Anna Kowalczyk replikowała, że bez pieniędzy nie będzie odbudowy."), "Anna Kowalczyk", "bez pieniędzy nie będzie odbudowy"},
	{"uk доповів, що", langDoc("uk", "Засідання відкрили о десятій. Черговий інженер Петро Коваль доповів, що генератор працював без перебоїв."), "Петро Коваль", "генератор працював без перебоїв"},
}

// TestRecountVerbs checks the recount verbs before a that-word, that the
// switch turns them off, and that with a plain object they say nothing.
func TestRecountVerbs(t *testing.T) {
	checkStatements(t, recountVerbCases)
	// "Dr Marsh answered that …" is read by another reader with the switch
	// set, under "Dr Marsh" as long as a title and surname stayed the name;
	// honorificfull.go (stop 71) makes it Helen Marsh, so that reading is
	// left off here to keep the switch's check on this reader alone
	checkNoSpeakerWith(t, ParseOptions{noRecountVerbs: true, noHonorificFull: true}, recountVerbCases)
	checkNoSpeakerWith(t, ParseOptions{}, []statementCase{
		// a plain object: no speech
		{"it conferma la notizia", langDoc("it", "Il rifugio riapre a dicembre. Marco Bellini conferma la notizia della riapertura del locale invernale."), "Marco Bellini", "la notizia della riapertura"},
		{"en answered questions", langDoc("en", "The club met on Tuesday. Helen Marsh answered questions from members about the new pitch for an hour."), "Helen Marsh", "questions from members"},
		{"fr a raconté une histoire", langDoc("fr", "La soirée a réuni quarante personnes. Irina Morel a raconté une histoire de son enfance à Kharkiv."), "Irina Morel", "une histoire de son enfance"},
	})
}
