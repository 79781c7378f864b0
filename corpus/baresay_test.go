package corpus

import "testing"

// TestStatementsNobodyRead probes stop 56's readings of statements no rule
// read: the plain "say" after a plural subject, an emphatic "did say", a
// possessive description ("my flatmate says") and "one of them" after a
// group of sources, with the sentences that must give no statement.
func TestStatementsNobodyRead(t *testing.T) {
	doc := func(lang, body string) string {
		return "---\ntitle: t\nlang: " + lang + "\n---\n\nThe talks in Geneva ended late on Sunday.\n\n" + body
	}
	checkStatements(t, []statementCase{
		{"en officials say", doc("en", "Ukrainian officials say points 24 and 28 are largely settled.\n"), "Ukrainian officials", "points 24 and 28 are largely settled"},
		{"en did say", doc("en", "Putin did say in Bishkek on Thursday that the document could be the basis for future agreements.\n"), "Vladimir Putin", "the document could be the basis"},
		{"en block quote holding will say", doc("en", "Foreign Minister Ilze Kalnina told the assembly that her country would not sign a text it had not seen, and went further:\n\n> No one in this room should accept borders drawn in another capital. We will say so in every meeting.\n"), "Ilze Kalnina", "No one in this room should accept borders"},
		{"en my flatmate says", doc("en", "My flatmate (who is from Lviv) says everyone at home reads it as a wish list.\n"), unnamedSpeaker, "everyone at home reads it as a wish list"},
		{"en our agent says", doc("en", "Our Odesa agent says port power cuts were shorter last week.\n"), unnamedSpeaker, "port power cuts were shorter"},
		{"en one of them after officials", doc("en", "US officials, who briefed reporters on condition of anonymity, said the package was the strongest Washington had offered. One of them said the offer \"will not be on the table forever\".\n"), unnamedSpeaker, "will not be on the table forever"},
		{"it uno di loro after funzionari", doc("it", "Funzionari americani hanno detto che il pacchetto è il più forte mai offerto. Uno di loro ha detto che l'offerta \"non resterà sul tavolo per sempre\".\n"), unnamedSpeaker, "non resterà sul tavolo per sempre"},
		{"en possessive with a name stays named", doc("en", "My colleague Anna Petrova said the talks were productive.\n"), "Anna Petrova", "the talks were productive"},
	})
	for _, body := range []string{
		"The Kremlin declined to say who was sitting across the table.",
		"I would say the plan is dead.",
		"Needless to say, the plan is dead.",
		"Putin did not say that the document could be the basis.",
		"What did Putin say about the document?",
		"Why do officials say the plan is dead?",
		"European leaders say US draft is a basis",
		"Our explainer said the counter-proposal dropped the ceiling.",
		"Our diplomatic correspondent says the mood among European officials is cautious.",
		"Our view is that the talks were productive.",
		"Our readers asked whether the plan is dead.",
		"The counter-proposal gives Kyiv a say in how the assets are spent.",
		"Analysts doubt that Ukraine's say in the talks will grow.",
		"Say the talks fail, the plan is dead.",
	} {
		if st := statementsOf(t, body); len(st) != 0 {
			t.Errorf("%q: no statement wanted, got %+v", body, st)
		}
	}
}
