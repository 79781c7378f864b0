package corpus

import (
	"strings"
	"testing"
)

// TestViewPhrasesCompletedByLanguage probes the "according to him/her"
// phrases stop 66 (zstmt) added to viewPhrases (morphology.json), one or
// two per language, each after a sentence that names the person: every
// case fails without its entry. The last case opens with a sentence adverb
// written without a comma before the phrase (viewOpenerSkip). The negatives
// check that the new cue words ("seiner", "κατά", "potrivit") read nothing
// alone.
func TestViewPhrasesCompletedByLanguage(t *testing.T) {
	doc := func(lang, body string) string {
		return "---\ntitle: t\nlang: " + lang + "\n---\n\n" + body
	}
	checkStatements(t, []statementCase{
		{"de nach seinen Worten", doc("de", "Kremlchef Wladimir Putin sprach am Donnerstag in Bischkek über den Plan. Nach seinen Worten könnte er als Grundlage für eine endgültige Regelung dienen."), "Putin", "als Grundlage für eine endgültige Regelung"},
		{"de nach ihren Worten", doc("de", "Die Ministerin Annalena Berger traf am Montag ihre Amtskollegen. Nach ihren Worten ist die Frage der Gebiete noch offen."), "Berger", "die Frage der Gebiete noch offen"},
		{"fr d'après elle", doc("fr", "La ministre Sophie Andrieu était à Bruxelles lundi. D'après elle, la question des territoires n'a pas été tranchée."), "Andrieu", "la question des territoires"},
		{"ro potrivit ei", doc("ro", "Analista Corina Vlădescu a vorbit marți seara la televiziune. Potrivit ei, Moscova nu a renunțat la nimic din ce cerea în toamnă."), "Vlădescu", "Moscova nu a renunțat la nimic"},
		{"bg по думите му", doc("bg", "Депутатът Георг Георгиев говори пред журналисти в София. По думите му Европейският съюз също трябва да има думата."), "Георгиев", "Европейският съюз също трябва"},
		{"el κατά τον ίδιο", doc("el", "Ο αναλυτής Στέλιος Καραγιάννης μίλησε στην τηλεόραση την Τρίτη. Κατά τον ίδιο, το πιο δύσκολο κομμάτι παραμένει το εδαφικό."), "Καραγιάννης", "το πιο δύσκολο κομμάτι"},
		{"sk podľa jeho slov", doc("sk", "Minister Peter Kováč hovoril v Bratislave s novinármi. Podľa jeho slov sa rokovania o území povedú od súčasnej línie dotyku."), "Kováč", "rokovania o území"},
		{"pl w jej opinii", doc("pl", "Posłanka Julia Sosnowska zabrała głos w debacie. W jej opinii Europa dostała w tym tekście więcej, niż sama żądała."), "Sosnowska", "Europa dostała w tym tekście"},
		{"ru на его взгляд", doc("ru", "Политолог Аркадий Вершинин выступил в Перми во вторник. На его взгляд, основа есть, но торг только начинается."), "Вершинин", "основа есть"},
		{"nb ifølge henne", doc("nb", "Forsker Kari Strandvold snakket med NRK på tirsdag. Ifølge henne er det viktigste nå hvem som sitter rundt bordet."), "Strandvold", "hvem som sitter rundt bordet"},
		{"lt jos teigimu", doc("lt", "Ministrė Rūta Januškevičienė kalbėjo Vilniuje antradienį. Jos teigimu, šeštasis ir septintasis punktai Lietuvai svarbiausi."), "Januškevičienė", "šeštasis ir septintasis punktai"},
		{"cs adverb before podle něj", doc("cs", "Ruský prezident Vladimir Putin ve čtvrtek v Biškeku prohlásil, že americký plán může posloužit jako základ budoucích dohod. Zároveň podle něj platí, že pokud ukrajinské jednotky neodejdou, Rusko toho dosáhne silou."), "Putin", "Rusko toho dosáhne silou"},
	})
}

// TestViewPhrasesNegatives: the same words that do not open a view, and a
// phrase whose cue word alone ("seiner", "κατά") must not read a sentence.
func TestViewPhrasesNegatives(t *testing.T) {
	doc := func(lang, body string) string {
		return "---\ntitle: t\nlang: " + lang + "\n---\n\n" + body
	}
	for _, c := range []struct{ name, text, fragment string }{
		{"de seiner without a view", doc("de", "Der Bürgermeister Karl Huber eröffnete den Markt. Seiner Stadt fehlen seit dem Winter zwei Millionen Euro für neue Schulen."), "zwei Millionen Euro"},
		{"el κατά as a preposition", doc("el", "Ο δήμαρχος Γιάννης Παππάς εγκαινίασε το πάρκο. Κατά τη διάρκεια της τελετής έβρεχε συνεχώς στην πόλη."), "έβρεχε συνεχώς"},
		{"ro potrivit legii", doc("ro", "Primarul Ion Popescu a deschis ședința de marți. Potrivit legii, bugetul se votează până la sfârșitul lunii martie."), "bugetul se votează"},
		{"cs adverb without a phrase", doc("cs", "Starosta Jan Novák otevřel nový most přes řeku. Zároveň se v obci začala opravovat škola a hasičská zbrojnice."), "opravovat škola"},
	} {
		t.Run(c.name, func(t *testing.T) {
			d, err := Parse([]byte(c.text), ParseOptions{})
			if err != nil {
				t.Fatal(err)
			}
			for _, s := range d.Statements {
				if strings.Contains(s.Text, c.fragment) {
					t.Errorf("statement %q read from %q", s.Speaker, s.Text)
				}
			}
		})
	}
}
