package corpus

import "strings"

// frontedAdjectiveEndings are the case endings of Russian and Ukrainian
// adjectives that no given name has: "Найскладнішими", "Главным",
// "Важливою", "Ключевого". Slavic word order fronts the predicate
// adjective of "назвать X Y" for emphasis ("Найскладнішими Зеленський
// назвав територіальне питання", "Главным Путин назвал вопрос
// Донбасса"), and the capital it takes at the sentence's start glued it
// to the name as a given name ("Найскладнішими Зеленський"). Endings a
// given name may have ("-ий" of Юрий, "-им" of Максим, "-ой") are left
// out.
var frontedAdjectiveEndings = []string{"ими", "ыми", "іми", "ым", "ого", "его", "ому", "ему", "ої", "ою", "ую", "юю"}

// frontedAdjective reports whether a lower-cased word that opens a name
// is such an adjective: nameAfterLeadWord then drops it when the rest is
// a person the document or the lexicon knows.
func frontedAdjective(l string) bool {
	if len([]rune(l)) < 5 {
		return false
	}
	for _, e := range frontedAdjectiveEndings {
		if strings.HasSuffix(l, e) {
			return true
		}
	}
	return false
}
