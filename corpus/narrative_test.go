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

func TestVerbSecondAfterAnOpeningPhrase(t *testing.T) {
	doc := func(lang, body string) string {
		return "---\ntitle: t\nlang: " + lang + "\n---\n\n" + body
	}
	checkStatements(t, []statementCase{
		{"de time phrase, verb, name, comma", doc("de", "Kanzler Friedrich Merz war in Berlin. Am Mittwoch sagte Merz, die Lage sei ernst."), "Friedrich Merz", "die Lage sei ernst"},
		{"nl adverb, verb, pronoun, dat", doc("nl", "Minister Pieter Dekkers zei dat de Europese invloed groot is. Tegelijk waarschuwt hij dat de kern onaangeroerd is gebleven."), "Dekkers", "de kern onaangeroerd is gebleven"},
		{"es adverb, verb, name, que", doc("es", "El presidente Pedro Sánchez viajó a Kiev. Ayer dijo Sánchez que la paz debe ser justa."), "Sánchez", "la paz debe ser justa"},
	})
}
