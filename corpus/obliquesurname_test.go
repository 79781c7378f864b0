package corpus

import "testing"

// TestObliqueNamesByLanguage checks names in their case after an according
// or opinion cue, one probe per common declension of given names and
// surnames per language (stop 66): a surname alone ("За словами
// Петренка", "Według Kowalskiego", "Podle Nováka je …") is read back to its
// nominative, and so are the endings the table lacked before (uk -енко,
// -ук, -ець; ru -ги/-ки and -ьи given names; pl -ek surnames and -ki
// given names; cs soft stems -e and -ek surnames; the Romanian feminine
// genitive "Anei", "Mariei", "Monicăi").
func TestObliqueNamesByLanguage(t *testing.T) {
	doc := func(lang, s string) string { return "---\nlang: " + lang + "\n---\n# T\n\n" + s + "\n" }
	cases := map[string]struct{ doc, speaker, words string }{
		"uk surname -енко alone":       {doc("uk", "Переговори тривають. За словами Петренка, угоду підпишуть у грудні."), "Петренко", "угоду підпишуть"},
		"uk -енко after a given name":  {doc("uk", "Переговори тривають. За словами Олега Петренка, угоду підпишуть у грудні."), "Олег Петренко", "угоду підпишуть"},
		"uk surname -ук alone":         {doc("uk", "Переговори тривають. За словами Ковальчука, угоду підпишуть у грудні."), "Ковальчук", "угоду підпишуть"},
		"uk surname -ець alone":        {doc("uk", "Переговори тривають. На думку Кравця, угоду підпишуть у грудні."), "Кравець", "угоду підпишуть"},
		"uk Петро and -йко":            {doc("uk", "Переговори тривають. За словами Петра Бойка, угоду підпишуть у грудні."), "Петро Бойко", "угоду підпишуть"},
		"ru surname -ов alone":         {doc("ru", "Переговоры продолжаются. По словам Петрова, соглашение подпишут в декабре."), "Петров", "соглашение подпишут"},
		"ru surname -ук alone":         {doc("ru", "Переговоры продолжаются. По мнению Шевчука, соглашение подпишут в декабре."), "Шевчук", "соглашение подпишут"},
		"ru given -ги":                 {doc("ru", "Переговоры продолжаются. По словам Ольги Смирновой, соглашение подпишут в декабре."), "Ольга Смирнова", "соглашение подпишут"},
		"ru given -ьи":                 {doc("ru", "Переговоры продолжаются. По словам Натальи Ильиной, соглашение подпишут в декабре."), "Наталья Ильина", "соглашение подпишут"},
		"pl surname -ski alone":        {doc("pl", "Rozmowy trwają. Według Kowalskiego, porozumienie zostanie podpisane w grudniu."), "Kowalski", "porozumienie zostanie"},
		"pl surname alone, no comma":   {doc("pl", "Rozmowy trwają. Zdaniem Nowaka porozumienie zostanie podpisane w grudniu."), "Nowak", "porozumienie zostanie"},
		"pl -ek given and surname":     {doc("pl", "Rozmowy trwają. Według Jacka Dudka, porozumienie zostanie podpisane w grudniu."), "Jacek Dudek", "porozumienie zostanie"},
		"pl given -ki":                 {doc("pl", "Rozmowy trwają. Według Agnieszki Mazurek, porozumienie zostanie podpisane w grudniu."), "Agnieszka Mazurek", "porozumienie zostanie"},
		"cs surname alone, clitic":     {doc("cs", "Jednání pokračují. Podle Nováka je dohoda blízko."), "Novák", "dohoda blízko"},
		"cs -ího and -ek":              {doc("cs", "Jednání pokračují. Podle Jiřího Hájka je dohoda blízko."), "Jiří Hájek", "dohoda blízko"},
		"cs soft stem -e":              {doc("cs", "Jednání pokračují. Podle Tomáše Beneše je dohoda blízko."), "Tomáš Beneš", "dohoda blízko"},
		"sk surname alone":             {doc("sk", "Rokovania pokračujú. Podľa Kováča je dohoda blízko."), "Kováč", "dohoda blízko"},
		"hr surname alone":             {doc("hr", "Pregovori traju. Prema riječima Babića, sporazum će biti potpisan u prosincu."), "Babić", "sporazum će"},
		"sr surname alone":             {doc("sr", "Pregovori traju. Prema rečima Jovanovića, sporazum će biti potpisan u decembru."), "Jovanović", "sporazum će"},
		"lt surname alone":             {doc("lt", "Derybos tęsiasi. Pasak Petraičio, susitarimas bus pasirašytas gruodį."), "Petraitis", "susitarimas bus"},
		"ro feminine -ei":              {doc("ro", "Negocierile continuă. Potrivit Anei Popescu, acordul va fi semnat în decembrie."), "Ana Popescu", "acordul va fi"},
		"ro feminine -iei":             {doc("ro", "Negocierile continuă. Potrivit Mariei Ionescu, acordul va fi semnat în decembrie."), "Maria Ionescu", "acordul va fi"},
		"ro masculine after lui":       {doc("ro", "Negocierile continuă. Potrivit lui Andrei Popescu, acordul va fi semnat în decembrie."), "Andrei Popescu", "acordul va fi"},
		"surname named in full before": {doc("uk", "Олег Петренко очолює делегацію. За словами Петренка, угоду підпишуть у грудні."), "Олег Петренко", "угоду підпишуть"},
	}
	checkSpokenBy(t, cases)
}

// TestObliqueNamesByLanguageNot checks what must not be read as a surname
// alone in its case: capitals, countries, cities the document writes after
// a preposition of place, acronyms of outlets and agencies, a given name
// alone, and a Romanian masculine given name in -ei.
func TestObliqueNamesByLanguageNot(t *testing.T) {
	doc := func(lang, s string) string { return "---\nlang: " + lang + "\n---\n# T\n\n" + s + "\n" }
	for _, c := range []struct{ doc, notSpeaker string }{
		{doc("ru", "Переговоры продолжаются. По данным Украины, соглашение подпишут в декабре."), "Украина"},
		{doc("ru", "Обстрелы в Харькове продолжаются. По данным Харькова, соглашение подпишут в декабре."), "Харьков"},
		{doc("uk", "Переговори тривають. На Львові наголосили. За даними Львова, угоду підпишуть у грудні."), "Львов"},
		{doc("ru", "Переговоры продолжаются. По словам Ирины, соглашение подпишут в декабре."), "Ирина"},
		{doc("pl", "Rozmowy trwają. Według PAP, porozumienie zostanie podpisane w grudniu."), "PAP"},
		{doc("pl", "Rozmowy trwają. Według Polski, porozumienie zostanie podpisane w grudniu."), "Polska"},
		{doc("cs", "Jednání pokračují. Podle ČTK, dohoda bude podepsána v prosinci."), "ČTK"},
		{doc("cs", "Jednání pokračují. Podle Německa je dohoda blízko."), "Německo"},
		{doc("cs", "Jednání pokračují. Podle Slovenska je dohoda blízko."), "Slovensk"},
		{doc("lt", "Derybos tęsiasi. Pasak Vilniaus, susitarimas bus pasirašytas gruodį."), "Vilnius"},
		{doc("ro", "Negocierile continuă. Potrivit lui Matei Ionescu, acordul va fi semnat în decembrie."), "Mata Ionescu"},
		{doc("cs", "Jednání pokračují. Podle Alice Novákové je dohoda blízko."), "Alec Nováková"},
	} {
		for _, s := range statementsOf(t, c.doc) {
			if s.Speaker == c.notSpeaker {
				t.Errorf("%q read as a person in %q", c.notSpeaker, c.doc)
			}
		}
	}
	for _, c := range []struct{ lang, in, want string }{
		{"pl", "Zawadzki", "Zawadzki"}, // a nominative in -dzki keeps its ending ("ki=ka" is a given name's)
		{"pl", "Kowalski", "Kowalski"},
		{"cs", "Alice", "Alice"},
		{"ro", "Andrei", "Andrei"},
	} {
		if got := nominativeName(c.lang, []string{c.in, "X"})[0]; got != c.want {
			t.Errorf("%s %q: nominative %q, want %q", c.lang, c.in, got, c.want)
		}
	}
}

// TestHeardHeadingName checks the person a minutes heading heard
// ("Слушали", "СЛУХАЛИ:"; sets ZR, ZX, ZZC): named after it in the
// accusative, on its line or the next, the person is given in the
// nominative, and the heading is neither a title nor a surname before
// initials ("Слушали С. П." is no record label).
func TestHeardHeadingName(t *testing.T) {
	doc := func(lang, s string) string { return "---\nlang: " + lang + "\n---\n# T\n\n" + s + "\n" }
	cases := map[string]struct{ doc, speaker, words string }{
		"ru initials, same line": {doc("ru", "### 1. Взносы\n\nСлушали С. П. Мухина (казначей). Он сообщил, что задолженность составляет 412 600 руб.\n\nПостановили: направить должникам напоминания.\n\n### 2. Охрана\n\nСлушали В. Ф. Кукушкина (сторож).\n\nПостановили: принять к сведению."),
			"С. П. Мухин", "задолженность составляет"},
		"ru full name, same line": {doc("ru", "### 1. Взносы\n\nСлушали Сергея Мухина, казначея. Он сообщил, что задолженность составляет 412 600 руб.\n\nПостановили: направить должникам напоминания."),
			"Сергей Мухин", "задолженность составляет"},
		"uk heading on its own line": {doc("uk", "1. СЛУХАЛИ:\nТараса Мельничука, заступника голови, який поінформував присутніх про хід переговорів. За його словами, 4–5 лютого в Абу-Дабі відбувся другий раунд переговорів.\n\nУХВАЛИЛИ: взяти до відома."),
			"Тарас Мельничук", "другий раунд"},
	}
	checkSpokenBy(t, cases)
	for _, c := range []struct{ doc, notSpeaker string }{
		{doc("ru", "### 1. Взносы\n\nСлушали С. П. Мухина (казначей). Он сообщил, что задолженность составляет 412 600 руб.\n\nПостановили: направить должникам напоминания."), "Слушали"},
		{doc("uk", "1. СЛУХАЛИ:\nТараса Мельничука, заступника голови, який поінформував присутніх про хід переговорів. За його словами, 4–5 лютого відбувся другий раунд.\n\nУХВАЛИЛИ: взяти до відома."), "Тараса Мельничука"},
		{doc("uk", "1. Порядок денний.\nМикола Бондар, голова правління, поінформував присутніх, що внески зібрано."), "Микол Бондар"},
	} {
		for _, s := range statementsOf(t, c.doc) {
			if s.Speaker == c.notSpeaker {
				t.Errorf("%q given as a speaker in %q", c.notSpeaker, c.doc)
			}
		}
	}
}
