package corpus

import "testing"

func TestParticipleOfUnnamedOrGroup(t *testing.T) {
	doc := func(lang, body string) string {
		return "---\ntitle: t\nlang: " + lang + "\n---\n\n" + body
	}
	checkStatements(t, []statementCase{
		{"en unnamed title with its institution, saying only that",
			doc("en", "A spokesperson for the Danish government declined to discuss the leaked text, saying only that Copenhagen was \"in close contact with Kyiv\".\n"),
			unnamedSpeaker, "Copenhagen was"},
		{"en unnamed source with a participle phrase",
			doc("en", "A Nordic diplomat involved in the preparations went further, saying the draft had been written for nobody in particular.\n"),
			unnamedSpeaker, "the draft had been written for nobody"},
		{"en group issuing a statement saying",
			doc("en", "Baltic leaders meeting in Riga issued a joint statement saying the draft was a basis that needed more work.\n"),
			"Baltic leaders", "a basis that needed more work"},
		{"it fonte anonima, affermando che",
			doc("it", "Un diplomatico nordico coinvolto nei preparativi è andato oltre, affermando che la bozza non era scritta per nessuno.\n"),
			unnamedSpeaker, "la bozza non era scritta per nessuno"},
	})
}
