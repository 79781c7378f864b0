package corpus

import "testing"

func TestJointStatementSpeaks(t *testing.T) {
	doc := func(lang, body string) string {
		return "---\ntitle: t\nlang: " + lang + "\n---\n\n" + body
	}
	checkStatements(t, []statementCase{
		{"en the joint statement said, parties not named",
			doc("en", "The joint statement released after the Oslo round said the delegations had drafted a shorter framework.\n"),
			jointStatement, "had drafted a shorter framework"},
		{"en it said after the joint statement",
			doc("en", "The joint readout issued on Sunday said the talks had been useful. It said any final text must respect both borders.\n"),
			jointStatement, "must respect both borders"},
		{"en parties named together before",
			doc("en", "Norway and Finland announced a new round on Friday.\n\nThe joint statement released after the talks said the two delegations had agreed on a timetable.\n"),
			"Norway and Finland", "agreed on a timetable"},
		{"it la dichiarazione congiunta ha affermato",
			doc("it", "La dichiarazione congiunta diffusa dopo i colloqui ha affermato che le delegazioni hanno redatto un quadro aggiornato.\n"),
			jointStatement, "un quadro aggiornato"},
		{"fr la déclaration commune affirme",
			doc("fr", "La déclaration commune publiée après les pourparlers affirme que les délégations ont rédigé un cadre actualisé.\n"),
			jointStatement, "un cadre actualisé"},
	})
}
