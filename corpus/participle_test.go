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

func TestParticipleThroughAddresseeOrChannel(t *testing.T) {
	doc := func(lang, body string) string {
		return "---\ntitle: t\nlang: " + lang + "\n---\n\n" + body
	}
	checkStatements(t, []statementCase{
		{"en telling reporters that",
			doc("en", "Press secretary Mara Lind echoed the envoy on Tuesday, telling reporters that a few delicate details were still open.\n"),
			"Mara Lind", "a few delicate details were still open"},
		{"en saying on a platform that",
			doc("en", "Nordic foreign minister Arvid Lennart was more blunt, saying on X that the envoys should stop wasting time.\n"),
			"Arvid Lennart", "the envoys should stop wasting time"},
		{"en telling a group of reporters in a city that",
			doc("en", "Prime Minister Ilona Sarkadi read out the draft on Tuesday, telling a group of reporters in Oslo that two questions remained open.\n"),
			"Ilona Sarkadi", "two questions remained open"},
		{"en afterward says",
			doc("en", "Foreign Minister Arvid Lennart led the talks. Lennart afterward says the meeting was productive.\n"),
			"Arvid Lennart", "the meeting was productive"},
	})
}

func TestThatAfterPrepositionIsNoClause(t *testing.T) {
	for _, body := range []string{
		"Daniel Osei, who teaches negotiation in Leeds, said deadlines of that kind usually serve to move the weaker side.\n",
		"Envoy Pavel Orlik said talks in that format rarely last a week.\n",
	} {
		for _, s := range statementsOf(t, body) {
			if len(s.Text) > 0 && (s.Text[:4] == "kind" || s.Text[:6] == "format") {
				t.Errorf("%q: the clause starts before the determiner: %+v", body, s)
			}
		}
	}
}
