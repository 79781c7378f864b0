package corpus

import "testing"

// TestCzechAttribution checks that Czech is read as data: past tenses of
// its speech verbs in every gender, "že", "podle", its role and
// unnamed-source nouns.
func TestCzechAttribution(t *testing.T) {
	checkStatements(t, []statementCase{
		{"cs uvedla", "---\ntitle: t\nlang: cs\n---\n\nMinistryně Jana Koubková uvedla, že Praha pošle další munici.", "Koubková", "Praha pošle další munici"},
		{"cs zdůraznil", "---\ntitle: t\nlang: cs\n---\n\nPremiér Karel Dvořáček v úterý zdůraznil, že o míru musí rozhodnout Ukrajinci.", "Dvořáček", "o míru musí rozhodnout Ukrajinci"},
		{"cs upozorňuje", "---\ntitle: t\nlang: cs\n---\n\nPolitolog Jiří Málek upozorňuje, že jednání mohou trvat měsíce.", "Málek", "jednání mohou trvat měsíce"},
		{"cs quote řekl", "---\ntitle: t\nlang: cs\n---\n\nVyslanec Tomáš Berka naznačil, že dohoda je blízko. „Zbývá jen pár otázek,“ řekl.", "Berka", "Zbývá jen pár otázek"},
	})
}

// TestAddresseeAroundVerb checks that whom the words were given to may
// stand before the verb ("Песков журналистам сказал") or after a verb
// whose subject the language leaves out ("„…“ řekl novinářům v …").
func TestAddresseeAroundVerb(t *testing.T) {
	checkStatements(t, []statementCase{
		{"ru addressee before verb", "Пресс-секретарь Кремля Дмитрий Песков журналистам сказал, что Москва не получила нового текста.", "Peskov", "Москва не получила нового текста"},
		{"cs addressee before verb", "---\ntitle: t\nlang: cs\n---\n\nMluvčí Kremlu Dmitrij Peskov novinářům řekl, že Rusko zatím nic neobdrželo.", "Peskov", "Rusko zatím nic neobdrželo"},
		{"cs dropped subject and addressee", "---\ntitle: t\nlang: cs\n---\n\nVyslanec Tomáš Berka naznačil, že dohoda je blízko. „Zbývá jen pár otázek,“ řekl novinářům v Ženevě.", "Berka", "Zbývá jen pár otázek"},
		{"pl dropped subject and addressee", "Minister Adam Nowicki zasugerował, że porozumienie jest blisko. „Zostało tylko kilka pytań” – powiedział dziennikarzom w Genewie.", "Nowicki", "Zostało tylko kilka pytań"},
	})
}

// TestSwedishAttribution checks that Swedish is read as data: "sa" (read
// as a speech verb in Swedish only, as French "sa" is no verb), verbs
// from stems, "att", "enligt", pronouns read as he and she.
func TestSwedishAttribution(t *testing.T) {
	checkStatements(t, []statementCase{
		{"sv sa att", "---\ntitle: t\nlang: sv\n---\n\nStatsminister Lars Ekdahl sa att Sverige står bakom Kyiv.", "Ekdahl", "Sverige står bakom Kyiv"},
		{"sv betonade", "---\ntitle: t\nlang: sv\n---\n\nFörsvarsminister Eva Lindgren betonade på tisdagen att stödet fortsätter.", "Lindgren", "stödet fortsätter"},
		{"sv enligt", "---\ntitle: t\nlang: sv\n---\n\nEnligt Maria Berg, forskare vid institutet, är planen orealistisk.", "Berg", "är planen orealistisk"},
	})
}

// TestDashThenComma checks a paragraph of speech opened by a dash and
// attributed after its last comma, as Nordic news prints quotations.
func TestDashThenComma(t *testing.T) {
	checkStatements(t, []statementCase{
		{"sv säger hon", "---\ntitle: t\nlang: sv\n---\n\nJohanna Berglund, forskare vid institutet, är kritisk.\n\n– Det här är en karta ritad i Moskva, säger hon.", "Berglund", "Det här är en karta ritad i Moskva"},
		{"sv two sentences, genitive title", "---\ntitle: t\nlang: sv\n---\n\nEU:s utrikeschef Kaja Kallas var tydlig när hon anlände.\n\n– En plan måste ha Ukraina med. Ryssland har inte rätt till några eftergifter, sa hon.", "Kallas", "En plan måste ha Ukraina med. Ryssland har inte rätt"},
		{"sv named after verb", "---\ntitle: t\nlang: sv\n---\n\nMötet var kort.\n\n– Vi står bakom Kyiv, sa utrikesminister Maria Berg.", "Berg", "Vi står bakom Kyiv"},
	})
}

// TestDroppedSubjectAfterAdverb checks a Czech sentence whose subject the
// language leaves out, opened by an adverb ("Zároveň varoval, že …",
// "Rovněž připomněl, že …"): the adverbs are data (speakers.json's
// adverbs, through data/morphology.json).
func TestDroppedSubjectAfterAdverb(t *testing.T) {
	checkStatements(t, []statementCase{
		{"cs zároveň", "---\ntitle: t\nlang: cs\n---\n\nKancléř Friedrich Merz uvedl, že nabídka je pozoruhodná. Zároveň varoval, že o území rozhoduje jen Ukrajina.", "Merz", "o území rozhoduje jen Ukrajina"},
		{"cs rovněž", "---\ntitle: t\nlang: cs\n---\n\nMluvčí Dmitrij Peskov řekl, že Rusko nic neobdrželo. Rovněž připomněl, že Moskva odmítá vojáky NATO.", "Peskov", "Moskva odmítá vojáky NATO"},
	})
}
