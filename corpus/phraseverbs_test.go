package corpus

import (
	"strings"
	"testing"
)

// xindDoc is a body under front matter naming its language.
func xindDoc(lang, body string) string {
	return "---\ntitle: t\nlang: " + lang + "\n---\n\n" + body
}

// TestPhraseVerbs: a speech verb written in several words (verbs.json
// phraseVerbs) reports what follows its that-word or comma as the
// subject's statement. Each case fails without phraseverbs.go.
func TestPhraseVerbs(t *testing.T) {
	checkStatements(t, []statementCase{
		{"en pointed out that", xindDoc("en", "Senator Ruth Calloway pointed out that the ceasefire line had not moved in a month."), "Ruth Calloway", "the ceasefire line had not moved"},
		{"en made it clear that", xindDoc("en", "The envoy Tomas Brell made it clear that no deadline would be set."), "Tomas Brell", "no deadline would be set"},
		{"de merkte an, dass", xindDoc("de", "Die Juristin Hanna Lorenz merkte an, dass die Frist kaum zu halten sei."), "Hanna Lorenz", "die Frist kaum zu halten sei"},
		{"de hob hervor, dass", xindDoc("de", "Der Abgeordnete Uwe Kranz hob hervor, dass der Entwurf keine Garantien nenne."), "Uwe Kranz", "der Entwurf keine Garantien nenne"},
		{"nl liet weten dat", xindDoc("nl", "Minister Joris Wendt liet weten dat Nederland de troepenmacht steunt."), "Joris Wendt", "Nederland de troepenmacht steunt"},
		{"nl gaf toe dat", xindDoc("nl", "Gezant Mieke Aalders gaf toe dat het overleg vastzat."), "Mieke Aalders", "het overleg vastzat"},
		{"pl zwracał uwagę, że", xindDoc("pl", "Poseł Marek Zawada zwracał uwagę, że dokument nie ma autora."), "Marek Zawada", "dokument nie ma autora"},
		{"ru дал понять, что", xindDoc("ru", "Депутат Олег Сизов дал понять, что Москва не спешит с ответом."), "Олег Сизов", "Москва не спешит с ответом"},
		{"uk переконаний, що", xindDoc("uk", "Посол Андрій Гнатюк переконаний, що переговори триватимуть до зими."), "Андрій Гнатюк", "переговори триватимуть до зими"},
		{"fr a fait valoir que", xindDoc("fr", "La députée Claire Nodier a fait valoir que le texte ignorait les réfugiés."), "Claire Nodier", "le texte ignorait les réfugiés"},
	})
}

// TestPhraseVerbsNot: the phrase's words in other uses give nothing: no
// that-word or comma after the phrase ("pointed out the flaws", "gab zu
// viel aus"), or no subject before it.
func TestPhraseVerbsNot(t *testing.T) {
	for _, c := range []struct{ name, text string }{
		{"en object, no clause", xindDoc("en", "The old map pointed out the flaws of the first line drawn in Geneva.")},
		{"de zu as an adverb", xindDoc("de", "Die Stadtkasse gab zu viel Geld für die Feier im Rathaus aus.")},
		{"nl no subject", xindDoc("nl", "Gaf toe dat het moeilijk was, zonder verder uitleg te geven.")},
	} {
		t.Run(c.name, func(t *testing.T) {
			for _, s := range statementsOf(t, c.text) {
				t.Errorf("statement %q by %q: the phrase is no speech here", s.Text, s.Speaker)
			}
		})
	}
}

// TestReportVerbsAdded: single speech verbs the lexicon lacked, common in
// reports (morphology.json stems and words): each case fails without its
// entry.
func TestReportVerbsAdded(t *testing.T) {
	checkStatements(t, []statementCase{
		{"it ha ripetuto", xindDoc("it", "La senatrice Marta Lodi ha ripetuto che l'accordo non è vicino."), "Marta Lodi", "l'accordo non è vicino"},
		{"es defendió", xindDoc("es", "La diputada Irene Baños defendió que cualquier acuerdo debe pasar por Kiev."), "Irene Baños", "cualquier acuerdo debe pasar por Kiev"},
		{"es detalló", xindDoc("es", "El portavoz Andrés Lage detalló que la reunión duró cinco horas."), "Andrés Lage", "la reunión duró cinco horas"},
		{"fr lâche que", xindDoc("fr", "Le sénateur Hugo Marval lâche que rien ne sera signé avant l'hiver."), "Hugo Marval", "rien ne sera signé"},
		{"uk повідомляв", xindDoc("uk", "Міністр Богдан Ярош повідомляв, що делегація повернеться в понеділок."), "Богдан Ярош", "делегація повернеться в понеділок"},
		{"pl wskazał", xindDoc("pl", "Ekspert Paweł Zaręba wskazał, że plan pomija Polskę."), "Paweł Zaręba", "plan pomija Polskę"},
		{"sv medgav", xindDoc("sv", "Ministern Lars Eklöf medgav att samtalen gått långsamt."), "Lars Eklöf", "samtalen gått långsamt"},
	})
}

// TestPlatformAfterChannel: a platform named after a channel noun between
// the speaker and the verb ("у дописі в Truth Social дорікнув") is where
// it was said, not who said it. Fails without channelplatform.go (the
// platform was taken for the speaker) and without the channel nouns.
func TestPlatformAfterChannel(t *testing.T) {
	for _, c := range []struct{ name, text, speaker string }{
		{"uk у дописі в", xindDoc("uk", "Сенатор Ігор Лазар у дописі в Civic Square заявив, що угода близька."), "Ігор Лазар"},
		{"ru в посте в", xindDoc("ru", "Сенатор Игорь Лазарев в посте в Civic Square заявил, что сделка близка."), "Игорь Лазарев"},
		{"pl we wpisie na", xindDoc("pl", "Senator Igor Lazar we wpisie na Civic Square stwierdził, że umowa jest blisko."), "Igor Lazar"},
	} {
		t.Run(c.name, func(t *testing.T) {
			ss := statementsOf(t, c.text)
			if len(ss) != 1 || !strings.Contains(ss[0].Speaker, c.speaker) {
				t.Errorf("want one statement by %q, got %+v", c.speaker, ss)
			}
		})
	}
}
