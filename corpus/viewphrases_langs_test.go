package corpus

import "testing"

// TestViewPhrasesCompletedByLanguage probes the "according to him/her"
// phrases stop 66 (zstmt) added to viewPhrases (morphology.json), one or
// two per language, each after a sentence that names the person: every
// case fails without its entry. The last case opens with a sentence adverb
// written without a comma before the phrase (viewOpenerSkip). The negatives
// check that the new cue words ("seiner", "κατά", "potrivit") read nothing
// alone.
func TestViewPhrasesCompletedByLanguage(t *testing.T) {
	checkStatements(t, []statementCase{
		{"de nach seinen Worten", langDoc("de", "Kremlchef Wladimir Putin sprach am Donnerstag in Bischkek über den Plan. Nach seinen Worten könnte er als Grundlage für eine endgültige Regelung dienen."), "Putin", "als Grundlage für eine endgültige Regelung"},
		{"de nach ihren Worten", langDoc("de", "Die Ministerin Annalena Berger traf am Montag ihre Amtskollegen. Nach ihren Worten ist die Frage der Gebiete noch offen."), "Berger", "die Frage der Gebiete noch offen"},
		{"fr d'après elle", langDoc("fr", "La ministre Sophie Andrieu était à Bruxelles lundi. D'après elle, la question des territoires n'a pas été tranchée."), "Andrieu", "la question des territoires"},
		{"ro potrivit ei", langDoc("ro", "Analista Corina Vlădescu a vorbit marți seara la televiziune. Potrivit ei, Moscova nu a renunțat la nimic din ce cerea în toamnă."), "Vlădescu", "Moscova nu a renunțat la nimic"},
		{"bg по думите му", langDoc("bg", "Депутатът Георг Георгиев говори пред журналисти в София. По думите му Европейският съюз също трябва да има думата."), "Георгиев", "Европейският съюз също трябва"},
		{"el κατά τον ίδιο", langDoc("el", "Ο αναλυτής Στέλιος Καραγιάννης μίλησε στην τηλεόραση την Τρίτη. Κατά τον ίδιο, το πιο δύσκολο κομμάτι παραμένει το εδαφικό."), "Καραγιάννης", "το πιο δύσκολο κομμάτι"},
		{"sk podľa jeho slov", langDoc("sk", "Minister Peter Kováč hovoril v Bratislave s novinármi. Podľa jeho slov sa rokovania o území povedú od súčasnej línie dotyku."), "Kováč", "rokovania o území"},
		{"pl w jej opinii", langDoc("pl", "Posłanka Julia Sosnowska zabrała głos w debacie. W jej opinii Europa dostała w tym tekście więcej, niż sama żądała."), "Sosnowska", "Europa dostała w tym tekście"},
		{"ru на его взгляд", langDoc("ru", "Политолог Аркадий Вершинин выступил в Перми во вторник. На его взгляд, основа есть, но торг только начинается."), "Вершинин", "основа есть"},
		{"nb ifølge henne", langDoc("nb", "Forsker Kari Strandvold snakket med NRK på tirsdag. Ifølge henne er det viktigste nå hvem som sitter rundt bordet."), "Strandvold", "hvem som sitter rundt bordet"},
		{"lt jos teigimu", langDoc("lt", "Ministrė Rūta Januškevičienė kalbėjo Vilniuje antradienį. Jos teigimu, šeštasis ir septintasis punktai Lietuvai svarbiausi."), "Januškevičienė", "šeštasis ir septintasis punktai"},
		{"cs adverb before podle něj", langDoc("cs", "Ruský prezident Vladimir Putin ve čtvrtek v Biškeku prohlásil, že americký plán může posloužit jako základ budoucích dohod. Zároveň podle něj platí, že pokud ukrajinské jednotky neodejdou, Rusko toho dosáhne silou."), "Putin", "Rusko toho dosáhne silou"},
	})
}

// TestViewPhrasesNegatives: the same words that do not open a view, and a
// phrase whose cue word alone ("seiner", "κατά") must not read a sentence.
func TestViewPhrasesNegatives(t *testing.T) {
	checkNoStatements(t, []statementCase{
		{"de seiner without a view", langDoc("de", "Der Bürgermeister Karl Huber eröffnete den Markt. Seiner Stadt fehlen seit dem Winter zwei Millionen Euro für neue Schulen."), "", "zwei Millionen Euro"},
		{"el κατά as a preposition", langDoc("el", "Ο δήμαρχος Γιάννης Παππάς εγκαινίασε το πάρκο. Κατά τη διάρκεια της τελετής έβρεχε συνεχώς στην πόλη."), "", "έβρεχε συνεχώς"},
		{"ro potrivit legii", langDoc("ro", "Primarul Ion Popescu a deschis ședința de marți. Potrivit legii, bugetul se votează până la sfârșitul lunii martie."), "", "bugetul se votează"},
		{"cs adverb without a phrase", langDoc("cs", "Starosta Jan Novák otevřel nový most přes řeku. Zároveň se v obci začala opravovat škola a hasičská zbrojnice."), "", "opravovat škola"},
	})
}
