package corpus

import "testing"

// TestTimeAdverbsBeforeVerb checks that a time adverb between a speaker
// and the speech verb ("увечері", "wczoraj", "ieri"), with or without a
// channel phrase after it, leaves the speaker in place.
func TestTimeAdverbsBeforeVerb(t *testing.T) {
	checkStatements(t, []statementCase{
		{"uk увечері у зверненні", "---\ntitle: t\nlang: uk\n---\n\nВступ.\n\nМіністр Олег Дунай увечері у зверненні заявив, що переговори тривають.", "Олег Дунай", "переговори тривають"},
		{"ru вечером в обращении", "---\ntitle: t\nlang: ru\n---\n\nВступление.\n\nМинистр Олег Дунаев вечером в обращении заявил, что переговоры продолжаются.", "Олег Дунаев", "переговоры продолжаются"},
		{"pl wczoraj", "---\ntitle: t\nlang: pl\n---\n\nWstęp.\n\nMinister Jan Wrzos wczoraj powiedział, że rozmowy trwają.", "Jan Wrzos", "rozmowy trwają"},
		{"it ieri", "---\ntitle: t\nlang: it\n---\n\nIntro.\n\nIl ministro Paolo Verri ieri ha detto che i colloqui continuano.", "Paolo Verri", "i colloqui continuano"},
	})
}
