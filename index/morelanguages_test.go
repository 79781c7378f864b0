package index

import "testing"

// TestMoreLanguagesGlossary: an English question finds a report in a
// language the older glossary lines lacked (Swedish, Danish, Finnish,
// Hungarian, Romanian, Turkish, Greek, Lithuanian), with or without a
// lang header, and a question in those languages finds the English text;
// questions off the plan still answer nothing. Each report holds a
// subject no other one does, so the first hit names the language that
// was reached. Without synonyms-more-languages.txt these questions find
// nothing or another language's report. The Finnish and Turkish reports
// stay as distractors here; their "vaalit" and "ordusu", which their
// stemmers change, are reached through the query's own synonyms
// (sourceless.go, TestSourcelessGlossary).
func TestMoreLanguagesGlossary(t *testing.T) {
	ix := openTexts(t,
		// Swedish, no header: detected.
		"Enligt fredsplanen skulle Ukraina få säkerhetsgarantier av Förenta staterna och Europa, och planen beskrivs som en grund för vidare samtal.\n\nUppgifterna bekräftades av flera diplomater i Stockholm, som dock ville vara anonyma.\n",
		"---\nlang: da\n---\n\nIfølge planen skal der gennemføres en fangeudveksling, hvor alle fanger fra begge sider bliver sat fri.\n",
		// Finnish, no header: detected.
		"Suunnitelman mukaan Ukrainassa järjestettäisiin vaalit sadan päivän kuluessa sopimuksen allekirjoittamisesta, kertoivat lähteet Helsingissä keskiviikkona.\n\nLisäksi maa luopuisi pysyvästi pyrkimyksestään Nato-jäsenyyteen, mikä on ollut Moskovan keskeinen vaatimus.\n",
		"---\nlang: hu\n---\n\nA terv szerint a tűzszünet azonnal életbe lép, amint mindkét fél elfogadja a feltételeket.\n",
		// Romanian, no header: detected.
		"Potrivit documentului, activele rusești înghețate în Europa ar urma să fie folosite pentru proiecte comune, au declarat miercuri surse diplomatice de la București.\n\nOficialii europeni nu au comentat încă informațiile apărute în presă.\n",
		"---\nlang: tr\n---\n\nPlana göre Ukrayna ordusu 600 bin askerle sınırlandırılacak.\n",
		"---\nlang: el\n---\n\nΣύμφωνα με το σχέδιο, ο πυρηνικός σταθμός της Ζαπορίζια θα επαναλειτουργήσει υπό διεθνή εποπτεία.\n",
		"---\nlang: lt\n---\n\nPagal planą visoms konflikto šalims būtų paskelbta amnestija.\n",
		"---\nlang: en\n---\n\nThe football final in Madrid drew a record crowd on Saturday.\n\nThe weather in Lisbon stayed warm all week.\n",
	)
	for _, c := range []struct{ query, want string }{
		{"security guarantees", "säkerhetsgarantier"},
		{"prisoner exchange", "fangeudveksling"},
		{"nato membership", "Nato-jäsenyyteen"},
		{"ceasefire", "tűzszünet"},
		{"frozen russian assets", "activele rusești înghețate"},
		{"zaporizhzhia nuclear plant", "πυρηνικός σταθμός"},
		{"amnesty", "amnestija"},
		// off the plan: still nothing
		{"weather forecast for paris", ""},
		{"chocolate cake recipe", ""},
		{"val kilmer films", ""},
	} {
		wantFirst(t, ix, c.query, c.want)
	}

	en := openTexts(t,
		"---\nlang: en\n---\n\nUnder the plan, Ukraine would receive security guarantees modelled on the alliance's mutual defence clause.\n\nAll prisoners would be swapped in a prisoner exchange overseen by the Red Cross.\n\nA ceasefire would take effect as soon as both sides accept the terms.\n",
		"---\nlang: en\n---\n\nThe football final in Madrid drew a record crowd on Saturday.\n",
	)
	for _, c := range []struct{ query, want string }{
		{"säkerhetsgarantier", "security guarantees"},
		{"fangeudveksling", "prisoner exchange"},
		{"tulitauko", "ceasefire"},
		{"biztonsági garanciák", "security guarantees"},
		{"ateşkes", "ceasefire"},
		{"εκεχειρία", "ceasefire"},
		{"fotbollsfinal", ""},
	} {
		wantFirst(t, en, c.query, c.want)
	}
}
