package corpus

import "testing"

func TestWhileParticipleIsTheSameSpeaker(t *testing.T) {
	doc := func(lang, body string) string {
		return "---\ntitle: t\nlang: " + lang + "\n---\n\n" + body
	}
	checkStatements(t, []statementCase{
		{"en while stressing that, quoted",
			doc("en", "Envoy Pavel Orlik told journalists that the meeting had been \"useful\", while stressing that \"no compromise has been found\" on the border.\n"),
			"Pavel Orlik", "no compromise has been found"},
		{"en while also adding that, reported",
			doc("en", "Prime Minister Ilona Sarkadi said there was a good chance of a deal, while also adding that the neighbours had some difficult problems.\n"),
			"Ilona Sarkadi", "the neighbours had some difficult problems"},
	})
}

func TestWhileWithItsOwnSubjectIsAnotherSpeaker(t *testing.T) {
	checkStatements(t, []statementCase{
		{"en while a diplomat said", "Envoy Pavel Orlik said the talks went well, while a senior diplomat said nothing was agreed.\n", unnamedSpeaker, "nothing was agreed"},
		{"en while the minister added", "Envoy Pavel Orlik said the talks went well, while Foreign Minister Ilona Sarkadi added that the map was open.\n", "Ilona Sarkadi", "the map was open"},
	})
}
