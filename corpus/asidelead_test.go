package corpus

import "testing"

// TestAsideAfterOneWord: an attribution set between commas after the
// sentence's first word, its subject dropped or a clitic pronoun, is the
// last speaker's when a clause follows it. Each case fails without
// asidelead.go (reportAside wanted two words before the aside).
func TestAsideAfterOneWord(t *testing.T) {
	checkStatements(t, []statementCase{
		{"hr naglasio je", xindDoc("hr", "Ministrica Vesna Horvat rekla je da su razgovori bili korisni. Hrvatska, naglasila je, neće prihvatiti dogovor bez Ukrajine."), "Vesna Horvat", "neće prihvatiti dogovor bez Ukrajine"},
		{"it ha aggiunto", xindDoc("it", "Il ministro Paolo Serra ha detto che i colloqui sono stati utili. L'Europa, ha aggiunto, non firmerà nulla senza Kiev."), "Paolo Serra", "non firmerà nulla senza Kiev"},
		{"pl dodał", xindDoc("pl", "Minister Jan Nowak powiedział, że rozmowy były przydatne. Polska, dodał, nie zaakceptuje niczego bez Kijowa."), "Jan Nowak", "nie zaakceptuje niczego bez Kijowa"},
		{"fr Mais, ajoute-t-il", xindDoc("fr", "Le ministre Paul Ferrand a dit que les discussions étaient utiles. Mais, ajoute-t-il, aucun accord ne sera signé avant l'hiver."), "Paul Ferrand", "aucun accord ne sera signé avant l'hiver"},
	})
}

// TestAdverbBeforeVerb: an adverb between the speaker and the speech verb
// ("has since said", "нещодавно сказав", "niedawno powiedział") leaves the
// speaker read. Each case fails without its adverbs entry
// (morphology.json).
func TestAdverbBeforeVerb(t *testing.T) {
	checkStatements(t, []statementCase{
		{"en has since said", xindDoc("en", "Senator Ruth Calloway has since said the deadline no longer holds."), "Ruth Calloway", "the deadline no longer holds"},
		{"uk нещодавно сказав", xindDoc("uk", "Посол Андрій Гнатюк нещодавно сказав, що переговори триватимуть."), "Андрій Гнатюк", "переговори триватимуть"},
		{"ru недавно заявил", xindDoc("ru", "Посол Андрей Гнатюк недавно заявил, что переговоры продолжатся."), "Андрей Гнатюк", "переговоры продолжатся"},
		{"pl niedawno powiedział", xindDoc("pl", "Ambasador Jan Wróbel niedawno powiedział, że rozmowy potrwają do zimy."), "Jan Wróbel", "rozmowy potrwają do zimy"},
	})
}

// TestAsideOpenedByAs: an aside opened by an "as" or "according to" word
// with the subject dropped ("según dijo", "come ha detto") is the last
// speaker's, as the aside with a pronoun is ("as she said", "wie sie
// sagte"). Each case fails without asideOpener.
func TestAsideOpenedByAs(t *testing.T) {
	checkStatements(t, []statementCase{
		{"es según dijo", xindDoc("es", "La portavoz Inés Robles dijo que hubo avances. Quedan, según dijo, algunos detalles que requieren más conversaciones."), "Inés Robles", "algunos detalles que requieren más conversaciones"},
		{"it come ha detto", xindDoc("it", "La ministra Paola Serra ha detto che ci sono stati progressi. Alcuni dettagli, come ha detto, richiedono ancora colloqui."), "Paola Serra", "richiedono ancora colloqui"},
	})
}
