package corpus

import "testing"

// TestCharacterisingSpeechVerbs: verbs that say how something was said
// ("joked", "quipped", "texted") attribute as "said" does, and "a member
// of the delegation" is an unnamed source.
func TestCharacterisingSpeechVerbs(t *testing.T) {
	checkStatements(t, []statementCase{
		{"en joked, split by the attribution",
			"The council clause, one negotiator joked to us, \"depends on who wants a seat at the table\".\n",
			unnamedSpeaker, "depends on who wants a seat"},
		{"en quipped that",
			"Envoy Pavel Orlik quipped that the map had been redrawn more often than the menu.\n",
			"Pavel Orlik", "the map had been redrawn"},
		{"en texted, unnamed member",
			"A delegation member texted us: \"The mood is working, not ceremonial.\"\n",
			unnamedSpeaker, "The mood is working"},
		{"en member of the delegation said",
			"A member of the Ukrainian delegation said the markups covered every point.\n",
			unnamedSpeaker, "the markups covered every point"},
	})
}
