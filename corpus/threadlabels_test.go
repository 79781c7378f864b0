package corpus

import (
	"strings"
	"testing"
)

func TestThreadAndBulletLabels(t *testing.T) {
	doc := func(lang, body string) string {
		return "---\ntitle: t\nlang: " + lang + "\n---\n\n" + body
	}
	checkStatements(t, []statementCase{
		{"en label inside a numbered thread post, addressee",
			doc("en", "1/ Talks in Oslo under way. Foreign Minister Ilona Sarkadi leads the delegation.\n\n6/ Three hours in. Delegations break. Sarkadi to the pool reporters: talks were useful, but \"the map is still open.\"\n"),
			"Ilona Sarkadi", "talks were useful"},
		{"en bullet label with a channel",
			doc("en", "President Ilona Sarkadi addressed the nation.\n\nUpdates from the last hour:\n\n- Sarkadi in her video address: the country may face a choice between two bad options.\n- Nothing else yet.\n"),
			"Sarkadi", "a choice between two bad options"},
		{"en bullet label opened by an adverb, on a platform",
			doc("en", "Prime Minister Arvid Lennart spoke on Monday.\n\n- Also Lennart on X: the plan was written with input from both sides.\n"),
			"Arvid Lennart", "written with input from both sides"},
		{"en bullet of reported speech",
			doc("en", "Roundup:\n\n- Press secretary Mara Lind at the briefing yesterday said the plan was \"good for both sides\" and should be acceptable.\n"),
			"Mara Lind", "good for both sides"},
		{"it etichetta con canale in un elenco",
			doc("it", "La ministra Ilona Sarkadi guida la delegazione.\n\nGli aggiornamenti:\n\n- Sarkadi su Telegram: la delegazione tornerà a Oslo lunedì.\n"),
			"Sarkadi", "la delegazione tornerà"},
	})
}

func TestThreadNumberIsNoText(t *testing.T) {
	for _, c := range []struct{ in, want string }{
		{"4/ A delegate texts me", "A delegate texts me"},
		{"7/12 Rubio said", "Rubio said"},
		{"(3/9) Rubio said", "Rubio said"},
		{"2025 was a year", "2025 was a year"},
		{"24/7 coverage", "coverage"},
	} {
		if got := stripThreadNumber(c.in); got != c.want {
			t.Errorf("stripThreadNumber(%q) = %q, want %q", c.in, got, c.want)
		}
	}
}

func TestBulletsOfPointsAreNoSpeech(t *testing.T) {
	st := statementsOf(t, "The draft's main points:\n\n- Ukraine caps its army at 600,000.\n- Sanctions are lifted in stages.\n- Point 5: guarantees mirror Article 5.\n")
	for _, s := range st {
		if !strings.Contains(s.Speaker, "unnamed") {
			t.Errorf("a plan's bullet is no statement: %+v", s)
		}
	}
	if len(st) != 0 {
		t.Errorf("got %+v", st)
	}
}
