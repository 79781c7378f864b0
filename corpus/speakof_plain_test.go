package corpus

import "testing"

// TestSpokeOfPlain: a speak-of verb with no quotation gives the speaker's
// characterisation as their statement, forward ("mówiła o …") and with
// the participle last ("habe von … gesprochen"). Each case fails without
// speakof_plain.go.
func TestSpokeOfPlain(t *testing.T) {
	checkStatements(t, []statementCase{
		{"it ha parlato di", langDoc("it", "Il ministro Carlo Benvenuti ha parlato di passi avanti molto concreti."), "Benvenuti", "passi avanti molto concreti"},
		{"pl mówiła o", langDoc("pl", "Minister Anna Kowalczyk mówiła o wyraźnym zbliżeniu stanowisk."), "Kowalczyk", "o wyraźnym zbliżeniu stanowisk"},
		{"pt falou em", langDoc("pt", "A ministra Rita Almeida falou em avanços muito claros."), "Almeida", "avanços muito claros"},
		{"en spoke of", langDoc("en", "Senator Ann Reyes spoke of slow but real progress in the talks."), "Reyes", "slow but real progress"},
		{"de sprach von after a time phrase", langDoc("de", "Der Minister Jens Albrecht sprach am Abend von einem schwierigen Tag für Europa."), "Albrecht", "einem schwierigen Tag"},
		{"it a coordinated say verb keeps only what was said", langDoc("it", "La ministra Paola Serra ha parlato di una giornata lunga e ha detto che il testo cambierà."), "Serra", "il testo cambierà"},
		{"de participle last", langDoc("de", "Die Ministerin Anke Wollrath habe von deutlichen Fortschritten gesprochen, die man noch sichern müsse."), "Wollrath", "von deutlichen Fortschritten gesprochen, die man noch sichern müsse"},
	})
}

// TestSpokeOfPlainNot: what the plain reading must leave alone: an
// anonymity phrase, a topic preposition, a place or a pronoun after the
// preposition, and a reporter's own verdict after the speaker's report.
func TestSpokeOfPlainNot(t *testing.T) {
	checkNoStatements(t, []statementCase{
		{"en anonymity", langDoc("en", "The diplomat Tom Brandt spoke on condition of anonymity because the talks were private."), "", "anonymity"},
		{"en about is a topic", langDoc("en", "Senator Ann Reyes spoke about the talks with reporters on Monday."), "", "the talks"},
		{"it a place", langDoc("it", "Il ministro Carlo Benvenuti ha parlato di Ginevra e dei suoi alberghi."), "", "Ginevra"},
		{"it a pronoun", langDoc("it", "Il ministro Carlo Benvenuti ha parlato di questo."), "", "questo"},
		{"pl a topic noun", langDoc("pl", "Wiceminister Jan Wrona mówił o projekcie porozumienia przez godzinę."), "", "projekcie"},
		{"en a topic noun", langDoc("en", "Minister Eva Lind spoke of the draft in the morning."), "", "the draft"},
		{"de reporter's verdict", langDoc("de", "Im Blatt heißt es, Ministerin Anke Wollrath habe von deutlichen Fortschritten gesprochen. Die Zeitung bleibt skeptisch: Der Entwurf sei zu vage."), "", "zu vage"},
	})
}
