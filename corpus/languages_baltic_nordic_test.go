package corpus

import "testing"

// TestBalticNordicSpeech checks Lithuanian, Latvian, Danish, Norwegian and
// Estonian reports read as data (morphology.json, grammar.json,
// namecases.json): their speech verbs ("sakė", "sacīja", "sagde", "sa"),
// their that-words read as "that" only in their own language ("kad",
// "ka", "at", "et", which are other words elsewhere), their titles
// before and after the name, "pasak" and "ifølge" before a speaker, the
// "as"-opener "kā", and "sõnul" and "hinnangul" after an Estonian name in
// the genitive (namecases.json "et": "Michali" is Michal's).
// Without these words none of the sentences gives the statement.
func TestBalticNordicSpeech(t *testing.T) {
	head := func(lang string) string { return "---\ntitle: t\nlang: " + lang + "\n---\n\n" }
	checkStatements(t, []statementCase{
		{"lt sakė, kad", head("lt") + "Užsienio reikalų ministras Tomas Kazlauskas sakė, kad derybos tęsis kitą savaitę.", "Tomas Kazlauskas", "derybos tęsis kitą savaitę"},
		{"lt pareiškė, adviser", head("lt") + "Prezidento patarėja Rūta Petrauskienė pareiškė, kad planas turi būti pakeistas.", "Rūta Petrauskienė", "planas turi būti pakeistas"},
		{"lt pasak, name in the genitive", head("lt") + "Pasak Tomo Kazlausko, derybos truks kelis mėnesius. Ministras Tomas Kazlauskas lankėsi Vilniuje.", "Tomas Kazlauskas", "derybos truks kelis mėnesius"},
		{"lv sacīja, ka", head("lv") + "Ārlietu ministrs Jānis Ozols sacīja, ka sarunas turpināsies nākamnedēļ.", "Jānis Ozols", "sarunas turpināsies nākamnedēļ"},
		{"lv paziņoja, adviser", head("lv") + "Prezidenta padomniece Ilze Kalniņa paziņoja, ka plāns ir jāmaina.", "Ilze Kalniņa", "plāns ir jāmaina"},
		{"lv kā norādīja", head("lv") + "Kā norādīja ministrs Jānis Ozols, sarunas ilgs vairākus mēnešus.", "Jānis Ozols", "sarunas ilgs vairākus mēnešus"},
		{"da sagde, at", head("da") + "Udenrigsminister Lars Nielsen sagde, at forhandlingerne fortsætter i næste uge.", "Lars Nielsen", "forhandlingerne fortsætter i næste uge"},
		{"da ifølge", head("da") + "Ifølge statsminister Mette Jensen, vil forhandlingerne tage måneder.", "Mette Jensen", "forhandlingerne tage måneder"},
		{"no sa at", head("no") + "Utenriksminister Ola Haugen sa at forhandlingene fortsetter neste uke.", "Ola Haugen", "forhandlingene fortsetter neste uke"},
		{"et sõnul after the genitive", head("et") + "Välisminister Kadri Tamm külastas Kiievit. Tammi sõnul jätkuvad läbirääkimised järgmisel nädalal.", "Kadri Tamm", "läbirääkimised järgmisel nädalal"},
		{"et sõnul, title and genitive name", head("et") + "Peaminister Kristen Michali sõnul ei saa Eesti plaani toetada.", "Kristen Michal", "ei saa Eesti plaani toetada"},
		{"et hinnangul", head("et") + "Kaitseminister Hanno Pevkuri hinnangul vajab Ukraina tugevaid garantiisid.", "Hanno Pevkur", "vajab Ukraina tugevaid garantiisid"},
	})
	// the role after a quotation, in the language's own word
	for _, c := range []struct{ doc, role string }{
		{head("da") + "\"Vi accepterer ikke planen,\" siger forsvarsminister Anders Holm.", "forsvarsminister"},
		{head("lt") + "„Mes nepriimsime šio plano“, – sakė gynybos ministrė Eglė Jankauskienė.", "ministrė"},
	} {
		ss := statementsOf(t, c.doc)
		if len(ss) != 1 || ss[0].Role != c.role {
			t.Errorf("%q: statements %+v, want one with role %q", c.doc, ss, c.role)
		}
	}
	// "et" is the Estonian that-word, not part of what was said
	for _, s := range statementsOf(t, head("et")+"Välisminister Kadri Tamm ütles, et läbirääkimised jätkuvad järgmisel nädalal.") {
		if s.Text != "läbirääkimised jätkuvad järgmisel nädalal" {
			t.Errorf("text %q, want the clause after \"et\"", s.Text)
		}
	}
}

// TestBalticNordicPoints checks points named by an ordinal or a number
// with its point word in Hungarian, Finnish, Lithuanian, Latvian, Estonian
// and Danish (plans.json ordinals and point words, pointrefs.json point
// verbs), with the version from the heading above, and the plan's names
// in those languages.
func TestBalticNordicPoints(t *testing.T) {
	head := func(lang, title string) string {
		return "---\ntitle: t\nlang: " + lang + "\n---\n\n# " + title + "\n\n"
	}
	checkFresh(t, []freshCase{
		{name: "hu hetedik pontja", doc: head("hu", "A 28 pontos terv") + "A terv hetedik pontja kimondja, hogy Ukrajna nem lép be a NATO-ba.\n",
			want: []Provision{{Plan: "US 28-point draft", Number: 7, Text: "Ukrajna nem lép be"}}},
		{name: "fi seitsemännessä kohdassa", doc: head("fi", "Yhdysvaltain 28-kohtainen rauhansuunnitelma") + "Suunnitelman seitsemännessä kohdassa todetaan, että Ukraina ei liity Natoon.\n",
			want: []Provision{{Plan: "US 28-point draft", Number: 7, Text: "Ukraina ei liity Natoon"}}},
		{name: "lt septintasis punktas", doc: head("lt", "JAV 28 punktų taikos planas") + "Septintasis punktas numato, kad Ukraina neprisijungs prie NATO.\n",
			want: []Provision{{Plan: "US 28-point draft", Number: 7, Text: "Ukraina neprisijungs"}}},
		{name: "lv 7. punktā", doc: head("lv", "ASV miera plāns") + "Plāna 7. punktā paredzēts, ka Ukraina nepievienosies NATO.\n",
			want: []Provision{{Plan: "US 28-point draft", Number: 7, Text: "Ukraina nepievienosies"}}},
		{name: "lv septītais punkts", doc: head("lv", "Eiropas pretpriekšlikums") + "Septītais punkts paredz, ka Ukraina nepievienosies NATO.\n",
			want: []Provision{{Plan: "European counter-proposal", Number: 7, Text: "Ukraina nepievienosies"}}},
		{name: "et seitsmes punkt", doc: head("et", "USA 28-punktiline rahuplaan") + "Seitsmes punkt sätestab, et Ukraina ei liitu NATO-ga.\n",
			want: []Provision{{Plan: "US 28-point draft", Number: 7, Text: "Ukraina ei liitu"}}},
		{name: "da syvende punkt", doc: head("da", "Det europæiske modforslag") + "Det syvende punkt fastslår, at Ukraine ikke optages i NATO.\n",
			want: []Provision{{Plan: "European counter-proposal", Number: 7, Text: "Ukraine ikke optages"}}},
	})
	for _, c := range []struct{ text, want string }{
		{"JAV taikos planas", "US 28-point draft"},
		{"Europos kontrpasiūlymas", "European counter-proposal"},
		{"ASV miera plāns", "US 28-point draft"},
		{"Eiropas pretpriekšlikums", "European counter-proposal"},
		{"28-punktiline rahuplaan", "US 28-point draft"},
		{"Euroopa vastuettepanek", "European counter-proposal"},
		{"USA's fredsplan", "US 28-point draft"},
		{"det europeiske motforslaget", "European counter-proposal"},
		{"a genfi tervezet", "Geneva framework"},
		{"Ženevos planas", "Geneva framework"},
	} {
		if got, _ := planFor(c.text); got != c.want {
			t.Errorf("planFor(%q) = %q, want %q", c.text, got, c.want)
		}
	}
}

// TestHungarianNameThenTitle checks a Hungarian speaker written name first
// and title after, as the subject ("Kovács Anna szóvivő közölte, hogy …")
// and after a quotation's verb ("– mondta Varga Tamás nagykövet."): the
// title is the role, not a word that ends the name (namefirst.go,
// grammar.json nameFirstLanguages).
func TestHungarianNameThenTitle(t *testing.T) {
	hu := "---\ntitle: t\nlang: hu\n---\n\n"
	for _, c := range []struct{ body, speaker, role, text string }{
		{"Kovács Anna szóvivő közölte, hogy a kormány nem írja alá a dokumentumot.", "Kovács Anna", "szóvivő", "a kormány nem írja alá a dokumentumot"},
		{"Zsigmond Péter külügyminiszter csütörtökön azt mondta, hogy a tárgyalások jövő héten folytatódnak.", "Zsigmond Péter", "külügyminiszter", "a tárgyalások jövő héten folytatódnak"},
		{"Halmos Bence kormányszóvivő kijelentette, hogy Budapest kivár.", "Halmos Bence", "kormányszóvivő", "Budapest kivár"},
		{"„Ez a terv nem hoz igazságos békét” – mondta Varga Tamás nagykövet.", "Varga Tamás", "nagykövet", "Ez a terv nem hoz igazságos békét"},
		{"„A tárgyalások folytatódnak” – fogalmazott Kiss Éva államtitkár.", "Kiss Éva", "államtitkár", "A tárgyalások folytatódnak"},
	} {
		ss := statementsOf(t, hu+c.body)
		if len(ss) != 1 || ss[0].Speaker != c.speaker || ss[0].Role != c.role || ss[0].Text != c.text {
			t.Errorf("%q: got %+v, want %s (%s) %q", c.body, ss, c.speaker, c.role, c.text)
		}
	}
}

// TestSerbianCyrillicSpeech checks Serbian in Cyrillic read as data: past
// tenses made from stems by the sr-cyr-past paradigm ("изјавио",
// "рекла"), the clitic "је" after the verb, "да" read as "that" only in
// Serbian, Cyrillic titles, and a name after "према речима" in the
// genitive turned back to the nominative (namecases.json "sr").
func TestSerbianCyrillicSpeech(t *testing.T) {
	sr := "---\ntitle: t\nlang: sr\n---\n\n"
	checkStatements(t, []statementCase{
		{"изјавио је да", sr + "Председник Александар Вучић изјавио је да Србија подржава мир.", "Александар Вучић", "Србија подржава мир"},
		{"рекла је да, feminine title", sr + "Министарка Јелена Петровић рекла је да ће преговори трајати месецима.", "Јелена Петровић", "преговори трајати месецима"},
		{"према речима, genitive name", sr + "Према речима министра Марка Ђурића, преговори ће трајати.", "Марко Ђурић", "преговори ће трајати"},
		{"quotation, рекао је, title", sr + "„Нећемо то прихватити“, рекао је министар Марко Ђурић.", "Марко Ђурић", "Нећемо то прихватити"},
	})
}

// TestAccordingTitleBeforeName checks "according to" with a lower-case
// title before the name and no comma, the verb-second order of Swedish,
// Danish, Norwegian and Dutch (titlefirst.go): the name after the title
// speaks and the clause starts at the verb. Polish, which declines the
// title and the name, is left to its own rules.
func TestAccordingTitleBeforeName(t *testing.T) {
	head := func(lang string) string { return "---\ntitle: t\nlang: " + lang + "\n---\n\n" }
	checkStatements(t, []statementCase{
		{"sv enligt", head("sv") + "Enligt statsminister Erik Sandberg kommer förhandlingarna att ta månader.", "Erik Sandberg", "förhandlingarna att ta månader"},
		{"da ifølge", head("da") + "Ifølge statsminister Mette Jensen vil forhandlingerne tage måneder.", "Mette Jensen", "forhandlingerne tage måneder"},
		{"no ifølge", head("no") + "Ifølge utenriksminister Ola Haugen vil forhandlingene ta måneder.", "Ola Haugen", "forhandlingene ta måneder"},
		{"nl volgens", head("nl") + "Volgens premier Dick Schoof duren de gesprekken nog maanden.", "Dick Schoof", "de gesprekken nog maanden"},
	})
	for _, s := range statementsOf(t, head("sv")+"Enligt statsminister Erik Sandberg kommer förhandlingarna att ta månader.") {
		if s.Role != "statsminister" {
			t.Errorf("role %q, want the title", s.Role)
		}
	}
}
