// Probe battery for asked asides, fronted questions and party nouns (askedaside.go, partyref.go).

package corpus

import (
	"strings"
	"testing"
)

// TestAskedAnswersAndPartyNouns is the probe battery of stop 48's xcolon:
// an answer reported after what the person was asked ("Trump, asked
// whether …: no, …", "Auf die Frage, ob …, sagte Merz: …") is the asked
// person's, and a party noun ("El republicano añadió") refers back to
// the last speaker of that party.
func TestAskedAnswersAndPartyNouns(t *testing.T) {
	checkOwners(t, []ownerCase{
		{"en colon", langDoc("en", "Donald Trump, asked whether it was his final offer: no, it is not my final offer. The summit ended on Sunday."), "Trump", "it is not my final offer"},
		{"en said", langDoc("en", "Asked if the plan was final, Donald Trump said: the war has to end one way or another."), "Trump", "the war has to end"},
		{"es colon", langDoc("es", "Donald Trump, preguntado si era su última oferta: no, no es mi oferta final. La cumbre terminó el domingo."), "Trump", "no es mi oferta final"},
		{"es fronted", langDoc("es", "Preguntado si era su última oferta, Donald Trump respondió que no es su oferta final."), "Trump", "no es su oferta final"},
		{"de colon", langDoc("de", "Friedrich Merz, gefragt, ob der Plan endgültig sei: Nein, das ist nicht das letzte Wort."), "Merz", "das ist nicht das letzte Wort"},
		{"de fronted", langDoc("de", "Auf die Frage, ob der Plan endgültig sei, sagte Friedrich Merz: Das ist nicht das letzte Wort."), "Merz", "Das ist nicht das letzte Wort"},
		{"de fronted comma", langDoc("de", "Auf die Frage, ob der Plan endgültig sei, sagte Friedrich Merz, das sei nicht das letzte Wort."), "Merz", "das sei nicht das letzte Wort"},
		{"de gefragt fronted", langDoc("de", "Gefragt, ob der Plan endgültig sei, sagte Friedrich Merz: Das ist nicht das letzte Wort."), "Merz", "Das ist nicht das letzte Wort"},
		{"de frage nach colon", langDoc("de", "Auf die Frage nach dem Plan sagte Friedrich Merz: Das ist nicht das letzte Wort."), "Merz", "Das ist nicht das letzte Wort"},
		{"fr interroge", langDoc("fr", "Interrogé sur le plan américain, Emmanuel Macron a répondu que l'Europe devait être à la table."), "Macron", "l'Europe devait être à la table"},
		{"fr colon", langDoc("fr", "Emmanuel Macron, interrogé sur le plan américain : l'Europe doit être à la table."), "Macron", "l'Europe doit être à la table"},
		{"it fronted", langDoc("it", "Alla domanda se il piano fosse definitivo, Giorgia Meloni ha risposto: l'Europa deve essere al tavolo."), "Meloni", "l'Europa deve essere al tavolo"},
		{"it colon", langDoc("it", "Giorgia Meloni, interpellata sul piano americano: l'Europa deve essere al tavolo."), "Meloni", "l'Europa deve essere al tavolo"},
		{"ru fronted", langDoc("ru", "На вопрос, является ли план окончательным, Дмитрий Песков ответил: переговоры продолжаются."), "Peskov", "переговоры продолжаются"},
		{"uk fronted", langDoc("uk", "На запитання, чи є план остаточним, Володимир Зеленський відповів: переговори тривають."), "Zelensky", "переговори тривають"},
		{"pl fronted", langDoc("pl", "Na pytanie, czy plan jest ostateczny, Donald Tusk odpowiedział: rozmowy trwają nadal."), "Tusk", "rozmowy trwają nadal"},
		{"pl colon", langDoc("pl", "Donald Tusk, zapytany, czy plan jest ostateczny: rozmowy trwają nadal."), "Tusk", "rozmowy trwają nadal"},
		{"en asked by", langDoc("en", "Donald Trump, asked by reporters on Saturday whether this was his last offer to Ukraine: No, we would like to get to peace."), "Trump", "we would like to get to peace"},
		{"en pressed", langDoc("en", "Keir Starmer, pressed on whether British troops would be deployed: we will not rule anything out."), "Starmer", "we will not rule anything out"},
		{"fr colon interrogee", langDoc("fr", "Giorgia Meloni, interrogée sur le rôle de l'Europe : l'Europe doit être à la table."), "Meloni", "l'Europe doit être à la table"},
		{"ru colon", langDoc("ru", "Дмитрий Песков, отвечая на вопрос о сроках переговоров: переговоры продолжаются."), "Peskov", "переговоры продолжаются"},
		{"uk colon", langDoc("uk", "Володимир Зеленський, відповідаючи на запитання журналістів про вибори: вибори можливі після припинення вогню."), "Zelensky", "вибори можливі після припинення вогню"},
		{"es colon then party", langDoc("es", "Donald Trump, preguntado si era su última oferta: no, no es mi oferta final. El republicano añadió que de una u otra forma la guerra tiene que terminar."), "Trump", "de una u otra forma la guerra tiene que terminar"},
		{"es party", langDoc("es", "Donald Trump dijo que no es su oferta final. El republicano añadió que de una u otra forma la guerra tiene que terminar."), "Trump", "la guerra tiene que terminar"},
		{"en party", langDoc("en", "Donald Trump said it was not his final offer. The Republican added that the war has to end one way or another."), "Trump", "the war has to end"},
		{"fr party", langDoc("fr", "Donald Trump a dit que ce n'était pas son offre finale. Le républicain a ajouté que la guerre devait finir."), "Trump", "la guerre devait finir"},
		{"de party", langDoc("de", "Donald Trump sagte, es sei nicht sein letztes Angebot. Der Republikaner fügte hinzu, der Krieg müsse enden."), "Trump", "der Krieg müsse enden"},
		{"it party", langDoc("it", "Giorgia Meloni ha detto che l'Europa deve essere al tavolo. La leader di Fratelli d'Italia ha aggiunto che la pace deve essere giusta."), "Meloni", "la pace deve essere giusta"},
		{"en tory", langDoc("en", "Kemi Badenoch said the plan rewarded aggression. The Tory leader added that Britain must stand firm."), "Badenoch", "Britain must stand firm"},
		{"de spd", langDoc("de", "Olaf Scholz sagte, der Plan sei ein Anfang. Der Sozialdemokrat fügte hinzu, Europa müsse mitreden."), "Scholz", "Europa müsse mitreden"},
		{"ru party", langDoc("ru", "Дональд Трамп заявил, что это не последнее предложение. Республиканец добавил, что война должна закончиться."), "Trump", "война должна закончиться"},
	})
}

// TestXcolonGuards checks what the asked aside and the party nouns must
// not do: the question is never a statement, and a party noun of another
// party does not refer back to the last speaker.
func TestAskedAnswersAndPartyNounsGuards(t *testing.T) {
	for _, c := range []struct{ name, text, fragment, notSpeaker string }{
		{"en question not said", langDoc("en", "Donald Trump, asked whether it was his final offer: no, it is not my final offer."), "whether it was his final offer", ""},
		{"es question not said", langDoc("es", "Donald Trump, preguntado si era su última oferta: no, no es mi oferta final."), "si era su última oferta", ""},
		{"de question not said", langDoc("de", "Auf die Frage, ob der Plan endgültig sei, sagte Friedrich Merz, das sei nicht das letzte Wort."), "ob der Plan endgültig sei", ""},
		{"pl question not said", langDoc("pl", "Donald Tusk, zapytany, czy plan jest ostateczny: rozmowy trwają nadal."), "czy plan jest ostateczny", ""},
		{"en democrat not trump", langDoc("en", "Donald Trump said it was not his final offer. The Democrat said the plan was a betrayal of Ukraine."), "the plan was a betrayal", "Trump"},
		{"es demócrata not trump", langDoc("es", "Donald Trump dijo que no es su oferta final. El demócrata afirmó que el plan es una traición a Ucrania."), "el plan es una traición", "Trump"},
		{"de sozialdemokrat not merz", langDoc("de", "Friedrich Merz sagte, der Plan sei ein Anfang. Der Sozialdemokrat sagte, Europa müsse mitreden."), "Europa müsse mitreden", "Merz"},
	} {
		t.Run(c.name, func(t *testing.T) {
			d, err := Parse([]byte(c.text), ParseOptions{})
			if err != nil {
				t.Fatal(err)
			}
			for _, s := range d.Statements {
				if !strings.Contains(s.Text, c.fragment) {
					continue
				}
				if c.notSpeaker == "" {
					t.Errorf("the question %q read as %q's statement %q", c.fragment, s.Speaker, s.Text)
				} else if strings.Contains(s.Speaker, c.notSpeaker) {
					t.Errorf("%q given to %q", c.fragment, s.Speaker)
				}
			}
		})
	}
}

// TestAskedAnswersKnownFailures keeps the shapes the battery found and
// this stop left open.
func TestAskedAnswersKnownFailures(t *testing.T) {
	t.Skip("known failure: a party described by a noun phrase ('Polityk Koalicji Obywatelskiej dodał') is read as a name, not as the last speaker of that party")
	checkOwners(t, []ownerCase{
		{"pl party phrase", langDoc("pl", "Donald Tusk powiedział, że plan jest początkiem. Polityk Koalicji Obywatelskiej dodał, że Europa musi być przy stole."), "Tusk", "Europa musi być przy stole"},
	})
}
