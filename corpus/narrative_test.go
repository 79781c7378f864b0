package corpus

import "testing"

func TestNarrativeInfinitive(t *testing.T) {
	doc := func(body string) string { return "---\ntitle: t\nlang: fr\n---\n\n" + body }
	checkStatements(t, []statementCase{
		{"et d'ajouter que, aside", doc("L'ambassadrice Hélène Varenne a estimé que le texte était une provocation utile. Et d'ajouter que, d'après ses interlocuteurs à Kiev, aucun parlement ne voterait un tel texte."), "Varenne", "aucun parlement ne voterait"},
		{"et de préciser qu'", doc("Le ministre Jean Castex a jugé le plan trop vague. Et de préciser qu'aucune troupe française ne serait envoyée sans cessez-le-feu."), "Castex", "aucune troupe française"},
	})
}

func TestDemonstrativeFirstPointsBack(t *testing.T) {
	doc := func(lang, body string) string {
		return "---\ntitle: t\nlang: " + lang + "\n---\n\n" + body
	}
	checkStatements(t, []statementCase{
		{"de das sagte", doc("de", "Europa muss bei den Garantien mitreden. Das sagte Bundeskanzler Friedrich Merz am Mittwoch in Berlin."), "Merz", "Europa muss bei den Garantien mitreden"},
		{"nl dat zei", doc("nl", "Europa moet meepraten over de garanties. Dat zei minister Pieter Dekkers woensdag in Den Haag."), "Dekkers", "Europa moet meepraten"},
	})
}
