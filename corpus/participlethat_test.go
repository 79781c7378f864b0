package corpus

import "testing"

// participleThatCases are quotations whose inverted attribution goes on
// with a speech participle and a that-word (stop 67, zfreshs2; sets G, K,
// Q, V): the clause after it is the same speaker's second statement.
var participleThatCases = []statementCase{
	{"ru добавив, что", langDoc("ru", "Песков отказался комментировать переговоры. «Мы не ведем дипломатию через микрофон», — сказал он, добавив, что работа будет продолжена."), "Peskov", "добавив, что работа будет продолжена"},
	{"ru пояснил, добавив", langDoc("ru", "Дмитрий Песков сказал, что текста нет. «Мы знаем о документах из прессы», — пояснил он, добавив, что Кремль не будет комментировать каждую версию."), "Peskov", "Кремль не будет комментировать каждую версию"},
	{"it aggiungendo che", langDoc("it", "Il ministro degli Esteri Antonio Tajani ha parlato alla Farnesina. \"Stiamo lavorando per una pace giusta\", ha dichiarato il vicepremier, aggiungendo che l'Italia continuerà a sostenere Kiev."), "Tajani", "aggiungendo che l'Italia continuerà a sostenere Kiev"},
	{"es añadiendo que", langDoc("es", "El ministro José Manuel Albares habló en Bruselas. «Europa tiene que estar en la mesa», dijo Albares, añadiendo que España apoyará el plan europeo."), "Albares", "España apoyará el plan europeo"},
}

// TestParticipleThat checks the cases, and that participleThat
// (ParseOptions.noParticipleThat off) is what reads them.
func TestParticipleThat(t *testing.T) {
	checkStatements(t, participleThatCases)
	checkNoStatementsWith(t, ParseOptions{noParticipleThat: true}, participleThatCases)
}

// TestParticipleThatNot: a recalling participle points to a fact, and a
// participle with no that-word after it takes an object, not a clause.
func TestParticipleThatNot(t *testing.T) {
	checkNoStatements(t, []statementCase{
		{"it ricordando che", langDoc("it", "Ha aperto la deputata Elena Bordoni. «Non si firma una resa e la si chiama pace», ha detto, ricordando che il punto 21 del testo riconoscerebbe la Crimea come russa."), "", "il punto 21 del testo riconoscerebbe"},
		{"fr rappelant que", langDoc("fr", "Le ministre Jean-Noël Barrot a parlé à Genève. « Nous serons à la table », a déclaré Barrot, rappelant que le point 21 reconnaît la Crimée comme russe."), "", "le point 21 reconnaît la Crimée"},
		{"ru без что", langDoc("ru", "Песков ответил журналистам. «Это не наш план», — сказал он, добавив несколько слов о погоде в Москве."), "", "несколько слов о погоде"},
	})
}
