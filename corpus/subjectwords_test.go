package corpus

import "testing"

// TestRoleNounSynonymsAsSubject checks a back-reference by another word for
// a title ("o parlamentar" after "o deputado", "O académico" after "o
// investigador", "the lawmaker" after a senator, "il parlamentare" after a
// deputy): the words are the person's named before. Without the nouns in
// roles.json the subject reader stops at them and the statement is lost.
func TestRoleNounSynonymsAsSubject(t *testing.T) {
	checkStatements(t, []statementCase{
		{"pt parlamentar", "---\ntitle: t\nlang: pt\n---\n\nO deputado Tiago Brandão disse que Portugal apoia a paz. O parlamentar respondeu que a pressa não pode ditar o conteúdo.",
			"Tiago Brandão", "a pressa não pode ditar o conteúdo"},
		{"pt académico", "---\ntitle: t\nlang: pt\n---\n\nPara o investigador Rui Valente, a Europa chegou tarde. O académico nota que a contraproposta preserva a soberania.",
			"Rui Valente", "a contraproposta preserva a soberania"},
		{"en lawmaker", "Senator Mara Hollis said the draft was rushed. The lawmaker added that the vote would wait until January.",
			"Mara Hollis", "the vote would wait until January"},
		{"it parlamentare", "---\ntitle: t\nlang: it\n---\n\nIl deputato Paolo Serrani ha detto che il testo è fragile. Il parlamentare ha aggiunto che il voto slitterà.",
			"Paolo Serrani", "il voto slitterà"},
	})
}

// TestObjectCliticBeforeVerb checks an object pronoun between the subject
// and the verb of saying ("ci spiega", "le ha detto", "nous a expliqué",
// "nos dijo"): it says to whom, and the subject before it speaks. Without
// objectclitics.json the subject reader stops at the clitic.
func TestObjectCliticBeforeVerb(t *testing.T) {
	checkStatements(t, []statementCase{
		{"it ci spiega", "---\ntitle: t\nlang: it\n---\n\nLa deputata Lucia Ferri ci spiega che il punto sulle elezioni è sbagliato.",
			"Lucia Ferri", "il punto sulle elezioni è sbagliato"},
		{"it ci ha detto", "---\ntitle: t\nlang: it\n---\n\nIl ministro Carlo Benvenuti ci ha detto che il negoziato è fermo.",
			"Carlo Benvenuti", "il negoziato è fermo"},
		{"fr nous a expliqué", "---\ntitle: t\nlang: fr\n---\n\nLa députée Claire Dufresnoy nous a expliqué que le texte était bâclé.",
			"Claire Dufresnoy", "le texte était bâclé"},
		{"es nos dijo", "---\ntitle: t\nlang: es\n---\n\nEl diputado Javier Olmedo nos dijo que el plan no tiene futuro.",
			"Javier Olmedo", "el plan no tiene futuro"},
	})
}

// TestAffiliationAppositive checks a name followed by an affiliation
// between commas ("Olena Kotlyar, dell'opposizione, spiega", "Marie Roux,
// du parti socialiste, a déclaré", "Tom Ellery, of the Green group,
// said"): the affiliation is no title, and the name speaks. Without
// affiliationAppos the appositive is not read as a role and no one is
// found.
func TestAffiliationAppositive(t *testing.T) {
	checkStatements(t, []statementCase{
		{"it", "---\ntitle: t\nlang: it\n---\n\nLa deputata Olena Kotlyar, dell'opposizione, spiega che il punto sulle elezioni è sbagliato.",
			"Olena Kotlyar", "il punto sulle elezioni è sbagliato"},
		{"fr", "---\ntitle: t\nlang: fr\n---\n\nLa députée Marie Roux, du groupe écologiste, a déclaré que le texte était bâclé.",
			"Marie Roux", "le texte était bâclé"},
		{"en", "Councillor Tom Ellery, of the opposition group, said the budget would not pass.",
			"Tom Ellery", "the budget would not pass"},
	})
}
