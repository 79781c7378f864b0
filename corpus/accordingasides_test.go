package corpus

import (
	"encoding/json"
	"os"
	"testing"
)

// accordingAsideCases are the attribution asides news text writes, per
// language the corpus reads (data/languages.json): the "according to"
// words and phrases before or after what was said, the "as X said" clauses
// and, where the language has them, the postpositions ("X szerint", "X'a
// göre", "X mukaan"). Each probe is one sentence whose speaker only the
// aside names. The phrases added at stop 65 (grammar.json's
// accordingPhrases: "d'après", "aux dires de", "a detta di", "stando a",
// "per usare le parole di", "nach (den) Worten von", "conforme", "anot";
// the Czech and Slovak clitics of accordingfinite.json; "X was quoted as
// saying" with no outlet) are among them, and so are the two readings
// added with them: a title set off by commas after the named source ("Selon
// Dmitri Peskov, porte-parole du Kremlin, …") is not what was said, and an
// "as X put it" aside may close the sentence ("…, as Keir Starmer put
// it.").
var accordingAsideCases = []saidCase{
	{"en", "According to Anna Kerr, the talks have stalled.", "Anna Kerr", "the talks have stalled"},
	{"en", "The talks have stalled, according to Anna Kerr.", "Anna Kerr", "The talks have stalled"},
	{"en", "In the words of Anna Kerr, the talks have stalled.", "Anna Kerr", "the talks have stalled"},
	{"en", "As Anna Kerr put it, the talks have stalled.", "Anna Kerr", "the talks have stalled"},
	{"en", "Anna Kerr was quoted as saying the talks had stalled.", "Anna Kerr", "the talks had stalled"},
	{"en", "Anna Kerr was quoted by Reuters as saying the talks had stalled.", "Anna Kerr", "the talks had stalled"},
	{"en", "Peskov was quoted as saying that Moscow had not received the text.", "Dmitry Peskov", "Moscow had not received the text"},
	{"en", "Anna Kerr told reporters the talks had stalled.", "Anna Kerr", "the talks had stalled"},
	{"de", "Laut Anna Becker sind die Gespräche ins Stocken geraten.", "Anna Becker", "sind die Gespräche ins Stocken geraten"},
	{"de", "Anna Becker zufolge sind die Gespräche ins Stocken geraten.", "Anna Becker", "sind die Gespräche ins Stocken geraten"},
	{"de", "Nach Angaben von Anna Becker sind die Gespräche ins Stocken geraten.", "Anna Becker", "sind die Gespräche ins Stocken geraten"},
	{"de", "Nach Worten von Anna Becker sind die Gespräche ins Stocken geraten.", "Anna Becker", "sind die Gespräche ins Stocken geraten"},
	{"de", "Nach den Worten von Anna Becker sind die Gespräche ins Stocken geraten.", "Anna Becker", "sind die Gespräche ins Stocken geraten"},
	{"de", "Wie Anna Becker sagte, sind die Gespräche ins Stocken geraten.", "Anna Becker", "sind die Gespräche ins Stocken geraten"},
	{"fr", "Selon Anne Martin, les négociations sont dans l'impasse.", "Anne Martin", "les négociations sont dans l'impasse"},
	{"fr", "Les négociations sont dans l'impasse, selon Anne Martin.", "Anne Martin", "Les négociations sont dans l'impasse"},
	{"fr", "D'après Anne Martin, les négociations sont dans l'impasse.", "Anne Martin", "les négociations sont dans l'impasse"},
	{"fr", "D’après Anne Martin, les négociations sont dans l'impasse.", "Anne Martin", "les négociations sont dans l'impasse"},
	{"fr", "Aux dires de Paul Martin, les négociations sont dans l'impasse.", "Paul Martin", "les négociations sont dans l'impasse"},
	{"fr", "Comme l'a dit Anne Martin, les négociations sont dans l'impasse.", "Anne Martin", "les négociations sont dans l'impasse"},
	{"it", "Secondo Marco Rossi, i negoziati sono in stallo.", "Marco Rossi", "i negoziati sono in stallo"},
	{"it", "A detta di Marco Rossi, i negoziati sono in stallo.", "Marco Rossi", "i negoziati sono in stallo"},
	{"it", "A detta del ministro Antonio Tajani, i negoziati sono in stallo.", "Antonio Tajani", "i negoziati sono in stallo"},
	{"it", "Stando a Marco Rossi, i negoziati sono in stallo.", "Marco Rossi", "i negoziati sono in stallo"},
	{"it", "Per usare le parole di Marco Rossi, i negoziati sono in stallo.", "Marco Rossi", "i negoziati sono in stallo"},
	{"it", "Come ha detto Marco Rossi, i negoziati sono in stallo.", "Marco Rossi", "i negoziati sono in stallo"},
	{"it", "Alcune proposte americane, secondo Ushakov, sembrano accettabili.", "Yuri Ushakov", "Alcune proposte americane sembrano accettabili"},
	{"es", "Según Ana García, las negociaciones están estancadas.", "Ana García", "las negociaciones están estancadas"},
	{"es", "En palabras de Ana García, las negociaciones están estancadas.", "Ana García", "las negociaciones están estancadas"},
	{"es", "A juicio de Ana García, las negociaciones están estancadas.", "Ana García", "las negociaciones están estancadas"},
	{"es", "Como dijo Ana García, las negociaciones están estancadas.", "Ana García", "las negociaciones están estancadas"},
	{"es", "De acuerdo con Ana García, las negociaciones están estancadas.", "Ana García", "las negociaciones están estancadas"},
	{"pt", "Segundo Ana Costa, as negociações estão paradas.", "Ana Costa", "as negociações estão paradas"},
	{"pt", "De acordo com Ana Costa, as negociações estão paradas.", "Ana Costa", "as negociações estão paradas"},
	{"pt", "Nas palavras de Ana Costa, as negociações estão paradas.", "Ana Costa", "as negociações estão paradas"},
	{"pt", "Conforme Ana Costa, as negociações estão paradas.", "Ana Costa", "as negociações estão paradas"},
	{"pt", "Como disse Ana Costa, as negociações estão paradas.", "Ana Costa", "as negociações estão paradas"},
	{"ru", "По словам Ивана Петрова, переговоры зашли в тупик.", "Иван Петров", "переговоры зашли в тупик"},
	{"ru", "Как заявил Иван Петров, переговоры зашли в тупик.", "Иван Петров", "переговоры зашли в тупик"},
	{"ru", "По мнению Ивана Петрова, переговоры зашли в тупик.", "Иван Петров", "переговоры зашли в тупик"},
	{"ru", "По данным Ивана Петрова, переговоры зашли в тупик.", "Иван Петров", "переговоры зашли в тупик"},
	{"ru", "Территориальные вопросы, по словам Зеленского, должны решаться с участием украинского народа.", "Volodymyr Zelensky", "Территориальные вопросы должны решаться с участием украинского народа"},
	{"uk", "За словами Зеленського, переговори зайшли в глухий кут.", "Volodymyr Zelensky", "переговори зайшли в глухий кут"},
	{"uk", "Як заявив Іван Петренко, переговори зайшли в глухий кут.", "Іван Петренко", "переговори зайшли в глухий кут"},
	{"uk", "На думку Зеленського, переговори зайшли в глухий кут.", "Volodymyr Zelensky", "переговори зайшли в глухий кут"},
	{"pl", "Według Anny Nowak rozmowy utknęły w martwym punkcie.", "Anna Nowak", "rozmowy utknęły w martwym punkcie"},
	{"pl", "Zdaniem Anny Nowak rozmowy utknęły w martwym punkcie.", "Anna Nowak", "rozmowy utknęły w martwym punkcie"},
	{"pl", "Jak powiedziała Anna Nowak, rozmowy utknęły w martwym punkcie.", "Anna Nowak", "rozmowy utknęły w martwym punkcie"},
	{"nl", "Volgens Anna de Vries zitten de gesprekken vast.", "Anna de Vries", "zitten de gesprekken vast"},
	{"nl", "De gesprekken zitten vast, aldus Anna de Vries.", "Anna de Vries", "De gesprekken zitten vast"},
	{"nl", "Zoals Anna de Vries zei, zitten de gesprekken vast.", "Anna de Vries", "zitten de gesprekken vast"},
	{"ro", "Potrivit lui Ion Popescu, negocierile au intrat în impas.", "Ion Popescu", "negocierile au intrat în impas"},
	{"ro", "Conform lui Ion Popescu, negocierile au intrat în impas.", "Ion Popescu", "negocierile au intrat în impas"},
	{"ro", "După cum a declarat Ion Popescu, negocierile au intrat în impas.", "Ion Popescu", "negocierile au intrat în impas"},
	{"sv", "Enligt Anna Lindqvist har samtalen kört fast.", "Anna Lindqvist", "har samtalen kört fast"},
	{"sv", "Som Anna Lindqvist sa, har samtalen kört fast.", "Anna Lindqvist", "har samtalen kört fast"},
	{"cs", "Podle Jana Nováka jednání uvázla na mrtvém bodě.", "Jan Novák", "jednání uvázla na mrtvém bodě"},
	{"cs", "Jak uvedl Jan Novák, jednání uvázla na mrtvém bodě.", "Jan Novák", "jednání uvázla na mrtvém bodě"},
	{"cs", "Podle ukrajinského prezidenta Volodymyra Zelenského je nyní nejdůležitější, aby jednání nezamrzla.", "Volodymyr Zelensky", "je nyní nejdůležitější, aby jednání nezamrzla"},
	{"cs", "Podle Vladimira Putina je Rusko připraveno bojovat, pokud by Evropa chtěla válku.", "Vladimir Putin", "je Rusko připraveno bojovat, pokud by Evropa chtěla válku"},
	{"sk", "Podľa Jána Kováča rokovania uviazli na mŕtvom bode.", "Ján Kováč", "rokovania uviazli na mŕtvom bode"},
	{"sk", "Ako uviedol Ján Kováč, rokovania uviazli na mŕtvom bode.", "Ján Kováč", "rokovania uviazli na mŕtvom bode"},
	{"sk", "Podľa Vladimira Putina je Rusko pripravené bojovať.", "Vladimir Putin", "je Rusko pripravené bojovať"},
	{"bg", "Според Иван Петров преговорите са в задънена улица.", "Иван Петров", "преговорите са в задънена улица"},
	{"bg", "Както заяви Иван Петров, преговорите са в задънена улица.", "Иван Петров", "преговорите са в задънена улица"},
	{"bg", "По думите на Иван Петров преговорите са в задънена улица.", "Иван Петров", "преговорите са в задънена улица"},
	{"hu", "Nagy Anna szerint a tárgyalások elakadtak.", "Nagy Anna", "a tárgyalások elakadtak"},
	{"hu", "Ahogy Nagy Anna fogalmazott, a tárgyalások elakadtak.", "Nagy Anna", "a tárgyalások elakadtak"},
	{"hr", "Prema riječima Ivana Horvata, pregovori su zapeli.", "Ivan Horvat", "pregovori su zapeli"},
	{"hr", "Prema Ivanu Horvatu, pregovori su zapeli.", "Ivan Horvat", "pregovori su zapeli"},
	{"hr", "Kako je rekao Ivan Horvat, pregovori su zapeli.", "Ivan Horvat", "pregovori su zapeli"},
	{"tr", "Ahmet Yılmaz'a göre müzakereler çıkmaza girdi.", "Ahmet Yılmaz", "müzakereler çıkmaza girdi"},
	{"el", "Σύμφωνα με τον Γιώργο Παπαδόπουλο, οι διαπραγματεύσεις έχουν κολλήσει.", "Γιώργος Παπαδόπουλος", "οι διαπραγματεύσεις έχουν κολλήσει"},
	{"el", "Κατά τον Γιώργο Παπαδόπουλο, οι διαπραγματεύσεις έχουν κολλήσει.", "Γιώργος Παπαδόπουλος", "οι διαπραγματεύσεις έχουν κολλήσει"},
	{"el", "Όπως δήλωσε ο Γιώργος Παπαδόπουλος, οι διαπραγματεύσεις έχουν κολλήσει.", "Γιώργος Παπαδόπουλος", "οι διαπραγματεύσεις έχουν κολλήσει"},
	{"fi", "Matti Virtasen mukaan neuvottelut ovat jumissa.", "Matti Virtanen", "neuvottelut ovat jumissa"},
	{"fi", "Kuten Matti Virtanen sanoi, neuvottelut ovat jumissa.", "Matti Virtanen", "neuvottelut ovat jumissa"},
	{"lt", "Pasak Jono Petraičio, derybos įstrigo.", "Jonas Petraitis", "derybos įstrigo"},
	{"lt", "Anot Jono Petraičio, derybos įstrigo.", "Jonas Petraitis", "derybos įstrigo"},
	{"lt", "Kaip sakė Jonas Petraitis, derybos įstrigo.", "Jonas Petraitis", "derybos įstrigo"},
	{"lv", "Kā sacīja Jānis Bērziņš, sarunas ir iestrēgušas.", "Jānis Bērziņš", "sarunas ir iestrēgušas"},
	{"et", "Jaan Tamme sõnul on läbirääkimised ummikus.", "Jaan Tamm", "on läbirääkimised ummikus"},
	{"et", "Nagu ütles Jaan Tamm, on läbirääkimised ummikus.", "Jaan Tamm", "on läbirääkimised ummikus"},
	{"da", "Ifølge Anders Jensen er forhandlingerne gået i stå.", "Anders Jensen", "er forhandlingerne gået i stå"},
	{"da", "Som Anders Jensen sagde, er forhandlingerne gået i stå.", "Anders Jensen", "er forhandlingerne gået i stå"},
	// a title set off after the named source is no part of what was said
	{"en", "According to Dmitry Peskov, the Kremlin spokesman, Moscow has not received the text.", "Dmitry Peskov", "Moscow has not received the text"},
	{"fr", "Selon Dmitri Peskov, porte-parole du Kremlin, Moscou n'a pas reçu le texte.", "Dmitry Peskov", "Moscou n'a pas reçu le texte"},
	{"es", "Según Dmitri Peskov, portavoz del Kremlin, Moscú no ha recibido el texto.", "Dmitry Peskov", "Moscú no ha recibido el texto"},
	{"it", "Secondo Dmitri Peskov, portavoce del Cremlino, Mosca non ha ricevuto il testo.", "Dmitry Peskov", "Mosca non ha ricevuto il testo"},
	{"de", "Laut Dmitri Peskow, dem Sprecher des Kremls, hat Moskau den Text nicht erhalten.", "Dmitry Peskov", "hat Moskau den Text nicht erhalten"},
	{"pl", "Według Dmitrija Pieskowa, rzecznika Kremla, Moskwa nie otrzymała tekstu.", "Dmitry Peskov", "Moskwa nie otrzymała tekstu"},
	{"ru", "По словам Дмитрия Пескова, пресс-секретаря Кремля, Москва не получила текст.", "Dmitry Peskov", "Москва не получила текст"},
	{"sv", "Enligt Dmitrij Peskov, Kremls talesperson, har Moskva inte fått texten.", "Dmitry Peskov", "har Moskva inte fått texten"},
	// an "as X said" aside that closes the sentence
	{"en", "Britain will not send troops, as Keir Starmer put it.", "Keir Starmer", "Britain will not send troops"},
	{"en", "Britain will not send troops, as Keir Starmer said.", "Keir Starmer", "Britain will not send troops"},
	{"fr", "L'Italie n'enverra pas de soldats, comme l'a déclaré Giorgia Meloni.", "Giorgia Meloni", "L'Italie n'enverra pas de soldats"},
	{"de", "Großbritannien wird keine Truppen schicken, wie Keir Starmer sagte.", "Keir Starmer", "Großbritannien wird keine Truppen schicken"},
	{"ru", "Британия не пошлёт войска, как заявил Кир Стармер.", "Keir Starmer", "Британия не пошлёт войска"},
	{"es", "España no enviará soldados, como dijo Pedro Sánchez.", "Pedro Sánchez", "España no enviará soldados"},
}

// TestAccordingAsides checks every aside of accordingAsideCases, and that
// every language of data/languages.json has at least one: a language the
// corpus reads with no aside probe fails here.
func TestAccordingAsides(t *testing.T) {
	raw, err := os.ReadFile("data/languages.json")
	if err != nil {
		t.Fatal(err)
	}
	var langs struct {
		Languages []struct {
			Code string `json:"code"`
		} `json:"languages"`
	}
	if err := json.Unmarshal(raw, &langs); err != nil {
		t.Fatal(err)
	}
	have := map[string]bool{}
	for _, c := range accordingAsideCases {
		have[c.lang] = true
	}
	for _, l := range langs.Languages {
		if !have[l.Code] {
			t.Errorf("language %s has no attribution aside probe", l.Code)
		}
	}
	checkSaidExactly(t, accordingAsideCases)
}

// TestAccordingAsidesNot checks sentences the new aside words must leave
// without a statement: a document, a hearsay phrase or an idiom after the
// phrase ("D'après le plan", "Stando a quanto riferito", "A dire il vero",
// "Conforme previsto", "Podle plánu je …"), and "quoted" in other senses.
func TestAccordingAsidesNot(t *testing.T) {
	for _, tc := range []struct{ lang, body string }{
		{"fr", "D'après le plan, l'Ukraine renoncerait au Donbass."},
		{"fr", "D'après nos informations, l'Ukraine renoncerait au Donbass."},
		{"it", "Stando a quanto riferito, i negoziati sono in stallo."},
		{"it", "Stando al piano, l'Ucraina rinuncerebbe al Donbass."},
		{"it", "A detta di tutti, i negoziati sono in stallo."},
		{"it", "A dire di no è stata la Lega."},
		{"pt", "Conforme previsto no plano, a Ucrânia renunciaria ao Donbass."},
		{"de", "Nach Worten allein wird kein Frieden geschlossen."},
		{"cs", "Podle plánu je Ukrajina povinna stáhnout vojska."},
		{"sk", "Podľa plánu je Ukrajina povinná stiahnuť vojská."},
		{"en", "The price was quoted as a range of figures in the draft."},
		{"en", "The plan was quoted in full in the annex."},
		{"en", "Britain will not send troops, as the plan says."},
		{"en", "The text has 20 points, as agreed in Geneva."},
	} {
		if got := statementsOf(t, "---\nlang: "+tc.lang+"\n---\n\n"+tc.body+"\n"); len(got) != 0 {
			t.Errorf("%s: want nothing, got %+v", tc.body, got)
		}
	}
}
