package corpus

import "testing"

// TestMoreLanguagesAsData checks Slovak, Bulgarian, Hungarian and
// Croatian read as data: past tenses generated from stems in every gender
// ("povedala", "заявиха", "izjavila"), listed forms ("uviedol",
// "kijelentette"), their that-words ("že", "че", "hogy", "da" read as
// "that" in Croatian only), according-words and view phrases, and the
// asides between a speaker and the verb ("azt" in "X azt mondta, hogy").
func TestMoreLanguagesAsData(t *testing.T) {
	head := func(lang string) string { return "---\ntitle: t\nlang: " + lang + "\n---\n\n" }
	checkStatements(t, []statementCase{
		{"sk povedala", head("sk") + "Ministerka Zuzana Hrabovská povedala, že Bratislava pošle ďalšiu pomoc.", "Hrabovská", "Bratislava pošle ďalšiu pomoc"},
		{"sk uviedol", head("sk") + "Hovorca Marek Jurčo uviedol, že rokovania pokračujú.", "Jurčo", "rokovania pokračujú"},
		{"sk podľa neho", head("sk") + "Minister Peter Hudák povedal, že Slovensko pomôže. Podľa neho rokovania potrvajú mesiace.", "Hudák", "rokovania potrvajú mesiace"},
		{"bg заяви", head("bg") + "Министърът Георги Стоянов заяви, че България ще подкрепи плана.", "Стоянов", "България ще подкрепи плана"},
		{"bg според, a capital Cyrillic cue", head("bg") + "Според Иван Петров, преговорите ще продължат месеци.", "Петров", "преговорите ще продължат месеци"},
		{"hu kijelentette", head("hu") + "Szalai Ferenc kijelentette, hogy Budapest nem küld fegyvert.", "Szalai Ferenc", "Budapest nem küld fegyvert"},
		{"hu azt mondta", head("hu") + "Kovács Béla azt mondta, hogy a tárgyalások folytatódnak.", "Kovács Béla", "a tárgyalások folytatódnak"},
		{"hr izjavila", head("hr") + "Ministrica Ana Horvat izjavila je da Zagreb podržava Ukrajinu.", "Horvat", "Zagreb podržava Ukrajinu"},
		{"bg според него", head("bg") + "Министърът Георги Стоянов заяви, че България ще подкрепи плана. Според него, преговорите ще продължат месеци.", "Стоянов", "преговорите ще продължат месеци"},
		{"hr rekao", head("hr") + "Premijer Ivan Kovačić rekao je da će pregovori potrajati.", "Kovačić", "pregovori potrajati"},
	})
}
