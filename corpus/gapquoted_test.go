package corpus

import "testing"

// TestQuotedNameInsideGap: a time or occasion phrase between the speaker
// and the verb may hold the quoted name of a programme or event ("в ходе
// «Прямой линии»", "during his annual «Direct Line» broadcast"); the name
// is no quotation of words said, and the phrase is dropped as one without
// it would be, in the languages that put the phrase there.
func TestQuotedNameInsideGap(t *testing.T) {
	tests := []struct{ lang, sentence, speaker, text string }{
		{"ru", "Владимир Путин в ходе совмещённой с большой пресс-конференцией «Прямой линии» заявил, что Россия готова закончить конфликт.", "Vladimir Putin", "Россия готова закончить конфликт"},
		{"ru", "Владимир Путин в ходе «Прямой линии» заявил, что Россия готова закончить конфликт.", "Vladimir Putin", "Россия готова закончить конфликт"},
		{"ru", "Владимир Путин во время ежегодной пресс-конференции заявил, что Россия готова закончить конфликт.", "Vladimir Putin", "Россия готова закончить конфликт"},
		{"uk", "Володимир Зеленський під час ефіру «Єдиних новин» заявив, що документ не остаточний.", "Volodymyr Zelensky", "документ не остаточний"},
		{"en", "Vladimir Putin during his annual «Direct Line» broadcast said Russia was ready to end the conflict.", "Vladimir Putin", "Russia was ready to end the conflict"},
		{"en", "Vladimir Putin during his annual \"Direct Line\" broadcast said Russia was ready to end the conflict.", "Vladimir Putin", "Russia was ready to end the conflict"},
		{"pl", "Władimir Putin podczas „Gorącej linii” powiedział, że Rosja jest gotowa zakończyć konflikt.", "Vladimir Putin", "Rosja jest gotowa zakończyć konflikt"},
		{"it", "Vladimir Putin durante la conferenza stampa di fine anno ha detto che la Russia è pronta.", "Vladimir Putin", "la Russia è pronta"},
	}
	for _, tc := range tests {
		checkOneStatement(t, tc.lang, tc.sentence, tc.speaker, tc.text)
	}
}
