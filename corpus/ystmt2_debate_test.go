package corpus

import (
	"strings"
	"testing"
)

// TestDebateTurnOpenedAfterVerb checks a debate report whose sentence
// names the MP who takes the floor after the verb ("Ha aperto la
// deputata X.", "Abrió el debate la diputada X.", "Abriu o debate a
// deputada X."), then quotes them with the subject dropped and a
// participle clause after the verb ("«…», ha detto, ricordando che …"):
// the quotation is the MP's, in Italian, Spanish and Portuguese. Without
// mentionedAlone the dropped subject finds no one; without the
// participle in droppedTail the clause after the verb hides it.
func TestDebateTurnOpenedAfterVerb(t *testing.T) {
	checkStatements(t, []statementCase{
		{"it", ysDoc("it", "Dibattito alla Camera",
			"Ha aperto la deputata della maggioranza Elena Ferrandi. «Non si firma una resa e la si chiama pace», ha detto, ricordando che il punto 21 riconoscerebbe la Crimea come russa."),
			"Elena Ferrandi", "Non si firma una resa"},
		{"es", ysDoc("es", "Debate en el Congreso",
			"Abrió el debate la diputada socialista Lucía Arrieta. «No se firma una rendición y se la llama paz», dijo, recordando que el punto 21 reconocería Crimea como rusa."),
			"Lucía Arrieta", "No se firma una rendición"},
		{"pt", ysDoc("pt", "Debate na Assembleia",
			"Abriu o debate a deputada Marta Quintela. «Não se assina uma rendição e se chama a isso paz», disse, acrescentando que o ponto 21 reconheceria a Crimeia como russa."),
			"Marta Quintela", "Não se assina uma rendição"},
	})
}

// TestDebateTurnUntitledNewcomer checks the next turns of a debate
// report, each opened by a sentence that names the new MP without a
// title ("Le ha risposto dai banchi dell'opposizione Gianluca
// Ferraresi.", "Más cauto se mostró Tomás Vidal, del grupo mixto, que
// …"): the quotation after it, under a bare title or a dropped subject,
// is the newcomer's, not the previous MP's. In Italian, Spanish and
// Portuguese. Without plainMention the previous MP keeps the floor.
func TestDebateTurnUntitledNewcomer(t *testing.T) {
	cases := []struct {
		name, doc, first, second, quote string
	}{
		{"it", ysDoc("it", "Dibattito alla Camera",
			"Ha aperto la deputata Elena Ferrandi. «Non si firma una resa», ha detto.\n\nLe ha risposto dai banchi dell'opposizione Gianluca Marchetti. «Il governo ha scoperto l'Europa troppo tardi», ha aggiunto il deputato."),
			"Elena Ferrandi", "Gianluca Marchetti", "Il governo ha scoperto l'Europa troppo tardi"},
		{"es", ysDoc("es", "Debate en el Congreso",
			"Abrió el debate la diputada Lucía Arrieta. «No se firma una rendición», dijo.\n\nMás cauto se mostró Tomás Vidal, del grupo mixto, que pidió no tirar el documento. «No todo es rechazable», añadió el diputado."),
			"Lucía Arrieta", "Tomás Vidal", "No todo es rechazable"},
		{"pt", ysDoc("pt", "Debate na Assembleia",
			"Abriu o debate a deputada Marta Quintela. «Não se assina uma rendição», disse.\n\nRespondeu-lhe da bancada da oposição Rui Figueiredo. «O governo descobriu a Europa tarde demais», acrescentou o deputado."),
			"Marta Quintela", "Rui Figueiredo", "O governo descobriu a Europa tarde demais"},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			found := false
			for _, s := range statementsOf(t, c.doc) {
				if !strings.Contains(s.Text, c.quote) {
					continue
				}
				if s.Speaker == c.first {
					t.Errorf("the newcomer's words given to %q", s.Speaker)
				}
				found = found || s.Speaker == c.second
			}
			if !found {
				t.Errorf("no statement of %q: %+v", c.second, statementsOf(t, c.doc))
			}
		})
	}
}
