package corpus

import "testing"

func TestAsOpenerAttribution(t *testing.T) {
	doc := func(lang, body string) string {
		return "---\ntitle: t\nlang: " + lang + "\n---\n\n" + body
	}
	checkStatements(t, []statementCase{
		{"en as an unnamed source put it to us, quoted",
			doc("en", "As one Nordic diplomat put it to us, \"the fence is built; nobody has agreed on the gate.\"\n"),
			unnamedSpeaker, "nobody has agreed on the gate"},
		{"en as an unnamed source put it to reporters, reported",
			doc("en", "As one negotiator put it to reporters, the draft now reads like a list of wishes.\n"),
			unnamedSpeaker, "the draft now reads like a list of wishes"},
		{"en as a named person put it",
			doc("en", "As Ilona Sarkadi put it, the map is the last thing to be drawn.\n"),
			"Ilona Sarkadi", "the map is the last thing"},
		{"de wie ein Diplomat es formulierte",
			doc("de", "Wie ein Diplomat es formulierte, steht der Zaun, aber niemand hat sich auf das Tor geeinigt.\n"),
			unnamedSpeaker, "steht der Zaun"},
	})
}

func TestAsOpenerNeedsSpeech(t *testing.T) {
	for _, body := range []string{
		"As expected, the talks ended late and the delegations left.",
		"As the talks went on, the delegations kept working on the text.",
	} {
		if st := statementsOf(t, body); len(st) != 0 {
			t.Errorf("%q: no speech, got %+v", body, st)
		}
	}
}

func TestPerOpener(t *testing.T) {
	doc := func(body string) string { return "---\ntitle: t\nlang: en\n---\n\n" + body }
	checkStatements(t, []statementCase{
		{"en per unnamed sources", doc("Per two people briefed on the agenda, the open items are the same as in Oslo.\n"), unnamedSpeaker, "the open items are the same"},
		{"en per a senior official", doc("Per a senior official, the next round will be held in Helsinki.\n"), unnamedSpeaker, "the next round will be held"},
		{"en participants as sources", doc("According to participants, the text now runs to twenty points.\n"), unnamedSpeaker, "the text now runs to twenty points"},
	})
	for _, s := range statementsOf(t, doc("Per Lindqvist, the Swedish envoy, told us the draft was a wish list.\n")) {
		if s.Speaker == unnamedSpeaker {
			t.Errorf("Per is a first name here: %+v", s)
		}
	}
}
