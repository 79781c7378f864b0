package corpus

import "testing"

// TestSpokespersonTailOverBody checks a body's position reported through
// its spokesperson named after it ("Le Kremlin … dit n'avoir reçu aucun
// texte, a indiqué son porte-parole, Dmitri Peskov."): the spokesperson
// speaks, with their title, and the attribution is not part of the words.
// In French, English and Spanish. Without spokesTail the body speaks and
// the words carry the attribution.
func TestSpokespersonTailOverBody(t *testing.T) {
	checkStatementsExact(t, []statementCase{
		{"fr", ysDoc("fr", "Plan de paix", "Le Kremlin, de son côté, dit n'avoir reçu aucun texte officiel, a indiqué son porte-parole, Dmitri Peskov."),
			"Dmitry Peskov", "n'avoir reçu aucun texte officiel"},
		{"en", ysDoc("en", "Peace plan", "The Kremlin says it has received no official text, its spokesman, Dmitry Peskov, said."),
			"Dmitry Peskov", "it has received no official text"},
		{"es", ysDoc("es", "Plan de paz", "El Kremlin dice no haber recibido ningún texto oficial, indicó su portavoz, Dmitri Peskov."),
			"Dmitry Peskov", "no haber recibido ningún texto oficial"},
	})
}

// TestJuristTitle checks a jurist quoted by title in an inverted
// attribution ("…, rappelle la juriste Anne-Sophie Delcour."): the title
// is a role word, so the name after it is read as the speaker, in
// French, Italian and Spanish. Without the jurist words in roles.json the
// sentence has no speaker.
func TestJuristTitle(t *testing.T) {
	checkStatements(t, []statementCase{
		{"fr", ysDoc("fr", "Avoirs", "Les avoirs sont russes et gelés depuis longtemps, rappelle la juriste Anne-Sophie Delcour."),
			"Anne-Sophie Delcour", "Les avoirs sont russes"},
		{"it", ysDoc("it", "Beni", "I beni sono russi e congelati da tempo, ricorda la giurista Anna Delcorso."),
			"Anna Delcorso", "I beni sono russi"},
		{"es", ysDoc("es", "Activos", "Los activos son rusos y están congelados desde hace tiempo, recuerda la jurista Ana Delgado."),
			"Ana Delgado", "Los activos son rusos"},
	})
}
