package index

import "testing"

// TestQuestionShowsAnswer: a query worded like an interviewer's question
// ("P. ¿Es optimista?", "Question : Faut-il craindre un gel du front ?", a
// reader Q&A heading) is answered by the paragraph after the question, in
// its place; a question mark inside a long paragraph is no interview
// question.
func TestQuestionShowsAnswer(t *testing.T) {
	ix := openTexts(t,
		"---\nlang: es\n---\n\nMarta Quiroga dirige un centro de estudios navales.\n\nP. ¿Es optimista sobre el corredor de grano?\n\nR. Soy prudente: nadie vigila todavía las rutas de los buques.\n",
		"---\nlang: fr\n---\n\nLe général a été entendu mercredi.\n\nQuestion : Faut-il craindre un gel du front ?\n\nRéponse : Oui, car une ligne figée devient vite une frontière de fait.\n",
		"---\nlang: en\n---\n\nReaders asked us about the monitoring body.\n\nWho would chair the monitoring council?\n\nThe draft names no chair and leaves the seats to later talks.\n\nThe minister asked whether the monitoring council could meet in Vienna? Officials declined to say, and the talks went on late into the evening without a decision on the venue.\n\nThe venue was settled a week later.\n",
	)
	for _, c := range []struct{ query, want string }{
		{"es optimista corredor grano", "Soy prudente"},
		{"craindre gel du front", "ligne figée"},
		{"who would chair the monitoring council", "names no chair"},
		{"monitoring council meet in vienna", "declined to say"},
	} {
		wantFirst(t, ix, c.query, c.want)
	}
}
