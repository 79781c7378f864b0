package corpus

import (
	"strings"
	"testing"
)

// TestQuotePrevSentence checks the sentence-before reading (quoteprev.go):
// a quotation opening its sentence, attributed only by a verb with a
// pronoun, a dropped subject or an addressee, is the words of the one
// person the sentence before names, in several languages.
func TestQuotePrevSentence(t *testing.T) {
	checkStatements(t, []statementCase{
		{"cs addressee medium", langDoc("cs", "Ekonom Jan Novotný z Brna upozorňuje na rizika dohody. „Bez záruk nebude žádný skutečný mír,“ řekl deníku."), "Jan Novotný", "Bez záruk nebude žádný skutečný mír"},
		{"pt clitic verb", langDoc("pt", "Conversámos com a investigadora Ana Ribeiro, que vive em Coimbra desde 2015. «O plano não resolve a questão das fronteiras», disse-nos."), "Ana Ribeiro", "O plano não resolve a questão das fronteiras"},
		{"pt addressee", langDoc("pt", "Para o economista Rui Tavares, os europeus ganharam sobretudo tempo. \"A proposta não muda nada de essencial\", afirmou ao Jornal do Centro."), "Rui Tavares", "A proposta não muda nada de essencial"},
		{"es addressee", langDoc("es", "La analista Lucía Prieto lleva meses siguiendo las negociaciones. «Nadie en Kiev firmará una cesión de territorio», afirmó a este diario."), "Lucía Prieto", "Nadie en Kiev firmará una cesión de territorio"},
		{"pl dropped subject", langDoc("pl", "Dr Tomasz Wilk z Gdańska zwraca uwagę na punkt o granicach. „Ten zapis nie przetrwa pierwszej rundy rozmów” – powiedział nam."), "Tomasz Wilk", "Ten zapis nie przetrwa pierwszej rundy rozmów"},
		{"it dropped subject", langDoc("it", "Il politologo Marco Ferri segue da vicino il negoziato di Ginevra. «Il documento è solo un punto di partenza per tutti», ha spiegato ai cronisti."), "Marco Ferri", "Il documento è solo un punto di partenza"},
	})
}

// TestQuotePrevSentenceStandsBack checks that the reading gives no
// quotation to the person of the sentence before when nothing says they
// spoke it: a quoted title, a document's wording, two people named, an
// unnamed source.
func TestQuotePrevSentenceStandsBack(t *testing.T) {
	for _, c := range []struct{ name, text, person, quote string }{
		{"pt book title", langDoc("pt", "A escritora Marta Souza apresentou ontem o seu romance em Lisboa. «Os dias depois da guerra longa» é o título do livro."), "Marta Souza", "Os dias depois da guerra"},
		{"en book title", langDoc("en", "Author Janet Hale spoke at the festival on Sunday. “A peace of sorts, for now” is the title of her new book."), "Janet Hale", "A peace of sorts"},
		{"fr document wording", langDoc("fr", "Le ministre Paul Girard a présenté le texte aux députés. « L'Ukraine renonce à rejoindre l'alliance », dit le point 7."), "Paul Girard", "renonce à rejoindre"},
		{"de two people", langDoc("de", "Kanzler Friedrich Merz traf am Montag Präsident Emmanuel Macron in Paris. „Wir werden die Ukraine nicht allein lassen“, hieß es danach."), "Merz", "nicht allein lassen"},
		{"de two people, Macron", langDoc("de", "Kanzler Friedrich Merz traf am Montag Präsident Emmanuel Macron in Paris. „Wir werden die Ukraine nicht allein lassen“, hieß es danach."), "Macron", "nicht allein lassen"},
		{"ru unnamed source", langDoc("ru", "Министр Иван Петров прилетел в Женеву в понедельник. «Документ пока не готов к подписанию», — сказал источник в делегации."), "Петров", "не готов к подписанию"},
	} {
		t.Run(c.name, func(t *testing.T) {
			for _, s := range statementsOf(t, c.text) {
				if strings.Contains(s.Speaker, c.person) && strings.Contains(s.Text, c.quote) {
					t.Errorf("statement %q given to %q: nothing says they spoke it", s.Text, s.Speaker)
				}
			}
		})
	}
}

// TestQuotePrevSentenceAdds checks that the positive probes above are the
// reading's own: with it off, the Portuguese and Polish quotations have
// no speaker (the Spanish, Italian and Czech ones other readers already
// gave theirs).
func TestQuotePrevSentenceAdds(t *testing.T) {
	prevQuoteOff = true
	defer func() { prevQuoteOff = false }()
	for _, body := range []string{
		langDoc("pl", "Dr Tomasz Wilk z Gdańska zwraca uwagę na punkt o granicach. „Ten zapis nie przetrwa pierwszej rundy rozmów” – powiedział nam."),
		langDoc("pt", "Conversámos com a investigadora Ana Ribeiro, que vive em Coimbra desde 2015. «O plano não resolve a questão das fronteiras», disse-nos."),
	} {
		for _, s := range statementsOf(t, body) {
			if strings.Contains(s.Text, "Ten zapis nie") || strings.Contains(s.Text, "O plano não resolve") {
				t.Errorf("without the reading, %q was still given to %q: the probe does not test it", s.Text, s.Speaker)
			}
		}
	}
}
