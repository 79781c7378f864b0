package corpus

import "testing"

// TestGapWordsMoreLanguages checks the time, manner and source phrases
// added to gapOpeners between a speaker and the speech verb, in Russian,
// Slovak, Czech and Polish (Greek and others are listed too): "ещё в
// конце ноября", "podľa agentúry",
// "naopak", "jeszcze wieczorem". Without them the speaker and the
// verb are not adjacent and no rule reads the sentence.
func TestGapWordsMoreLanguages(t *testing.T) {
	doc := func(lang, body string) string { return "---\ntitle: t\nlang: " + lang + "\n---\n\n" + body }
	checkStatements(t, []statementCase{
		{"ru: ещё + time phrase", doc("ru", "Министр Сергей Волков ещё в начале марта говорил, что переговоры будут долгими."), "Сергей Волков", "переговоры будут долгими"},
		{"sk: source phrase", doc("sk", "Minister Peter Novák podľa agentúry TASR vyhlásil, že rokovania budú pokračovať."), "Peter Novák", "rokovania budú pokračovať"},
		{"cs: naopak", doc("cs", "Ministr Jan Dvořák naopak uvedl, že dohoda je blízko."), "Jan Dvořák", "dohoda je blízko"},
		{"pl: jeszcze wieczorem", doc("pl", "Minister Anna Nowak jeszcze wieczorem powiedziała, że rozmowy będą kontynuowane."), "Anna Nowak", "rozmowy będą kontynuowane"},
	})
}
