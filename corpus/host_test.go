package corpus

import "testing"

func TestTranscriptClockAndHost(t *testing.T) {
	doc := func(lang, body string) string {
		return "---\ntitle: t\nlang: " + lang + "\n---\n\n" + body
	}
	en := doc("en", "[00:00:04] **NINA FAULK:** Welcome back to The Harbour Hour. I'm Nina Faulk. With me is Tomas Brill.\n\n[00:00:20] **TOMAS BRILL:** The draft is shorter now, and nobody has published the new list.\n\n[00:00:41] **NINA FAULK:** So what comes next?\n\n[00:00:44] **TOMAS BRILL:** Another round in Geneva, probably next week.\n")
	de := doc("de", "[00:00:03] **JANA OSTERMANN:** Willkommen zur Lage am Abend. Bei mir ist Lukas Vehrenkamp.\n\n[00:00:15] **LUKAS VEHRENKAMP:** Der Entwurf ist kürzer geworden, aber die Gebietsfrage bleibt offen.\n\n[00:00:40] **JANA OSTERMANN:** Und wie geht es weiter?\n")
	checkStatements(t, []statementCase{
		{"en guest after a clock", en, "Tomas Brill", "nobody has published the new list"},
		{"de guest after a clock", de, "Lukas Vehrenkamp", "die Gebietsfrage bleibt offen"},
	})
	for _, d := range []string{en, de} {
		got, err := Parse([]byte(d), ParseOptions{})
		if err != nil {
			t.Fatal(err)
		}
		for _, s := range got.Statements {
			if s.Speaker == "Nina Faulk" || s.Speaker == "Jana Ostermann" {
				t.Errorf("the host's line is no statement: %+v", s)
			}
		}
	}
}
