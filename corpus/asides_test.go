package corpus

import "testing"

// TestAsideBetweenSpeakerAndVerb: "when asked about it", "asked about the
// document", "basically" stand between a speaker and the speech verb
// without being a title or the speaker.
func TestAsideBetweenSpeakerAndVerb(t *testing.T) {
	doc := func(lang, body string) string {
		return "---\ntitle: t\nlang: " + lang + "\n---\n\n" + body
	}
	checkStatements(t, []statementCase{
		{"en named, when asked about it, adverb",
			doc("en", "Envoy Pavel Orlik said the leaks were old.\n\nOrlik, when asked about the recording, basically said some of the leaks were fake.\n"),
			"Pavel Orlik", "some of the leaks were fake"},
		{"en unnamed, asked about the document",
			doc("en", "A Foreign Ministry spokesperson, asked about the document, said the list \"reflects ongoing discussions\" and would change.\n"),
			unnamedSpeaker, "reflects ongoing discussions"},
		{"en unnamed, pressed on the deadline",
			doc("en", "A senior official, pressed on the deadline, said Thursday was no longer the date.\n"),
			unnamedSpeaker, "Thursday was no longer the date"},
		{"en named, contacted by us, adverb",
			doc("en", "Mara Lind, contacted by the Ledger, tersely said the text was not final.\n"),
			"Mara Lind", "the text was not final"},
	})
}
