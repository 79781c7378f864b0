package index

import "testing"

// TestCrossGapsVocabulary: an English or French question whose answer
// stands in a report of another language matches it only when the word it
// turns on is translated (translations-crossgaps.txt, stop 57): a target
// ("legitime Ziele", "цілі", "objetivo"), deciding as a verb in the
// question and a noun in the text or the reverse ("решение", "décision",
// "рішень"), and being close to a deal ("más cerca", "ближче", "näher").
// Each report is named by a town an English text names too, so it ranks
// first only when the word in question matches; everyday questions that
// share one of the words answer nothing. The documents are invented.
func TestCrossGapsVocabulary(t *testing.T) {
	ix := openTexts(t,
		"---\nlang: de\n---\n\nIn Rostock hieß es, Lagerhallen im Hafen seien legitime Ziele.\n\nIn Bremen sind die Verhandlungen einer Einigung näher als je zuvor.\n",
		"---\nlang: uk\n---\n\nУ Полтаві заявили, що склади у порту — легітимні цілі.\n\nУ Сумах кажуть, що жодних рішень про мости без громади не буде.\n",
		"---\nlang: es\n---\n\nEn Cádiz fijaron un objetivo de 300 millones para el puerto.\n\nEn Burgos los negociadores están mucho más cerca de un acuerdo sobre el puerto.\n",
		"---\nlang: ru\n---\n\nВ Казани вопрос о порте вынесли на решение губернаторов.\n",
		"---\nlang: fr\n---\n\nÀ Lyon, les maires veulent être associés à toute décision sur le port.\n",
		"---\nlang: en\n---\n\nReporters from Rostock, Bremen, Poltava, Sumy, Cadiz, Burgos, Kazan and Lyon met at a hotel.\n",
	)
	for _, c := range []struct{ query, want string }{
		{"rostock legitimate targets", "legitime Ziele"},
		{"poltava legitimate targets", "легітимні цілі"},
		{"cadiz target", "objetivo"},
		{"kazan governors decide", "решение"},
		{"lyon les maires décident du port", "décision"},
		{"sumy bridges decisions", "жодних рішень"},
		{"burgos close to a deal", "más cerca"},
		{"bremen nearer", "näher"},
		{"target shooting club membership", ""},
		{"cheap hotels near the beach", ""},
		{"how to decide what to cook tonight", ""},
	} {
		wantFirst(t, ix, c.query, c.want)
	}
}
