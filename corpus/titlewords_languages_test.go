package corpus

import "testing"

// TestLanguageTitleWords: the titles and occupations news coverage puts
// before a speaker's name, listed per language rather than per set
// (data/roles.json, stop 64 ztitles): the title is the speaker's role
// and not part of the name, in the twelve languages the lexicon was
// completed for, feminine forms included (the oblique cases are
// nominativeRole's).
func TestLanguageTitleWords(t *testing.T) {
	checkRelationCases(t, []relationCase{
		{"en surgeon", reportDoc("en", "Surgeon Helen Marsh said the ward had run out of anaesthetic twice this week."),
			"Helen Marsh", "surgeon", "the ward had run out of anaesthetic"},
		{"de teacher", reportDoc("de", "Lehrerin Anna Vogt sagte, die Schule bleibe bis Montag geschlossen."),
			"Anna Vogt", "lehrerin", "die Schule bleibe bis Montag geschlossen"},
		{"fr nurse", reportDoc("fr", "Infirmière Claire Dubois a déclaré que l'hôpital manquait de lits depuis lundi."),
			"Claire Dubois", "infirmière", "l'hôpital manquait de lits"},
		{"it journalist", reportDoc("it", "Il giornalista Marco Ferri ha detto che la tregua non reggerà fino a Natale."),
			"Marco Ferri", "giornalista", "la tregua non reggerà"},
		{"es farmer", reportDoc("es", "La agricultora Lucía Romero dijo que la cosecha se perdió por los bombardeos."),
			"Lucía Romero", "agricultora", "la cosecha se perdió"},
		{"pt resident", reportDoc("pt", "A moradora Joana Silva afirmou que a água voltou apenas na quarta-feira."),
			"Joana Silva", "moradora", "a água voltou apenas"},
		{"nl alderman", reportDoc("nl", "Wethouder Pieter de Groot zei dat de brug pas in maart opengaat."),
			"Pieter de Groot", "wethouder", "de brug pas in maart opengaat"},
		{"ru doctor", reportDoc("ru", "Врач Ирина Соколова сказала, что больница работает на генераторах."),
			"Ирина Соколова", "врач", "больница работает на генераторах"},
		{"uk volunteer", reportDoc("uk", "Волонтерка Олена Бондар сказала, що гуманітарна допомога надійде в понеділок."),
			"Олена Бондар", "волонтерка", "гуманітарна допомога надійде"},
		{"pl journalist", reportDoc("pl", "Dziennikarka Anna Nowak powiedziała, że rozmowy potrwają do piątku."),
			"Anna Nowak", "dziennikarka", "rozmowy potrwają do piątku"},
		{"cs mayor", reportDoc("cs", "Starostka Jana Dvořáková uvedla, že most bude opraven do zimy."),
			"Jana Dvořáková", "starostka", "most bude opraven do zimy"},
		{"sv doctor", reportDoc("sv", "Läkaren Eva Lind sade att sjukhuset saknar personal."),
			"Eva Lind", "läkare", "sjukhuset saknar personal"},
	})
}

// TestLanguageTitleWordsNegatives: a title word used as a plain noun
// gives no role to the next speaker, and a name word the lexicon left
// out because it is also a surname ("Richter", "Bauer", "de Boer",
// "Major", "Judge") stays in the name.
func TestLanguageTitleWordsNegatives(t *testing.T) {
	checkNoRole(t, []noRoleCase{
		{"en plain noun", reportDoc("en", "The nurse on duty left at six. Tom Reyes said the clinic would reopen on Monday."), "Tom Reyes"},
		{"de plain noun", reportDoc("de", "Der Lehrer fehlte am Montag. Karl Brandt sagte, die Schule bleibe geschlossen."), "Karl Brandt"},
		{"ru plain noun", reportDoc("ru", "Врача в посёлке нет уже год. Иван Котов сказал, что больница закрыта."), "Иван Котов"},
	})
	checkRelationCases(t, []relationCase{
		{"de surname Richter", reportDoc("de", "Hans Richter sagte, die Brücke werde im März geöffnet."),
			"Hans Richter", "", "die Brücke werde im März geöffnet"},
		{"de surname Bauer", reportDoc("de", "Petra Bauer sagte, die Ernte sei verloren."),
			"Petra Bauer", "", "die Ernte sei verloren"},
		{"nl surname de Boer", reportDoc("nl", "Jan de Boer zei dat de oogst verloren is."),
			"Jan de Boer", "", "de oogst verloren is"},
		{"en surname Major", reportDoc("en", "John Major said the talks would resume in spring."),
			"John Major", "", "the talks would resume in spring"},
		{"en surname Judge", reportDoc("en", "Mark Judge said the ruling would be appealed."),
			"Mark Judge", "", "the ruling would be appealed"},
	})
}
